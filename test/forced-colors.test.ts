/**
 * In forced colours (Windows' contrast themes) the browser paints text, borders and outlines in
 * the reader's system colours, paints every background in the page's own (Canvas) and drops box
 * shadows: a mark drawn as a background or a shadow is gone. So every mark that means something —
 * the timeline's dots and line, sort arrows, the borders of panels, cells and nodes, notices, focus
 * rings — must be text, a border or an outline, painted in a system colour other than Canvas.
 *
 * Chromium only: the emulation is Chromium's (a test-runner command over its DevTools protocol).
 * Firefox forces colours too, from a preference, which its test set-up here does not switch (it
 * emulates only the colour scheme); WebKit has no forced colours. Elsewhere the tests skip.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/customs-widgets.js';
import { engine, watch } from './helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The system colours, as this mode resolves them. */
const SYSTEM_COLORS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

function resolved(): { canvas: string; system: Set<string> } {
  const probe = document.body.appendChild(document.createElement('span'));
  const colors = SYSTEM_COLORS.map((name) => {
    probe.style.color = name;
    return getComputedStyle(probe).color;
  });
  probe.remove();
  return { canvas: colors[0], system: new Set(colors) };
}

/** Whether a colour is one of the reader's, and shows against the page. */
function shows(color: string, { canvas, system }: ReturnType<typeof resolved>): boolean {
  return system.has(color) && color !== canvas;
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;
type Side = (typeof SIDES)[number];

/**
 * How a mark is painted: as text, as a border (on a side, or any), as an outline, or as a shape
 * (a border or a background: either is fine, as long as it is in a system colour).
 */
type Paint = { text: true } | { border: Side | 'any' } | { outline: true } | { shape: true };

interface Mark {
  what: string;
  find: (root: HTMLElement) => Element[];
  pseudo?: string;
  paint: Paint;
}

/** What does not show about a mark's paint in this mode, or nothing. */
function unpainted(element: Element, pseudo: string | undefined, paint: Paint, colors: ReturnType<typeof resolved>): string | undefined {
  const style = getComputedStyle(element, pseudo);
  const border = (side: Side) => {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    return width > 0 && lineStyle !== 'none' && lineStyle !== 'hidden' && shows(style.getPropertyValue(`border-${side.toLowerCase()}-color`), colors);
  };
  const describe = () => `color ${style.color}, background ${style.backgroundColor}, border ${style.borderWidth} ${style.borderStyle} ${style.borderColor}, outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}, box-shadow ${style.boxShadow}`;
  if (style.display === 'none' || style.visibility !== 'visible') return `not shown (${describe()})`;
  if ('text' in paint) return shows(style.color, colors) ? undefined : `text in ${style.color} (${describe()})`;
  if ('outline' in paint) return parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none' && shows(style.outlineColor, colors) ? undefined : `no outline (${describe()})`;
  if ('border' in paint) return (paint.border === 'any' ? SIDES.some(border) : border(paint.border)) ? undefined : `no border (${describe()})`;
  const filled = shows(style.backgroundColor, colors);
  return SIDES.some(border) || filled ? undefined : `neither border nor background shows (${describe()})`;
}

/** Elements of a shadow root, by selector. */
const all =
  (tag: string, selector: string) =>
  (root: HTMLElement): Element[] =>
    [...root.querySelectorAll(tag)].flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll(selector)] : []));

const MARKS: Mark[] = [
  { what: "the timeline's line", find: all('customs-timeline', '.timeline'), paint: { border: 'Left' } },
  { what: "the timeline's dots", find: all('customs-timeline', 'li'), pseudo: '::before', paint: { shape: true } },
  { what: 'the panels', find: all('*', '.panel'), paint: { border: 'any' } },
  { what: "the table's header", find: all('working-group-table:not(.narrow)', 'thead tr'), paint: { border: 'Bottom' } },
  { what: "the table's rows", find: all('working-group-table', 'tbody tr'), paint: { border: 'Bottom' } },
  { what: 'sort arrows', find: all('working-group-table', '.arrow'), paint: { text: true } },
  { what: 'sort buttons, as pills on a narrow table', find: all('working-group-table.narrow', 'thead th'), paint: { border: 'any' } },
  { what: 'the filter box and the country select', find: all('*', 'input, select'), paint: { border: 'any' } },
  { what: "the org chart's nodes", find: all('customs-org-chart', '.node'), paint: { border: 'any' } },
  { what: "the org chart's levels", find: all('customs-org-chart', 'ul ul'), paint: { border: 'Left' } },
  { what: 'the "as of" badge', find: all('customs-fact-file', '.as-of'), paint: { border: 'any' } },
  { what: 'rules between groups', find: all('*', '.group, .country, .regional'), paint: { border: 'Top' } },
  { what: 'links', find: all('*', 'a'), paint: { text: true } },
  { what: 'disclosure summaries', find: all('*', 'summary'), paint: { text: true } },
  { what: 'notices', find: all('*', '.notice'), paint: { border: 'Left' } },
];

/** Controls that take focus, each with its focus ring to show. */
const FOCUSABLE = all('*', 'button, input, select, summary, a[href]');

/** The focused element, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function page(): Promise<HTMLElement> {
  let root!: HTMLElement;
  // The second timeline's org is unknown, for its notice: the warning that comes with it is
  // expected, and kept out of the log.
  const { warnings } = await watch(async () => {
    root = await fixture<HTMLElement>(html`<div style="width: 750px">
      <customs-timeline org="asean" from="2019"></customs-timeline>
      <customs-timeline org="nowhere"></customs-timeline>
      <working-group-table searchable sort="name" columns="name,acronym,established,chair"></working-group-table>
      <working-group-table class="narrow" style="width: 300px" columns="name,chair"></working-group-table>
      <customs-org-chart></customs-org-chart>
      <customs-fact-file org="wco"></customs-fact-file>
      <customs-forum-card forum="wco"></customs-forum-card>
      <compliance-links country="SG,MY"></compliance-links>
      <customs-activity-list org="wco"></customs-activity-list>
    </div>`);
    for (const el of root.children) await (el as Updating).updateComplete;
  });
  expect(warnings).to.have.length(1);
  return root;
}

describe('forced colours', function () {
  before(function () {
    if (engine() !== 'chromium') this.skip();
  });
  after(async () => {
    if (engine() === 'chromium') await executeServerCommand('forced-colors', { forcedColors: 'none' });
  });

  for (const colorScheme of ['light', 'dark']) {
    describe(`with a ${colorScheme} contrast theme`, () => {
      before(async function () {
        if (engine() !== 'chromium') this.skip();
        await executeServerCommand('forced-colors', { forcedColors: 'active', colorScheme });
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.be.true;
      });

      it('paints every meaningful mark in a system colour that shows against the page', async () => {
        const root = await page();
        const colors = resolved();
        const problems: string[] = [];
        for (const { what, find, pseudo, paint } of MARKS) {
          const found = find(root);
          if (!found.length) problems.push(`${what}: none on the page`);
          for (const element of found) {
            const problem = unpainted(element, pseudo, paint, colors);
            if (problem) problems.push(`${what}: ${problem}`);
          }
        }
        // One line per kind of mark and problem, not one per dot.
        expect([...new Set(problems)]).to.deep.equal([]);
      });

      it('shows a focus ring on every control, reached with Tab', async function () {
        // One round trip to the browser for each control.
        this.timeout(60_000);
        const root = await page();
        const colors = resolved();
        const controls = FOCUSABLE(root);
        const start = root.insertBefore(document.createElement('button'), root.firstChild);
        start.focus();
        const reached = new Set<Element>();
        const problems: string[] = [];
        for (let i = 0; i < controls.length + 3; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive();
          if (!active || !controls.includes(active)) continue;
          reached.add(active);
          const problem = unpainted(active, undefined, { outline: true }, colors);
          if (problem) problems.push(`<${active.localName}> ${active.textContent!.trim().slice(0, 30)}: ${problem}`);
        }
        start.remove();
        expect(reached.size, 'controls reached').to.equal(controls.length);
        expect(problems).to.deep.equal([]);
      });
    });
  }
});
