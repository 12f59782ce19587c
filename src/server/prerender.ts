/**
 * Prerendering, in Node: writes each customs-widgets element's content into a page's HTML as a
 * declarative shadow root, rendered by Lit's server renderer from the same templates as in the
 * browser, so the facts are in the HTML before any script runs. The scripts then hydrate the
 * elements instead of rendering them again (see `core/hydration.ts`).
 *
 * Only the elements change: the page is parsed with a real HTML parser and each element's shadow
 * root is spliced in after its start tag, where the parser says the tag ends; every other byte
 * stays as it was. Running it again on its output gives the same output. Only elements a browser
 * would upgrade are prerendered: not those in SVG or MathML, nor in a `<template>`'s inert content
 * (a declarative shadow root's content is not inert, and is looked into).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { html as htmlSpec, parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import registry from '../elements/registry.json';
import '../customs-widgets.js';
import type { CustomsElement } from '../core/customs-element.js';
import type { Origin } from '../core/adopter-data.js';
import { DIGEST_PREFIX, digestOf, loadForServer, prepareElement, stylesheetOf as stylesheetOfClass } from '../core/prerender-hooks.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /**
   * URL of the folder with the elements' stylesheets (`dist/css/` of the package), which each
   * shadow root links; or `inline`, to write the styles into each shadow root (more HTML, but
   * nothing to fetch before the content shows). Default: `css/` beside the page's
   * `customs-widgets.js` or `autoloader.js` script; with neither, inline.
   */
  stylesheets?: string;
  /**
   * The content of the file a relative `src` names, or undefined to leave that `src` to the
   * browser. The command reads files inside the folder being prerendered. When it throws, the
   * element is prerendered without that file, and `warn` is told the error's message.
   */
  readSrc?: (src: string) => string | undefined | Promise<string | undefined>;
  /**
   * Told about each mistake a reader would meet: every notice an element shows (an unknown id, a
   * bad `sort`, data that does not match the schema), an unreadable `src`, an element the parser
   * moved. `message` names the element (`<working-group-table>: …`); `where` also gives the line
   * of its start tag in the page.
   */
  warn?: (message: string, where: PrerenderWarning) => void;
  /**
   * Rejects, after rendering every element and telling `warn` about each mistake, when there was
   * any: for a site build that must fail rather than publish a page showing a notice.
   */
  strict?: boolean;
}

/** What a warning is about: the element, where its start tag is, and what is wrong. */
export interface PrerenderWarning {
  /** The element's tag name. */
  tag: string;
  /** The line of the element's start tag in the page, from 1; undefined when the parser moved it. */
  line?: number;
  /** What is wrong, as the element's notice says it (in the element's language) or the prerenderer does. */
  message: string;
}

const TAGS = new Set(registry.map((entry) => entry.tag));

/** An element class of ours, by tag. */
const classOf = (tag: string) => customElements.get(tag) as unknown as typeof CustomsElement<unknown>;

/**
 * Lit's element renderer, which gives the first element it connects (the one being prerendered,
 * not one nested in it) to `prepare` before it renders.
 */
function rendererPreparing(prepare: (element: CustomsElement) => void): typeof LitElementRenderer {
  let first = true;
  return class extends LitElementRenderer {
    override connectedCallback(): void {
      if (first) prepare(this.element as CustomsElement);
      first = false;
      super.connectedCallback();
    }
  };
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Characters the data may hold but HTML cannot carry as they are: NUL and the other controls but
 * tab, line feed and form feed (a raw carriage return would be read back as a line feed), lone
 * surrogates (no encoding has them), noncharacters. Not the C1 controls: the parser reads them raw
 * as themselves, but a reference to one as a windows-1252 character.
 */
const UNWRITABLE = /(?![\t\n\f\u0080-\u009F])\p{Cc}|\p{Surrogate}|\p{Noncharacter_Code_Point}/gu;

/**
 * Inserted markup with those characters as numeric character references: the parser reads them as
 * the character where HTML allows it, else as U+FFFD, as it would have read them raw, and the page
 * parses again without error. Only text and attribute values can hold them: markup, comments and
 * stylesheets are ours.
 */
const escapeUnwritable = (markup: string): string => markup.replace(UNWRITABLE, (character) => `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`);

/** A stylesheet in ASCII, so that it reads the same in a page of any encoding (a `<style>` has no character references). */
const asciiStylesheet = (css: string): string => css.replace(/[^\0-\x7F]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `);

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function children(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** An element of HTML: one in SVG or MathML is never upgraded, whatever its name. */
const isHtml = (element: Element): boolean => element.namespaceURI === htmlSpec.NS.HTML;

/** A `<template>` that the browser makes a shadow root, not inert content. */
const isShadowRoot = (element: Element): boolean => element.tagName === 'template' && attribute(element, 'shadowrootmode') !== undefined;

/** The language of an element: its own `lang`, else its nearest ancestor's, else English. */
function languageOf(element: Element, ancestors: readonly Element[]): string {
  for (const candidate of [element, ...[...ancestors].reverse()]) {
    const lang = attribute(candidate, 'lang');
    if (lang) return lang;
  }
  return 'en';
}

/** The folder of the page's `customs-widgets.js` or `autoloader.js` script, if this node is that script. */
function libraryFolder(node: Element): string | undefined {
  const src = node.tagName === 'script' ? attribute(node, 'src') : undefined;
  const match = src && /^(.*\/)?(customs-widgets|autoloader)\.js(\?.*)?$/.exec(src);
  return match ? (match[1] ?? '') : undefined;
}

const isRelative = (src: string): boolean => !/^([a-z][a-z\d+.-]*:|\/\/)/i.test(src);

/**
 * The last child of every shadow root written here, after the element's content.
 *
 * A browser paints a page while it is still parsing it, so it may paint an element of which it has
 * parsed only a part: the parser stops inside it between two packets of the page, when it yields,
 * and (in Chromium) at each stylesheet link until that stylesheet has arrived, such as the one of
 * each card inside the forum list. A part lays out otherwise than the whole: the forum list's
 * columns depend on how many cards it has, a table's column widths on all its rows, so the rest
 * would shift what was painted. Until this marker is parsed, the element's stylesheet hides its
 * shadow root's content (`UNTIL_COMPLETE`), and the whole shows in one frame. A `<template>` is
 * inert and never shows, nor does Lit's hydration look at it (it reads only its own comments).
 */
const COMPLETE_MARKER = '<template data-complete></template>';

/**
 * The rule that goes with `COMPLETE_MARKER`, only in the stylesheets of prerendered shadow roots (an
 * element the browser renders itself has neither). A browser without `:has()` drops the rule and
 * shows each part as it comes, as before. `!important`: no rule of an element may show a part.
 */
const UNTIL_COMPLETE = ':host > :not(:has(~ template[data-complete])) { display: none !important; }';

/**
 * An element's stylesheet, as the build writes it to `dist/css/<tag>.css`: its own styles, those of
 * notices (which the browser adopts only when an element shows one) and `UNTIL_COMPLETE`.
 */
export function stylesheetOf(tag: string): string {
  return `${stylesheetOfClass(classOf(tag))}\n${UNTIL_COMPLETE}`;
}

/** The text of every notice in a rendered shadow root, nested elements' (the forum list's cards) included. */
function noticesIn(node: Node): string[] {
  if ('tagName' in node && attribute(node, 'part') === 'notice') {
    return children(node).filter((kid) => 'tagName' in kid).map((paragraph) => textOf(paragraph).trim());
  }
  const inside = 'tagName' in node && node.tagName === 'template' && 'content' in node ? [node.content as Node] : [];
  return [...children(node), ...inside].flatMap(noticesIn);
}

const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? node.value : children(node).map(textOf).join(''));

/**
 * Renders one element: the shadow root, as a `<template shadowrootmode>`, to splice in, and the
 * notices it shows.
 */
function renderShadow(element: Element, lang: string, adopter: { text: string; origin: Origin } | undefined, stylesheets: string | undefined): { markup: string; notices: string[] } {
  const tag = element.tagName;
  const attrs = element.attrs.map(({ name, value }) => ` ${name}="${escapeAttribute(value)}"`).join('');
  let rendered: CustomsElement | undefined;
  const renderer = rendererPreparing((instance) => {
    rendered = instance;
    // A server sees no ancestors, nor the element's children: what they give is set on it.
    prepareElement(instance, lang, adopter);
  });
  const result = collectResultSync(render(html`${unsafeStatic(`<${tag}${attrs}></${tag}>`)}`, { elementRenderers: [renderer] }));
  // Where the parser finds the shadow root: not where its text first appears, which may be in an attribute.
  const host = parseFragment(result, { sourceCodeLocationInfo: true }).childNodes.find((node): node is Element => 'tagName' in node && node.tagName === tag);
  const first = host?.childNodes[0];
  const template = first && 'tagName' in first && isShadowRoot(first) ? first : undefined;
  const location = template?.sourceCodeLocation;
  if (!template || !location) throw new Error(`<${tag}> could not be rendered`);
  let shadow = result.slice(location.startOffset, location.endOffset).replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">');
  // Each shadow root's styles: a link to the element's stylesheet, cached once for the page, or a copy.
  shadow = shadow.replace(/(<template shadowrootmode="open">)<style>[\s\S]*?<\/style>/g, (_, template: string, offset: number) => {
    const nestedTag = /<([a-z][\w-]*)[^<]*$/.exec(shadow.slice(0, offset))?.[1];
    const owner = offset === 0 ? tag : (nestedTag ?? tag);
    return stylesheets === undefined
      ? `${template}<style>${asciiStylesheet(stylesheetOf(owner))}</style>`
      : `${template}<link rel="stylesheet" href="${escapeAttribute(`${stylesheets}${owner}.css`)}">`;
  });
  // Each shadow root (nested ones too) ends with the marker that shows it. Every <template> in Lit's
  // output is a shadow root: the elements' templates have none, and text and attributes are escaped.
  shadow = shadow.replace(/<\/template>/g, `${COMPLETE_MARKER}</template>`);
  const head = '<template shadowrootmode="open">';
  const digest = digestOf(rendered!, element.attrs.map(({ name, value }) => [name, value]));
  return { markup: escapeUnwritable(`${head}<!--${DIGEST_PREFIX}${digest}-->${shadow.slice(head.length)}`), notices: noticesIn(template) };
}

/**
 * Prerenders every customs-widgets element in an HTML document (see the module comment).
 * Throws only when the document cannot be read as HTML, or with `strict` when any element shows
 * a notice.
 */
export async function prerender(page: string, options: PrerenderOptions = {}): Promise<string> {
  if (page.includes('\0')) throw new Error('it is not an HTML document (it holds NUL bytes)');
  // The parser leaves out a byte order mark, and counts its positions from after it.
  const bom = page.startsWith('\uFEFF') ? '\uFEFF' : '';
  const document = page.slice(bom.length);
  const root = parse(document, { sourceCodeLocationInfo: true });
  // One pass over the page: our elements, with their languages, and where the library is loaded from.
  const found: { element: Element; lang: string }[] = [];
  let folder: string | undefined;
  const collect = (node: Node, ancestors: Element[]): void => {
    if ('tagName' in node && TAGS.has(node.tagName) && isHtml(node)) {
      found.push({ element: node, lang: languageOf(node, ancestors) });
      return;
    }
    if ('tagName' in node) folder ??= libraryFolder(node);
    const next = 'tagName' in node ? [...ancestors, node] : ancestors;
    for (const child of children(node)) collect(child, next);
    if ('tagName' in node && isShadowRoot(node) && 'content' in node) collect(node.content as Node, next);
  };
  collect(root, []);
  const given = options.stylesheets;
  const stylesheets = given === 'inline' ? undefined : given !== undefined ? given.replace(/\/?$/, '/') : folder !== undefined ? `${folder}css/` : undefined;
  // The server renders notices, adopter data and other languages at once, as the browser would after loading them.
  await loadForServer(
    registry.map(({ tag }) => classOf(tag)),
    new Set(found.map(({ lang }) => lang)),
  );

  const warnings: PrerenderWarning[] = [];
  const warn = (element: Element, message: string): void => {
    const warning = { tag: element.tagName, line: element.sourceCodeLocation?.startTag?.startLine, message };
    warnings.push(warning);
    options.warn?.(`<${warning.tag}>: ${message}`, warning);
  };

  const edits: { start: number; end: number; text: string }[] = [];
  for (const { element: node, lang } of found) {
    const location = node.sourceCodeLocation?.startTag;
    if (!location) {
      warn(node, 'was moved by the HTML parser (misplaced markup); left as it is');
      continue;
    }
    const kids = children(node);
    const inline = kids.find((kid): kid is Element => 'tagName' in kid && kid.tagName === 'script' && attribute(kid, 'type') === 'application/json');
    let adopter: { text: string; origin: Origin } | undefined = inline
      ? { text: children(inline).map((text) => ('value' in text ? text.value : '')).join(''), origin: 'inline' }
      : undefined;
    const src = attribute(node, 'src')?.trim();
    if (src && isRelative(src) && options.readSrc) {
      try {
        const text = await options.readSrc(src);
        if (text !== undefined) adopter = { text, origin: { src } };
      } catch (error) {
        // As in a browser that cannot fetch it: the element shows the data it has without it.
        warn(node, `src="${src}" not read: ${error instanceof Error ? error.message : String(error)}; prerendered without it`);
      }
    }
    const { markup: text, notices } = renderShadow(node, lang, adopter, stylesheets);
    for (const notice of notices) warn(node, notice);
    // Prerendered before: its shadow root is replaced, so a second run changes nothing.
    const previous = kids[0];
    if (previous && 'tagName' in previous && previous.tagName === 'template' && attribute(previous, 'shadowrootmode') && previous.sourceCodeLocation) {
      edits.push({ start: previous.sourceCodeLocation.startOffset, end: previous.sourceCodeLocation.endOffset, text });
    } else {
      edits.push({ start: location.endOffset, end: location.endOffset, text });
    }
  }

  if (options.strict && warnings.length) {
    const [first] = warnings;
    throw new Error(`${warnings.length} mistake${warnings.length === 1 ? '' : 's'} in the page, the first at line ${first.line ?? '?'}: <${first.tag}>: ${first.message}`);
  }

  let output = bom;
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    output += document.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return output + document.slice(at);
}
