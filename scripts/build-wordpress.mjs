// Writes dist/wordpress/customs-widgets.zip: the WordPress plugin in wordpress/customs-widgets/,
// with what the library's build knows and the plugin must not be told by hand:
// - includes/rules.php, what each attribute of each element accepts (attributes.php checks with it);
// - blocks/<tag>/block.json, one dynamic block per element, its settings the element's attributes;
// - assets/: the script-tag files (autoloader.js, customs-widgets.js, cdn/, css/), served by the
//   site itself, and the rule that keeps each element's room until the script defines it.
// The names an attribute matches an id or code against (`SG`, `sgp`, `Singapore`, `Singapour`) and
// the values an element checks itself (`order`, `sort`, `heading-level`) are read from the elements,
// as they render in every language the library ships: the plugin accepts what they accept.
// The zip is the same bytes for the same build: files in order, one fixed date.
//   node scripts/build-wordpress.mjs [ZIP]    (default: dist/wordpress/customs-widgets.zip)
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { registry } from './elements.mjs';

const PLUGIN = 'customs-widgets';
const SOURCE = `wordpress/${PLUGIN}`;
const OUT = process.argv[2] ?? `dist/wordpress/${PLUGIN}.zip`;

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/**
 * The shape of the value of each attribute that is neither a boolean nor a name the elements
 * resolve: an attribute missing here (a new one) fails the build, to be given its shape.
 * `choice` and `sort` take their values from the element's own notice for a value it refuses.
 */
const SHAPES = {
  'heading-level': 'choice',
  order: 'choice',
  sort: 'sort',
  from: 'year',
  to: 'year',
  depth: 'count',
  filter: 'text',
  lang: 'language',
  src: 'url',
};

/** Every file under a folder, as paths relative to it, in a stable order. */
const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'))
    .sort();

/** The languages the library ships: English, and each `<name>.<lang>.ts` beside a module. */
const languages = ['en', ...new Set(filesUnder('src').flatMap((file) => /\.([a-z]{2,3})\.ts$/.exec(file)?.[1] ?? []))];

/** Each element's declaration in custom-elements.json, by tag. */
const declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, declaration]));

/**
 * What the elements check their attributes against: for each tag and attribute, the candidates
 * each name is resolved against (`resolveList`), and the values a refused value is told to choose
 * from (`reportUnknown`). Recorded while the server renderer renders each element, in each language,
 * and once with "?" in each attribute whose values the element checks itself.
 */
async function elementVocabulary() {
  const { prerender } = await import('../dist/lib/prerender.js');
  const tagOf = new Map(registry.map(({ tag }) => [customElements.get(tag), tag]));
  const controller = Object.getPrototypeOf(new (customElements.get(registry[0].tag))().notices);
  const { resolveList, reportUnknown } = controller;
  const names = new Map();
  const refused = new Map();
  controller.resolveList = function (attribute, value, candidates, required) {
    const key = `${tagOf.get(this.host.constructor)} ${attribute}`;
    const known = names.get(key) ?? { ids: new Map(), required: false };
    for (const { id, names: more } of candidates) known.ids.set(id, [...new Set([...(known.ids.get(id) ?? []), ...more.filter(Boolean)])]);
    known.required ||= !!required;
    names.set(key, known);
    return resolveList.apply(this, arguments);
  };
  controller.reportUnknown = function (attribute, values, accepted) {
    refused.set(`${tagOf.get(this.host.constructor)} ${attribute}`, [...accepted]);
    return reportUnknown.apply(this, arguments);
  };
  try {
    for (const lang of languages) for (const { tag } of registry) await prerender(`<${tag} lang="${lang}"></${tag}>`);
    for (const [tag, declaration] of declarations) {
      for (const { name } of declaration.attributes ?? []) {
        if (['choice', 'sort'].includes(SHAPES[name])) await prerender(`<${tag} ${name}="?"></${tag}>`);
      }
    }
  } finally {
    Object.assign(controller, { resolveList, reportUnknown });
  }
  return { names, refused };
}

/** The rules of every element: what includes/attributes.php checks, and what the editor's settings offer. */
async function attributeRules() {
  const { names, refused } = await elementVocabulary();
  const rules = {};
  for (const { tag } of registry) {
    const declaration = declarations.get(tag);
    if (!declaration) throw new Error(`custom-elements.json has no <${tag}>`);
    const attributes = {};
    for (const { name, fieldName, type, description = '' } of declaration.attributes ?? []) {
      const key = `${tag} ${name}`;
      const rule = {
        attribute: name,
        property: fieldName,
        type: type?.text === 'boolean' ? 'boolean' : type?.text === 'number' ? 'integer' : 'string',
        help: description.replaceAll('`', '').replace(/\s+/g, ' '),
      };
      if (rule.type === 'boolean') rule.kind = 'boolean';
      else if (names.has(key)) {
        const { ids, required } = names.get(key);
        Object.assign(rule, { kind: 'names', required, accepted: [...ids.keys()], names: Object.fromEntries(ids) });
      } else if (SHAPES[name]) {
        rule.kind = SHAPES[name];
        if (['choice', 'sort'].includes(rule.kind)) {
          if (!refused.has(key)) throw new Error(`<${tag} ${name}="?"> gave no notice naming the values it accepts`);
          rule.accepted = refused.get(key);
        }
      } else {
        throw new Error(`<${tag}>'s attribute ${name} has no shape in scripts/build-wordpress.mjs (SHAPES): say what its values look like`);
      }
      attributes[name] = rule;
    }
    rules[tag] = attributes;
  }
  return rules;
}

/** A value as PHP source, for a generated file PHP reads without parsing JSON at each request. */
function php(value, indent = '') {
  if (typeof value === 'string') return `'${value.replace(/[\\']/g, '\\$&')}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = `${indent}\t`;
  const items = Array.isArray(value) ? value.map((item) => php(item, inner)) : Object.entries(value).map(([key, item]) => `${php(key)} => ${php(item, inner)}`);
  // Short lists of scalars on one line; the rest one item a line.
  const flat = `array( ${items.join(', ')} )`;
  if (!items.length) return 'array()';
  if (flat.length <= 100 && !flat.includes('\n')) return flat;
  return `array(\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent})`;
}

/** An element's block: its title from its tag, its description from its summary, its settings from its attributes. */
function blockJson(tag, rules) {
  const declaration = declarations.get(tag);
  const example = registry.find((entry) => entry.tag === tag).example;
  const attributes = Object.fromEntries(
    Object.values(rules).map((rule) => {
      const attribute = { type: rule.type };
      // An element that shows nothing without its one value (a forum, a member state) starts as its example.
      if (rule.required && example[rule.attribute] !== undefined) attribute.default = example[rule.attribute];
      return [rule.property, attribute];
    }),
  );
  const title = tag.replaceAll('-', ' ').replace(/^./, (first) => first.toUpperCase());
  return {
    $schema: 'https://schemas.wp.org/wp/6.1/block.json',
    apiVersion: 2,
    name: `${PLUGIN}/${tag}`,
    version,
    title,
    category: 'widgets',
    icon: 'admin-site-alt3',
    description: declaration.summary ?? '',
    keywords: ['customs', ...new Set(tag.split('-').filter((word) => word !== 'customs'))],
    textdomain: PLUGIN,
    attributes,
    example: { attributes: Object.fromEntries(Object.entries(example).map(([name, value]) => [rules[name].property, value])) },
    supports: { html: false },
    editorScript: `${PLUGIN}-editor`,
    render: 'file:../render.php',
  };
}

const rules = await attributeRules();
/** Path in the plugin => content. */
const files = new Map();
for (const file of filesUnder(SOURCE)) {
  const content = readFileSync(join(SOURCE, file));
  files.set(file, /\.(php|txt)$/.test(file) ? strToU8(content.toString('utf8').replaceAll('__VERSION__', version)) : content);
}
files.set('LICENSE', readFileSync('LICENSE'));
files.set(
  'includes/rules.php',
  strToU8(`<?php
/**
 * What each element's attributes accept, by tag and attribute name. Written by the library's build
 * from the elements themselves (custom-elements.json, src/elements/registry.json, and the names
 * they resolve in each language they ship): do not edit.
 *
 * @package customs-widgets
 */

defined( 'ABSPATH' ) || exit;

return ${php(rules)};
`),
);
for (const tag of Object.keys(rules)) files.set(`blocks/${tag}/block.json`, strToU8(`${JSON.stringify(blockJson(tag, rules[tag]), null, '\t')}\n`));
// The library's script-tag files as published (source maps left out: they are most of the size).
for (const file of ['autoloader.js', 'customs-widgets.js', ...filesUnder('dist/cdn').map((path) => `cdn/${path}`), ...filesUnder('dist/css').map((path) => `css/${path}`)]) {
  if (!file.endsWith('.map')) files.set(`assets/${file}`, readFileSync(join('dist', file)));
}
// The README's rule for pages rendered in the browser: room kept until the script defines the element.
files.set('assets/until-defined.css', strToU8(`:is(${registry.map(({ tag }) => tag).join(', ')}):not(:defined) {\n\tdisplay: block;\n\tmin-height: 12rem;\n}\n`));

// DOS dates are local time: a date made in local time is written the same in every time zone.
const mtime = new Date(1980, 0, 1);
const zip = zipSync(Object.fromEntries([...files.keys()].sort().map((path) => [`${PLUGIN}/${path}`, [files.get(path), { mtime }]])), { level: 9 });
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, zip);
console.log(`${OUT}: ${files.size} files, ${(zip.length / 1000).toFixed(1)} KB; blocks for ${Object.keys(rules).length} elements`);
