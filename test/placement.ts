/**
 * What a reader would notice about an element's place in a page, measured: parts that stick out of
 * the element or of the page's column, and reading columns too narrow to read. Shared by the width
 * sweep and the design-system host pages.
 */

/** The elements placed on the test pages: every element as the registry's example has it, and the table's variants. */
export const PLACED = [
  '<customs-forum-card forum="wco"></customs-forum-card>',
  '<customs-forum-list></customs-forum-list>',
  '<compliance-links></compliance-links>',
  '<compliance-links country="SG"></compliance-links>',
  '<working-group-table searchable></working-group-table>',
  '<working-group-table compact></working-group-table>',
  '<working-group-table columns="name,description,chair"></working-group-table>',
  '<working-group-table columns="acronym,established,meetings,reports-to,chair"></working-group-table>',
  '<working-group-table columns="name,acronym,description" sort="-established"></working-group-table>',
  '<customs-org-chart></customs-org-chart>',
  '<customs-timeline></customs-timeline>',
  '<customs-fact-file org="wco"></customs-fact-file>',
  '<customs-activity-list org="wco"></customs-activity-list>',
  '<customs-contributions country="SG"></customs-contributions>',
  '<customs-dialogue-partners></customs-dialogue-partners>',
  '<customs-document-list></customs-document-list>',
].join('\n');

/** How an element is named in a failure: its start tag. */
export function describe(element: Element): string {
  const attributes = [...element.attributes].filter((a) => a.name !== 'style').map((a) => (a.value ? ` ${a.name}="${a.value}"` : ` ${a.name}`));
  return `<${element.localName}${attributes.join('')}>`;
}

// The pages measured may be frames, whose nodes are not instances of this window's classes: nodes
// are told apart by their type, and styled by their own window.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
export const styleOf = (element: Element): CSSStyleDeclaration => element.ownerDocument.defaultView!.getComputedStyle(element);

/** Every element and text node an element's reader sees: its shadow tree, nested elements' shadow trees too. */
export function* rendered(host: Element): Generator<Element | Text> {
  const walk = function* (node: Node): Generator<Element | Text> {
    for (const child of (isElement(node) && node.shadowRoot ? node.shadowRoot : node).childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if ((child as Text).data.trim()) yield child as Text;
      } else if (isElement(child)) {
        const element = child;
        if (['style', 'script', 'template', 'link'].includes(element.localName)) continue;
        yield element;
        yield* walk(element);
      }
    }
  };
  yield* walk(host);
}

/** Whether a reader sees the node: not inside a closed disclosure, not hidden. */
function shown(node: Element | Text): boolean {
  const element = isElement(node) ? node : node.parentElement!;
  return element.checkVisibility({ visibilityProperty: true });
}

/** The boxes a node paints in: an element's border box, or each line of a text. */
function boxes(node: Element | Text): DOMRect[] {
  if (!shown(node)) return [];
  if (isElement(node)) return [node.getBoundingClientRect()];
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()];
}

const label = (node: Element | Text): string => {
  const element = isElement(node) ? node : node.parentElement!;
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} "${text}"`;
};

export interface Bounds {
  left: number;
  right: number;
  top?: number;
  bottom?: number;
}

/**
 * What of `host` paints outside `bounds` (1 px allowed for rounding), and how far: each element's
 * box and each line of text. Boxes with no size (hidden, or not laid out) are left out.
 */
export function stickingOut(host: Element, bounds: Bounds): string[] {
  const found: string[] = [];
  for (const node of [host, ...rendered(host)]) {
    for (const box of boxes(node)) {
      if (!box.width && !box.height) continue;
      const past = Math.max(bounds.left - box.left, box.right - bounds.right, bounds.top === undefined ? 0 : bounds.top - box.top, bounds.bottom === undefined ? 0 : box.bottom - bounds.bottom);
      if (past > 1) found.push(`${label(node)} by ${Math.round(past)} px`);
    }
  }
  return found;
}

/** The element's border box, all four sides. */
export function boxOf(element: Element): Bounds {
  const { left, right, top, bottom } = element.getBoundingClientRect();
  return { left, right, top, bottom };
}

/** The element's content box, sideways: where its children are meant to be. */
export function contentOf(element: Element): Bounds {
  const box = element.getBoundingClientRect();
  const style = styleOf(element);
  const px = (value: string) => parseFloat(value) || 0;
  return { left: box.left + px(style.borderLeftWidth) + px(style.paddingLeft), right: box.right - px(style.borderRightWidth) - px(style.paddingRight) };
}

/** The box that lays out a text's lines: its nearest ancestor that is not an inline element. */
function columnOf(text: Text): Element {
  let column = text.parentElement!;
  while (styleOf(column).display === 'inline') column = column.parentElement!;
  return column;
}

/**
 * Text that runs out of the box that lays it out, over its neighbour: a word wider than its table
 * cell, a label wider than its button. Text a box clips on purpose (a visually hidden caption) is
 * not seen, and is left out.
 */
export function textSpillingOver(host: Element): string[] {
  const found = new Set<string>();
  for (const node of rendered(host)) {
    if (isElement(node)) continue;
    const column = columnOf(node);
    if (styleOf(column).overflowX !== 'visible') continue;
    const { left, right } = column.getBoundingClientRect();
    for (const line of boxes(node)) {
      const past = Math.max(left - line.left, line.right - right);
      if (past > 1) found.add(`${label(node)} out of ${label(column)} by ${Math.round(past)} px`);
    }
  }
  return [...found];
}

const zeros = new WeakMap<Document, Map<string, number>>();
/** The width of "0" in an element's font, as its own page has the font: CSS's `ch`. */
function ch(element: Element): number {
  const style = styleOf(element);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const doc = element.ownerDocument;
  if (!zeros.has(doc)) zeros.set(doc, new Map());
  let width = zeros.get(doc)!.get(font);
  if (width === undefined) {
    const context = doc.createElement('canvas').getContext('2d')!;
    context.font = font;
    zeros.get(doc)!.set(font, (width = context.measureText('0').width));
  }
  return width;
}

/** A reading column must hold this many "0"s: about 20 characters of prose a line. */
export const MEASURE = 20;
/**
 * Text this long is prose, read line by line. Shorter text (a header, an acronym, a short name)
 * may take two lines in a narrow column, as in any table.
 */
export const PROSE = 30;

/**
 * Reading columns narrower than MEASURE characters in which prose (PROSE characters or more) has
 * to wrap. A text's column is the nearest box that lays out its lines (not an inline element); its
 * width is that box's content width, counted in the width of "0" of the text's own font, CSS's
 * `ch`. Prose that fits on one line may sit in any column: only prose wrapping in a narrow one
 * reads as a squeezed column, a word or two a line. Headings are not reading columns: set larger,
 * they take fewer characters a line across the full width they are given.
 */
export function narrowColumns(host: Element): string[] {
  const found = new Set<string>();
  for (const node of rendered(host)) {
    if (isElement(node) || node.data.trim().length < PROSE) continue;
    const column = columnOf(node);
    // A heading spans its element or card: its width is the room given, not a column made inside.
    if (/^h[1-6]$/.test(column.localName)) continue;
    const lines = new Set(boxes(node).map((box) => Math.round(box.top)));
    if (lines.size < 2) continue;
    const { left, right } = contentOf(column);
    const width = right - left;
    const wanted = MEASURE * ch(node.parentElement!);
    if (width < wanted - 0.5) found.add(`${label(column)}: ${Math.round(width)} px, ${(width / ch(node.parentElement!)).toFixed(1)} characters a line`);
  }
  return [...found];
}

/** The horizontal overflow of an element: how much wider its content is than its box. */
export function overflowX(element: Element): number {
  return element.scrollWidth - element.clientWidth;
}
