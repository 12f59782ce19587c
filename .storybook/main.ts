import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { dataNames } from '../scripts/data-names.mjs';
import { elementModules } from '../scripts/elements.mjs';

/** The registry's elements, with their example attributes. */
const registry = (): { tag: string; example: Record<string, string> }[] => JSON.parse(readFileSync(new URL('../src/elements/registry.json', import.meta.url), 'utf8'));

/**
 * A virtual module `id` exporting, for each element of the registry, what `make` gives from the
 * server build in `dist/lib/<server>` (so `npm run build` comes first).
 */
function perElement<Lib>(id: string, server: string, make: (lib: Lib, element: { tag: string; example: Record<string, string> }) => Promise<string> | string): Plugin {
  return {
    name: id,
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const file = new URL(`../dist/lib/${server}`, import.meta.url);
      if (!existsSync(file)) throw new Error(`${id} needs the build: run \`npm run build\` first.`);
      const lib = (await import(file.href)) as Lib;
      const entries: Record<string, string> = {};
      for (const element of registry()) entries[element.tag] = await make(lib, element);
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}

/** `virtual:prerendered`: each element, with its example attributes, as the prerenderer writes it (styles inline), for the stories that show prerendered HTML. */
const prerendered = (): Plugin =>
  perElement('virtual:prerendered', 'prerender.js', ({ prerender }: { prerender: (html: string) => Promise<string> }, { tag, example }) => {
    const attributes = Object.entries(example).map(([name, value]) => ` ${name}="${value}"`).join('');
    return prerender(`<${tag}${attributes}></${tag}>`);
  });

/**
 * `virtual:embed-snippets`: for each element, the iframe snippet of its embed page
 * (`dist/embed/<tag>.html`, as the build wrote it) and the script that sizes it, as an agency that
 * hosts `dist/` at `/assets/customs-widgets/` pastes them.
 */
const embedSnippets = (): Plugin =>
  perElement('virtual:embed-snippets', 'embed.js', ({ iframeMarkup }: { iframeMarkup: (frame: { src: string; title: string; height: number }) => string }, { tag }) => {
    const { title, height } = JSON.parse(readFileSync(new URL(`../dist/embed/${tag}.oembed.json`, import.meta.url), 'utf8'));
    const frame = iframeMarkup({ src: `/assets/customs-widgets/embed/${tag}.html`, title, height });
    // On two lines, as the README shows it, so the docs page needs no sideways scrolling.
    return `${frame.replace(' title=', '\n        title=')}\n<script type="module" src="/assets/customs-widgets/embed-host.js"></script>`;
  });

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No look-ups to the outside: they fail on closed networks and make the build slower.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // An empty icon, so the preview does not request a /favicon.ico that does not exist. The story
  // column (see preview.ts) is set as an agency's content column is: a system sans-serif, body
  // text colour, and the measure of a GOV.UK two-thirds column (640 px), not the browser's serif
  // across the whole canvas, so a designer sees what a reader of such a page will.
  previewHead: (head) => `${head}<link rel="icon" href="data:," />
    <style>
      .agency-column {
        max-width: 40rem;
        margin-inline: auto;
        font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
        font-size: 1rem;
        line-height: 1.5;
        color: #0b0c0c;
      }
    </style>`,
  // The modules the build writes: each element's definition, and the names taken from data/.
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), elementModules(), dataNames(), prerendered(), embedSnippets()] }),
};

export default config;
