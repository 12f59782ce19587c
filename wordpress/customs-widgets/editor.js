/**
 * The plugin's blocks in the block editor. WordPress 6.1 offers a block in the inserter only once
 * the editor has registered it here; title, icon and settings' types come from each block.json.
 * Each block is the element as the server writes it (ServerSideRender, which the library's script
 * then renders), with its attributes as settings in the sidebar, described by the rules the plugin
 * hands over (`window.customsWidgets`). A plain script on WordPress's globals: nothing to build.
 */
(function (wp, settings) {
  const { createElement: el, Fragment } = wp.element;
  const { PanelBody, ToggleControl, SelectControl, TextControl, FormTokenField } = wp.components;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const ServerSideRender = wp.serverSideRender;

  /** An empty setting is left out of the block, so the element keeps its default. */
  const orNothing = (value) => (value === '' ? undefined : value);
  const options = (values) => [{ value: '', label: '—' }, ...values.map((value) => ({ value, label: value }))];

  /** A setting's name for an editor: the attribute in words ("heading-level": "Heading level"). */
  const WORDS = { lang: 'Language', src: 'Data file (src)' };
  const labelOf = (attribute) => WORDS[attribute] ?? attribute.replace(/-/g, ' ').replace(/^./, (first) => first.toUpperCase());

  /** The control for one attribute, by what it accepts. */
  function control(rule, value, set) {
    const common = { label: labelOf(rule.attribute), help: rule.help };
    switch (rule.kind) {
      case 'boolean':
        return el(ToggleControl, { ...common, checked: !!value, onChange: set });
      case 'choice':
        // A number (the heading level) is kept as one, as the block's setting is typed.
        return el(SelectControl, {
          ...common,
          value: value === undefined ? '' : String(value),
          options: options(rule.accepted),
          onChange: (chosen) => set(chosen === '' ? undefined : rule.type === 'integer' ? Number(chosen) : chosen),
        });
      case 'sort':
        return el(SelectControl, { ...common, value: value || '', options: options(rule.accepted.flatMap((column) => [column, `-${column}`])), onChange: (chosen) => set(orNothing(chosen)) });
      case 'names':
        // One value (a forum, a member state) from a list; several from a token field.
        return rule.required
          ? el(SelectControl, { ...common, value: value || '', options: options(rule.accepted), onChange: (chosen) => set(orNothing(chosen)) })
          : el(
              Fragment,
              null,
              el(FormTokenField, {
                label: labelOf(rule.attribute),
                value: value ? value.split(',') : [],
                suggestions: rule.accepted,
                __experimentalExpandOnFocus: true,
                onChange: (tokens) => set(orNothing(tokens.map((token) => (typeof token === 'string' ? token : token.value)).join(','))),
              }),
              // The token field has no help of its own.
              el('p', { className: 'components-base-control__help' }, rule.help),
            );
      default:
        return el(TextControl, { ...common, value: value || '', onChange: (typed) => set(orNothing(typed)) });
    }
  }

  for (const [tag, rules] of Object.entries(settings.elements)) {
    const name = `customs-widgets/${tag}`;
    wp.blocks.registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(
              PanelBody,
              { title: 'Settings' },
              rules.map((rule) => el(Fragment, { key: rule.property }, control(rule, attributes[rule.property], (value) => setAttributes({ [rule.property]: value })))),
            ),
          ),
          el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
        );
      },
      // Rendered by the server, from the settings alone.
      save: () => null,
    });
  }
})(window.wp, window.customsWidgets);
