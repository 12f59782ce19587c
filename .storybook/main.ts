import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { dataNames } from '../scripts/data-names.mjs';
import { elementModules } from '../scripts/elements.mjs';

/**
 * `virtual:prerendered`: each element of the registry, with its example attributes, as the
 * prerenderer writes it (styles inline), for the stories that show prerendered HTML. Uses the
 * server build in dist/lib/, so `npm run build` comes first.
 */
function prerendered(): Plugin {
  const id = 'virtual:prerendered';
  return {
    name: 'prerendered',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const server = new URL('../dist/lib/prerender.js', import.meta.url);
      if (!existsSync(server)) throw new Error('The prerendered stories need the build: run `npm run build` first.');
      const { prerender } = await import(server.href);
      const registry: { tag: string; example: Record<string, string> }[] = JSON.parse(readFileSync(new URL('../src/elements/registry.json', import.meta.url), 'utf8'));
      const pages: Record<string, string> = {};
      for (const { tag, example } of registry) {
        const attributes = Object.entries(example).map(([name, value]) => ` ${name}="${value}"`).join('');
        pages[tag] = await prerender(`<${tag}${attributes}></${tag}>`);
      }
      return `export default ${JSON.stringify(pages)};`;
    },
  };
}

/**
 * `virtual:embed-snippets`: for each element of the registry, the iframe snippet of its embed page
 * (`dist/embed/<tag>.html`, as the build wrote it) and the script that sizes it, as an agency that
 * hosts `dist/` at `/assets/customs-widgets/` pastes them. Uses the build, so `npm run build` comes
 * first.
 */
function embedSnippets(): Plugin {
  const id = 'virtual:embed-snippets';
  return {
    name: 'embed-snippets',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const server = new URL('../dist/lib/embed.js', import.meta.url);
      if (!existsSync(server)) throw new Error('The embed snippets need the build: run `npm run build` first.');
      const { iframeMarkup } = await import(server.href);
      const registry: { tag: string }[] = JSON.parse(readFileSync(new URL('../src/elements/registry.json', import.meta.url), 'utf8'));
      const snippets: Record<string, string> = {};
      for (const { tag } of registry) {
        const { title, height } = JSON.parse(readFileSync(new URL(`../dist/embed/${tag}.oembed.json`, import.meta.url), 'utf8'));
        const frame: string = iframeMarkup({ src: `/assets/customs-widgets/embed/${tag}.html`, title, height });
        // On two lines, as the README shows it, so the docs page needs no sideways scrolling.
        snippets[tag] = `${frame.replace(' title=', '\n        title=')}\n<script type="module" src="/assets/customs-widgets/embed-host.js"></script>`;
      }
      return `export default ${JSON.stringify(snippets)};`;
    },
  };
}

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
