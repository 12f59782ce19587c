import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { embedAsIframe, embedSnippet } from '../stories/support.js';

type Item = { name: string; description?: string; type?: { text?: string }; default?: string };
type Member = Item & { kind: string; attribute?: string; privacy?: string; static?: boolean };
type Element = { tagName?: string; description?: string; attributes?: Item[]; members?: Member[]; events?: Item[]; cssParts?: Item[]; cssProperties?: Item[] };

const elements = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []) as Element[]).flatMap((element) => (element.tagName ? [[element.tagName, element] as const] : [])),
);

function row(item: Item, category: string) {
  return {
    name: item.name,
    description: item.description,
    table: { category, type: item.type?.text ? { summary: item.type.text } : undefined, defaultValue: item.default ? { summary: item.default } : undefined },
  };
}

/** An attribute's control follows its type; any other attribute value is text, as in HTML. */
function attributeType(text?: string): { name: 'string' | 'number' | 'boolean' } {
  return { name: text === 'boolean' || text === 'number' ? text : 'string' };
}

/**
 * The docs table and controls of an element: its public API as the README lists it, from the
 * manifest. Storybook's own reading keys every row by bare name, so a part named like an attribute
 * (`country`, `category`) replaced the attribute's row; parts get keys of their own here. A
 * property with an attribute is shown once, as the attribute designers set in HTML; internals the
 * manifest might still carry (static, private or protected members) are left out.
 */
function publicArgTypes(tag: string): ArgTypes {
  const element = elements.get(tag);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) argTypes[attribute.name] = { ...row(attribute, 'attributes'), type: attributeType(attribute.type?.text) };
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.attribute || member.static || (member.privacy && member.privacy !== 'public')) continue;
    // Stories set attributes only: a property such as `data` is documented, not a control.
    argTypes[member.name] = { ...row(member, 'properties'), control: false };
  }
  // Events, parts and custom properties are documented, not set through controls.
  for (const event of element.events ?? []) argTypes[`event:${event.name}`] = { ...row(event, 'events'), control: false };
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = { ...row(part, 'css shadow parts'), control: false };
  for (const property of element.cssProperties ?? []) argTypes[property.name] = { ...row(property, 'css custom properties'), control: false };
  return argTypes;
}

// The component descriptions on the docs pages come from here.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: {
      extractArgTypes: publicArgTypes,
      // The element's description from its JSDoc, then how to embed it as an iframe, for every element alike.
      extractComponentDescription: (tag: string) => [elements.get(tag)?.description, embedAsIframe(tag)].filter(Boolean).join('\n\n'),
      // The code shown on every docs page is the embed snippet: the script tag plus the element with
      // the attributes chosen in the controls.
      source: { transform: (code: string) => embedSnippet(code), language: 'html' },
    },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
  // Every story, on the canvas and on the docs pages, in a page's content column (styled in main.ts).
  decorators: [(story) => html`<div class="agency-column">${story()}</div>`],
};

export default preview;
