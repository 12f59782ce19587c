import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { embedSnippet } from '../stories/support.js';

// Controls and docs tables come from the JSDoc on each element class, through the manifest. A
// property that mirrors an attribute is shown once, as the attribute designers set in HTML.
type Member = { kind: string; attribute?: string };
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'members' in declaration && declaration.members
        ? { ...declaration, members: (declaration.members as Member[]).filter((member) => member.kind !== 'field' || !member.attribute) }
        : declaration,
    ),
  })),
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    // The code shown on every docs page is the embed snippet: the script tag plus the element with
    // the attributes chosen in the controls.
    docs: { source: { transform: (code: string) => embedSnippet(code), language: 'html' } },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
