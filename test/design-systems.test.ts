/**
 * Every element in the main content column of pages built with the CSS of design systems agencies
 * use (GOV.UK Frontend, USWDS, Bulma as on Singapore's Isomer sites, Bootstrap), as their npm
 * packages ship it, at a desktop, a tablet and a phone width: nothing of an element sticks out of
 * the column, the elements take the page's font and colour, and the page's own text is set as it
 * was before the script came. Each page is a frame whose width is the viewport's, so the design
 * systems' media queries apply; the frame is resized, never reloaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { PLACED, contentOf, describe as named, narrowColumns, stickingOut, styleOf, textSpillingOver } from './placement.js';

interface HostPage {
  name: string;
  stylesheet: string;
  /** The stylesheet's asset addresses (fonts, images), and where the package keeps them. */
  assets?: [from: string, to: string];
  /** The page, with `{content}` where its main column's content goes. */
  body: string;
  /** The content column. */
  column: string;
  /** The page's heading and a paragraph, as the design system marks them up. */
  heading: string;
  paragraph: string;
  /** Where the elements go: the column, or a wrapper there that gives text the page's typography. */
  wrap?: string;
}

const HOSTS: HostPage[] = [
  {
    // GOV.UK sets type by class, not on the body: text outside its classes is the browser's serif.
    // A page puts a widget in an element of the body text class, as it would a paragraph.
    name: 'GOV.UK Frontend',
    stylesheet: '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css',
    assets: ['/assets/', '/node_modules/govuk-frontend/dist/govuk/assets/'],
    body: '<div class="govuk-width-container"><main class="govuk-main-wrapper"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">{content}</div></div></main></div>',
    column: '.govuk-grid-column-two-thirds',
    heading: '<h1 class="govuk-heading-xl">International cooperation</h1>',
    paragraph: '<p class="govuk-body">Customs administrations work together in regional and international forums.</p>',
    wrap: '<div class="govuk-body">{content}</div>',
  },
  {
    name: 'USWDS',
    stylesheet: '/node_modules/@uswds/uswds/dist/css/uswds.min.css',
    assets: ['../', '/node_modules/@uswds/uswds/dist/'],
    body: '<main class="grid-container"><div class="grid-row grid-gap"><div class="tablet:grid-col-8 usa-prose">{content}</div></div></main>',
    column: '.usa-prose',
    heading: '<h1>International cooperation</h1>',
    paragraph: '<p class="usa-intro">Customs administrations work together in regional and international forums.</p>',
  },
  {
    name: 'Bulma',
    stylesheet: '/node_modules/bulma/css/bulma.min.css',
    body: '<section class="section"><div class="container"><div class="columns"><div class="column is-8 content">{content}</div></div></div></section>',
    column: '.column',
    heading: '<h1 class="title">International cooperation</h1>',
    paragraph: '<p>Customs administrations work together in regional and international forums.</p>',
  },
  {
    name: 'Bootstrap',
    stylesheet: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
    body: '<main class="container"><div class="row"><div class="col-md-8">{content}</div></div></main>',
    column: '.col-md-8',
    heading: '<h1>International cooperation</h1>',
    paragraph: '<p class="lead">Customs administrations work together in regional and international forums.</p>',
  },
];

const VIEWPORTS = [1280, 768, 375];

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** What a host element's text looks like and where it sits: what the script must leave alone. */
function appearance(element: Element): Record<string, string | number> {
  const style = styleOf(element);
  const box = element.getBoundingClientRect();
  const looks = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'color', 'marginTop', 'marginBottom', 'letterSpacing'] as const;
  return { ...Object.fromEntries(looks.map((name) => [name, style[name]])), left: box.left, top: box.top, width: box.width, height: box.height };
}

/**
 * The elements make the page longer than the frame: where the page's scrollbar takes room (Firefox,
 * WebKit), one appearing would move every centred column. It is there from the start, as on most
 * long pages (GOV.UK's template sets the same).
 */
const SCROLLBAR = 'html { overflow-y: scroll; }';

/** Waits for the fonts the page's text uses, which start loading once it is laid out. */
async function fontsLoaded(doc: Document): Promise<void> {
  doc.body.getBoundingClientRect();
  await doc.fonts.ready;
}

/** A frame holding the host page with every element, its script not yet loaded. */
async function hostFrame(host: HostPage): Promise<HTMLIFrameElement> {
  let css = await (await fetch(host.stylesheet)).text();
  if (host.assets) css = css.replaceAll(host.assets[0], host.assets[1]);
  const elements = host.wrap ? host.wrap.replace('{content}', PLACED) : PLACED;
  const content = `${host.heading}${host.paragraph}${elements}<p class="after">The end of the page’s own text.</p>`;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title=${host.name} width="1280" height="900"></iframe>`);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><style>${css}</style><style>${SCROLLBAR}</style></head><body class="govuk-template__body">${host.body.replace('{content}', content)}</body></html>`);
  doc.close();
  await fontsLoaded(doc);
  return frame;
}

/** Loads the library into the frame and waits until every element has rendered. */
async function loadScript(frame: HTMLIFrameElement): Promise<Updating[]> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL('/src/customs-widgets.ts', location.href).href;
  doc.head.append(script);
  const elements = () => [...doc.querySelectorAll<Updating>('*')].filter((element) => element.localName.includes('-'));
  await waitUntil(() => elements().every((element) => element.shadowRoot), 'the elements did not render in the host page', { timeout: 60_000 });
  for (const element of elements()) await element.updateComplete;
  for (const card of elements().flatMap((element) => [...element.shadowRoot!.querySelectorAll<Updating>('customs-forum-card')])) await card.updateComplete;
  await fontsLoaded(doc);
  return elements();
}

describe('in the main column of design systems’ pages', () => {
  for (const host of HOSTS) {
    it(`${host.name}: every element keeps within the column at ${VIEWPORTS.join(', ')} px, reads 20 characters a line, in the page's font and colour, and leaves the page's text as it was`, async function () {
      this.timeout(120_000);
      const frame = await hostFrame(host);
      const doc = frame.contentDocument!;
      const own = () => [...doc.body.querySelectorAll('*')].filter((element) => !element.localName.includes('-'));
      const before = new Map<number, Record<string, string | number>[]>();
      for (const width of VIEWPORTS) {
        frame.width = String(width);
        before.set(width, own().map(appearance));
      }

      const elements = await loadScript(frame);
      expect(elements.length).to.be.greaterThan(10);
      const failures: string[] = [];
      for (const width of VIEWPORTS) {
        frame.width = String(width);
        const column = doc.querySelector(host.column)!;
        const bounds = contentOf(column);
        for (const element of elements) {
          const out = stickingOut(element, bounds);
          if (out.length) failures.push(`${width} px: ${named(element)} sticks out of the column: ${out.slice(0, 3).join('; ')}`);
          const spilling = textSpillingOver(element);
          if (spilling.length) failures.push(`${width} px: ${named(element)} has text over its neighbours: ${spilling.slice(0, 3).join('; ')}`);
          const narrow = narrowColumns(element);
          if (narrow.length) failures.push(`${width} px: ${named(element)} squeezes: ${narrow.slice(0, 3).join('; ')}`);
        }
        // The page's own elements are set as they were, and where they were: those before the
        // widgets in the same place, those holding them as wide (their top may meet the first
        // widget's margin, as it would a paragraph's), those after them only lower.
        const after = own().map(appearance);
        own().forEach((element, i) => {
          const was = before.get(width)![i];
          const now = after[i];
          const holds = element.contains(elements[0]);
          const follows = !holds && elements[0].compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
          for (const key of Object.keys(was)) {
            if ((holds && (key === 'height' || key === 'top')) || (follows && key === 'top')) continue;
            if (was[key] !== now[key]) failures.push(`${width} px: the page's ${element.localName}${element.className ? `.${element.className}` : ''} ${key} was ${was[key]}, is ${now[key]}`);
          }
        });
      }
      for (const element of elements) {
        const parent = styleOf(element.parentElement!);
        const style = styleOf(element);
        if (style.fontFamily !== parent.fontFamily) failures.push(`${named(element)} is set in ${style.fontFamily}, the page in ${parent.fontFamily}`);
        if (style.color !== parent.color) failures.push(`${named(element)} is ${style.color}, the page's text ${parent.color}`);
        const heading = element.shadowRoot!.querySelector('[part=heading]');
        if (heading && styleOf(heading).fontFamily !== parent.fontFamily) failures.push(`${named(element)}'s heading is set in ${styleOf(heading).fontFamily}`);
      }
      expect(failures, failures.join('\n')).to.deep.equal([]);
    });
  }
});

/** sRGB channels of a computed colour (`rgb(…)` or `rgba(…)`). */
const channels = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
/** WCAG contrast ratio of two opaque computed colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('on a design system’s page in its dark theme', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));

  // Bulma turns dark with the reader's preference by its own CSS, without a color-scheme: the
  // page's text is light, the system's colours stay light.
  it('Bulma: the filter box and country select are readable, their text against their own box', async function () {
    this.timeout(120_000);
    await emulateMedia({ colorScheme: 'dark' });
    const frame = await hostFrame(HOSTS.find((host) => host.name === 'Bulma')!);
    const doc = frame.contentDocument!;
    const text = styleOf(doc.body).color;
    expect(contrast(text, 'rgb(0, 0, 0)'), `the page is in its dark theme: light text (${text})`).to.be.above(contrast(text, 'rgb(255, 255, 255)'));
    const elements = await loadScript(frame);
    const controls = elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll('input, select')]);
    expect(controls.length, 'the table’s filter box and the country select').to.be.at.least(2);
    const unreadable = controls
      .map((control) => ({ control, style: styleOf(control) }))
      .filter(({ style }) => contrast(style.color, style.backgroundColor) < 4.5)
      .map(({ control, style }) => `${named((control.getRootNode() as ShadowRoot).host)} ${control.localName}: ${style.color} on ${style.backgroundColor}`);
    expect(unreadable).to.deep.equal([]);
  });
});
