/// <reference types="node" />
/**
 * Embed pages, for editors who may paste an iframe or a bare URL but no script or custom element
 * (WordPress authors, CKEditor 5 formats, CMSs with a fixed list of blocks): one standalone page per
 * element configuration, shown in an iframe on the host page.
 *
 * A page is the element prerendered (the facts are in the HTML, read with script off) and
 * hydrated by the drop-in it loads from `base`, the folder where `dist/` is served: the same files
 * as the script-tag route, so a page needs nothing that `script-src 'self'; style-src 'self'`
 * blocks. Its script, `embed/embed-frame.js`, tells the host its height (see `embed-frame.ts`).
 * Beside it, a static oEmbed response (`<name>.oembed.json`, type `rich`), which the page names in
 * a discovery link, so that a CMS that turns a pasted URL into an embed (WordPress does) finds the
 * iframe to put in the post.
 *
 * A static page knows its own file name and nothing of where it will be served. Its canonical
 * link, its discovery link and the iframe in its oEmbed response are therefore relative to the
 * page, unless `baseUrl` says where the folder of pages is served. Relative is enough for the
 * canonical link; a consumer of oEmbed reads the response from another site and needs absolute
 * URLs, so a site that wants pasted URLs to become embeds gives `baseUrl`.
 */
import { createHash } from 'node:crypto';
import { parseFragment, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import registry from '../elements/registry.json';
import { prerender, type PrerenderWarning } from './prerender.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** An element to embed: its tag, its attributes (sorted by name) and its inline JSON data, if any. */
export interface EmbedElement {
  tag: string;
  attributes: [name: string, value: string][];
  /** The `<script type="application/json">` the element holds, serialized; empty when none. */
  content: string;
}

export interface EmbedOptions {
  /**
   * Where `dist/` is served, as the page sees it: a URL, or a path relative to the page. The page
   * loads `customs-widgets.js`, `css/<tag>.css` and `embed/embed-frame.{js,css}` from there.
   * Default `../`: the page is in a folder inside `dist/`, as `dist/embed/` is.
   */
  base?: string;
  /** The absolute URL of the folder the page is served from (ending in `/`). */
  baseUrl?: string;
  /** Told about each notice the element shows: a page that shows a mistake should not be published. */
  warn?: (warning: PrerenderWarning) => void;
}

export interface EmbedPage {
  /** The file name, without `.html` or `.oembed.json`. */
  name: string;
  /** What the page shows: the element's top heading. */
  title: string;
  /** The page, `<name>.html`. */
  html: string;
  /** The oEmbed response, `<name>.oembed.json`. */
  oembed: string;
}

/** The width the oEmbed response gives: a content column (a GOV.UK two-thirds column is 640 px); the iframe itself takes the width it is given. */
export const EMBED_WIDTH = 640;

/**
 * The stylesheet of every embed page, `dist/embed/embed-frame.css`: a page with no margins and no
 * background, so that the frame shows the host page's background around the element's content,
 * and a body that holds all of its content (a block formatting context), so that its height is
 * the content's. The font is the system's: a frame inherits nothing from the host page. The
 * element drops the margin that sets it apart from surrounding text, which the frame has none of.
 */
export const EMBED_STYLESHEET = `html,
body {
  margin: 0;
  padding: 0;
  background: transparent;
}
body {
  display: flow-root;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  line-height: 1.5;
}
body > * {
  --customs-block-margin: 0;
}
`;

/**
 * The sandbox of the iframe in the oEmbed response, for a consumer on another site: scripts (the
 * page hydrates and tells its height) in the page's own origin (so that it loads the library as
 * any page of its site does, and a host can check where a message comes from), and links that open
 * in a new tab, as the page's `<base target="_blank">` asks; no forms, no navigating the host page.
 * WordPress replaces any sandbox with its own, `allow-scripts` alone. The snippet for a site's own
 * pages has none: with `allow-same-origin`, a sandbox is no barrier to a page of the host's own
 * origin, and browsers warn that it "can escape its sandboxing".
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const TAGS = new Set(registry.map((entry) => entry.tag));

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const isElement = (node: Node): node is Element => 'tagName' in node;
const children = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);
const isBlank = (node: Node): boolean => node.nodeName === '#text' && 'value' in node && !node.value.trim();

/**
 * Reads an element's markup as it is given on the command line: one of our elements
 * (`<compliance-links country="SG">`, closed or not), which may hold its data as inline JSON and
 * nothing else. Throws, saying what is wrong, for anything else.
 */
export function parseEmbedElement(markup: string): EmbedElement {
  const nodes = parseFragment(markup).childNodes.filter((node) => !isBlank(node));
  const [element] = nodes;
  if (nodes.length !== 1 || !isElement(element)) throw new Error(`"${markup}" is not one element: give one, such as '<compliance-links country="SG">'`);
  if (!TAGS.has(element.tagName)) throw new Error(`<${element.tagName}> is not one of ours: ${[...TAGS].join(', ')}`);
  const inside = children(element).filter((node) => !isBlank(node));
  const data = inside.filter((node): node is Element => isElement(node) && node.tagName === 'script' && node.attrs.some(({ name, value }) => name === 'type' && value === 'application/json'));
  if (inside.length !== data.length || data.length > 1) throw new Error(`<${element.tagName}> may hold its data as one <script type="application/json"> and nothing else`);
  return {
    tag: element.tagName,
    attributes: element.attrs.map(({ name, value }): [string, string] => [name, value]).sort(([a], [b]) => (a < b ? -1 : 1)),
    content: data.length ? serializeOuter(data[0]) : '',
  };
}

/** Every element in its example configuration (the registry's), named by its tag: the build's pages. */
export function exampleElements(): { element: EmbedElement; name: string }[] {
  return registry.map(({ tag, example }) => ({
    element: { tag, attributes: Object.entries(example as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : 1)), content: '' },
    name: tag,
  }));
}

/** Letters and digits of a value, for a file name: `-established` → `established`, `SG,MY` → `sg-my`. */
const slug = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The file name of an element's page, without extension: its tag, its attributes as a reader
 * would name them, and a hash of the element, which tells apart configurations the readable part
 * cannot (`sort="name"` and `sort="-name"`, `SG` and `sg`, inline data): `compliance-links.country-sg.1f0c9a2e`.
 * The same element, its attributes in any order, always gets the same name.
 */
export function embedName({ tag, attributes, content }: EmbedElement): string {
  let readable = attributes.map(([name, value]) => [name, slug(value)].filter(Boolean).join('-')).join('.');
  // A long filter or list keeps a name a reader can still take in; the hash keeps it apart.
  if (readable.length > 60) readable = readable.slice(0, 60).replace(/[.-][^.-]*$/, '');
  const hash = createHash('sha256').update(JSON.stringify([tag, attributes, content])).digest('hex').slice(0, 8);
  return [tag, readable, hash].filter(Boolean).join('.');
}

/** The first heading in an element's prerendered shadow root (nested elements' included), as text. */
function headingOf(node: Node): string | undefined {
  if (isElement(node) && /^h[1-6]$/.test(node.tagName)) return textOf(node).replace(/\s+/g, ' ').trim();
  for (const child of shownChildren(node)) {
    const heading = headingOf(child);
    if (heading) return heading;
  }
  return undefined;
}

/** The nodes a reader sees inside a node: a shadow root's content, and only the summary of a closed `<details>`. */
function shownChildren(node: Node): Node[] {
  if (!isElement(node)) return [];
  if (node.tagName === 'template' && 'content' in node) return children(node.content as Node);
  if (node.tagName === 'details' && !node.attrs.some(({ name }) => name === 'open')) return children(node).filter((child) => isElement(child) && child.tagName === 'summary');
  return children(node);
}

const textOf = (node: Node): string => (node.nodeName === '#text' && 'value' in node ? node.value : shownChildren(node).map(textOf).join(''));

const BLOCK = /^(h[1-6]|p|li|dt|dd|tr|caption|figcaption|summary)$/;
const isBlock = (node: Node): boolean => isElement(node) && BLOCK.test(node.tagName);

/** A block's own text: without that of the blocks inside it (a list item's, not its sublist's). */
const ownText = (node: Node): string => (node.nodeName === '#text' && 'value' in node ? node.value : shownChildren(node).filter((child) => !isBlock(child)).map(ownText).join(''));

/** The own text of each block (heading, paragraph, list item, table row…) a reader sees in a node. */
function blocksOf(node: Node, blocks: string[] = []): string[] {
  if (isBlock(node)) {
    const text = ownText(node).replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  for (const child of shownChildren(node)) blocksOf(child, blocks);
  return blocks;
}

/**
 * The height the oEmbed response and the iframe start with, before the page tells its own: the
 * text of the content's blocks set in lines of a 640 px column, rounded up to 10 px. An estimate,
 * from about half to one and a half times the real height at that width: it spares the host page
 * most of the shift when the real height arrives, and is what a host without script shows.
 */
function estimateHeight(shadow: Node): number {
  const LINE = 24;
  const CHARACTERS_PER_LINE = 80;
  const BETWEEN_BLOCKS = 10;
  const blocks = blocksOf(shadow);
  const lines = blocks.reduce((sum, text) => sum + Math.max(1, Math.ceil(text.length / CHARACTERS_PER_LINE)), 0);
  return Math.ceil((lines * LINE + blocks.length * BETWEEN_BLOCKS) / 10) * 10;
}

/** The iframe to paste: the page, named by its title, as tall as estimated, as wide as its column; with `sandbox`, as the oEmbed response gives it. */
export function iframeMarkup({ src, title, height, sandbox = false }: { src: string; title: string; height: number; sandbox?: boolean }): string {
  const sandboxed = sandbox ? ` sandbox="${EMBED_SANDBOX}"` : '';
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" frameborder="0" loading="lazy"${sandboxed}></iframe>`;
}

/** The page and oEmbed response of one element, named `name` (see the module comment). */
export async function embedPage(element: EmbedElement, name: string, options: EmbedOptions = {}): Promise<EmbedPage> {
  const base = (options.base ?? '../').replace(/\/?$/, '/');
  const { tag, attributes, content } = element;
  const start = attributes.map(([attribute, value]) => (value === '' ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(value)}"`)).join('');
  const markup = await prerender(`<${tag}${start}>${content}</${tag}>`, {
    stylesheets: `${base}css/`,
    warn: (_, warning) => options.warn?.(warning),
  });
  const host = parseFragment(markup).childNodes.find((node): node is Element => isElement(node) && node.tagName === tag);
  const shadow = host?.childNodes[0];
  if (!shadow) throw new Error(`<${tag}> could not be rendered`);
  const title = headingOf(shadow) ?? tag;
  const height = estimateHeight(shadow);
  const lang = attributes.find(([attribute]) => attribute === 'lang')?.[1] || 'en';
  const url = (file: string): string => (options.baseUrl ? new URL(file, options.baseUrl).href : file);
  const page = url(`${name}.html`);
  const html = `<!doctype html>
<html lang="${escapeAttribute(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<link rel="canonical" href="${escapeAttribute(page)}">
<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(url(`${name}.oembed.json`))}" title="${escapeAttribute(title)}">
<base target="_blank">
<link rel="stylesheet" href="${escapeAttribute(`${base}embed/embed-frame.css`)}">
<script src="${escapeAttribute(`${base}embed/embed-frame.js`)}" defer></script>
<script type="module" src="${escapeAttribute(`${base}customs-widgets.js`)}"></script>
</head>
<body>
${markup}
</body>
</html>
`;
  const oembed = {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: 'customs-widgets',
    width: EMBED_WIDTH,
    height,
    // WordPress loads the script that sizes an embed's frame (wp-embed.js) only for HTML that
    // starts with a blockquote, which it shows until the frame first tells its height; another
    // consumer shows it as the link to the page above the frame.
    html: `<blockquote><a href="${escapeAttribute(page)}">${escapeText(title)}</a></blockquote>${iframeMarkup({ src: page, title, height, sandbox: true })}`,
  };
  return { name, title, html, oembed: `${JSON.stringify(oembed, null, 2)}\n` };
}
