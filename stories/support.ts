/**
 * What every stories file shares: rendering an element from the args chosen in the controls, the
 * embed snippet, and the states a designer must see (dark, narrow, themed, in a hostile page…).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { ref } from 'lit/directives/ref.js';
import prerendered from 'virtual:prerendered';
import embedSnippets from 'virtual:embed-snippets';
import { version } from '../package.json';
import '../src/customs-widgets.js';

/** Where an agency loads the drop-in bundle from: the npm package, through a CDN that serves npm. */
export const SCRIPT_SRC = `https://unpkg.com/customs-widgets@${version}/dist/customs-widgets.js`;

export function embedSnippet(code: string): string {
  return `<script type="module" src="${SCRIPT_SRC}"></script>\n\n${code.trim()}`;
}

/**
 * The "Embed as iframe" section of an element's docs page, in Markdown: for editors whose CMS
 * takes an iframe but no script, its page in `dist/embed/` (see the README's "Embed as iframe").
 */
export function embedAsIframe(tag: string): string {
  const snippet = (embedSnippets as Record<string, string>)[tag];
  if (!snippet) return '';
  return [
    '## Embed as iframe',
    `Where your CMS takes an iframe but no script, embed \`dist/embed/${tag}.html\`: this element, prerendered, in its example configuration (\`npx customs-widgets embed\` writes pages for others). The script, added once per page by whoever may, makes each frame as tall as its content and gives it the page's text colour, font and light or dark look; without it the frame keeps the height given, light and in the system font. Its oEmbed response, \`${tag}.oembed.json\`, lets a CMS such as WordPress turn the page's address, pasted on a line of its own, into such an iframe.`,
    `\`\`\`html\n${snippet}\n\`\`\``,
  ].join('\n\n');
}

export type Args = Record<string, string | string[] | number | boolean | undefined>;
export type Story = StoryObj<Args>;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<tag a="1" b>` from the args, leaving out empty, false and property-only values. */
export function openingTag(tag: string, args: Args): string {
  const attributes = Object.entries(args)
    // Multi-select controls give arrays: attributes take them as comma lists.
    .map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value] as const)
    .filter(([name, value]) => /^[a-z][a-z-]*$/.test(name) && value !== undefined && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`));
  return [tag, ...attributes].join(' ');
}

/** The element with the attributes chosen in the controls, and optionally its `data` property. */
export function renderElement(tag: string, args: Args, data?: unknown): TemplateResult {
  return data === undefined
    ? staticHtml`<${unsafeStatic(openingTag(tag, args))}></${unsafeStatic(tag)}>`
    : staticHtml`<${unsafeStatic(openingTag(tag, args))} .data=${data}></${unsafeStatic(tag)}>`;
}

/** Story wrappers for the states every element is shown in. */
export const frames = {
  dark: (story: unknown) =>
    html`<style>
        .dark-page { background: #101214; color: #e8eaed; padding: 1.5rem; }
        .dark-page > * { color-scheme: dark; }
      </style>
      <div class="dark-page">${story}</div>`,
  narrow: (story: unknown) =>
    html`<style>
        .phone { width: 360px; max-width: 100%; border: 1px dashed #888; padding: 0.5rem; }
      </style>
      <div class="phone">${story}</div>`,
  themed: (story: unknown) =>
    html`<style>
        .themed > * {
          --customs-accent: #7a1f5c;
          --customs-border: #7a1f5c;
          --customs-radius: 0;
          --customs-spacing: 1.5em;
          --customs-notice-background: #fdebf5;
          --customs-notice-text: #3b0a2a;
          font-family: Georgia, serif;
        }
        .themed > *::part(heading) { text-transform: uppercase; letter-spacing: 0.05em; }
        .themed > *::part(source) { font-style: italic; }
      </style>
      <div class="themed">${story}</div>`,
  agencyPage: (story: unknown) =>
    html`<style>
        /* A CMS theme with blunt global rules: the element must follow its font and ignore the rest. */
        .agency-page, .agency-page * { font-family: 'Courier New', monospace; }
        .agency-page { font-size: 15px; color: #1d2430; background: #fbfbf8; padding: 1rem; }
        .agency-page h1, .agency-page h2, .agency-page h3 { color: #8b0000; text-transform: uppercase; }
        .agency-page p, .agency-page ul { margin: 2em; }
        .agency-page table { border: 3px double #8b0000; }
        .agency-page .column { max-width: 327px; }
      </style>
      <div class="agency-page">
        <h1>Agency page</h1>
        <p>Text of the host page, in the host page's font.</p>
        <div class="column">${story}</div>
      </div>`,
};

/** The attributes every element accepts, with their controls. */
// lang is empty by default: the element then follows the page's language, as it will once pasted.
export const commonArgs: Args = { 'heading-level': 2, lang: '', compact: false, 'hide-source': false };
export const commonArgTypes = {
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  lang: { control: 'select', options: ['', 'en', 'fr'] },
  compact: { control: 'boolean' },
  'hide-source': { control: 'boolean' },
} as const;

/** The states every element is shown in. */
export const states = {
  compact: { args: { compact: true } },
  dark: { decorators: [(story) => frames.dark(story())] },
  narrow: { decorators: [(story) => frames.narrow(story())] },
  french: { args: { lang: 'fr' } },
  hiddenSource: { args: { 'hide-source': true } },
  themed: { decorators: [(story) => frames.themed(story())] },
  inAnAgencyPage: { decorators: [(story) => frames.agencyPage(story())] },
} satisfies Record<string, Story>;

/** Text long enough to test wrapping: the same words, several times. */
export function longText(text: string, times = 4): string {
  return Array.from({ length: times }, () => text).join(' ');
}

/**
 * The element as `customs-widgets prerender` writes it into a page: on the left as a reader
 * without script sees it (a sandboxed frame that runs no script), on the right the same HTML in
 * this page, where the element hydrates when needed (point at it, or wait a moment).
 */
export function prerenderedStory(tag: string): Story {
  const markup = (prerendered as Record<string, string>)[tag];
  return {
    parameters: { controls: { disable: true } },
    render: () =>
      html`<style>
          .prerendered { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1rem; }
          .prerendered iframe { width: 100%; height: 32rem; border: 1px dashed #888; }
          .prerendered figure { margin: 0; }
        </style>
        <div class="prerendered">
          <figure>
            <figcaption>Prerendered HTML, script off</figcaption>
            <iframe title="${tag}, prerendered, without script" sandbox srcdoc=${`<!doctype html><html lang="en"><body>${markup}</body></html>`}></iframe>
          </figure>
          <figure>
            <figcaption>The same HTML, hydrated</figcaption>
            <div ${ref((host) => host && (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup))}></div>
          </figure>
        </div>`,
  };
}
