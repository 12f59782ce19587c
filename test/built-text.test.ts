/**
 * What a reader gets from the built files is what the sources say, spaces included. The build
 * minifies every template; a minifier that drops a space the source has ("Meeting(AFMM)") shows
 * only here, since every other browser test runs the sources. Each element is rendered, in its
 * own page, from the sources, from the drop-in, from the autoloader's modules, and prerendered by
 * dist/lib/prerender.js (read without script, then hydrated by the drop-in); the text a reader
 * gets (`innerText`: what is laid out, with its spaces and line breaks) must be the same in all.
 * Runs after `npm run build`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import registry from '../src/elements/registry.json';

const url = (path: string) => new URL(`../${path}`, import.meta.url).href;

/** Every element's registry example, and the other forms of the elements that render other templates. */
const MARKUP = [
  ...registry.map(({ tag, example }) => `<${tag}${Object.entries(example).map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`),
  '<customs-forum-card forum="asean"></customs-forum-card>',
  '<compliance-links></compliance-links>',
  '<customs-activity-list org="asean"></customs-activity-list>',
].join('\n');

interface Ours extends HTMLElement {
  hasUpdated?: boolean;
  isUpdatePending?: boolean;
  updateComplete?: Promise<unknown>;
  hydration?: { live: boolean };
}

/** The shadow hosts in a tree, nested ones included, parents first. */
function hosts(root: ParentNode): Ours[] {
  return [...root.querySelectorAll<Ours>('*')].flatMap((el) => (el.shadowRoot ? [el, ...hosts(el.shadowRoot)] : []));
}

/** The text a reader gets from one element: each block of its shadow root as laid out, nested elements' in turn. */
function readerText(host: Element): string[] {
  const blocks = [...host.shadowRoot!.children].filter((el): el is HTMLElement => 'innerText' in el && !['style', 'link', 'script', 'template'].includes(el.localName));
  return blocks.flatMap((block) => [block.innerText, ...hosts(block).filter((nested) => nested.parentNode!.getRootNode() === host.shadowRoot).flatMap(readerText)]);
}

/** Every top-level element's text, by tag. */
const pageText = (doc: Document) => [...doc.querySelectorAll('main > *')].map((el) => ({ tag: el.localName, text: readerText(el) }));

/** Whether every element in the page has rendered (or hydrated) and has nothing pending. */
const settled = (doc: Document, live: boolean) =>
  [...doc.querySelectorAll('main > *')].every((el) => el.shadowRoot) && hosts(doc).every((el) => el.hasUpdated && !el.isUpdatePending && (!live || el.hydration?.live));

/** A page of its own (its own custom element registry), as wide as a content column; resolves once loaded. */
async function page(lang: string, body: string, script?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${script ? `<script type="module" src="${script}"></script>` : ''}</head>
    <body style="margin: 0"><main>${body}</main></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Renders the elements in a page of their own from a script, and reads what each says. */
async function rendered(lang: string, script: string) {
  const frame = await page(lang, MARKUP, script);
  const doc = frame.contentDocument!;
  await waitUntil(() => settled(doc, false), `${script} did not render every element`, { timeout: 60_000 });
  const text = pageText(doc);
  frame.remove();
  return text;
}

/** The elements prerendered, by the built prerenderer or by the sources'. */
const prerendered = (lang: string, built: boolean) => executeServerCommand<string, { html: string; lang: string; built: boolean }>('prerender', { html: MARKUP, lang, built });

describe('the built files, read by a reader', function () {
  // Four pages per language, each loading a whole build.
  this.timeout(180_000);

  for (const lang of ['en', 'fr']) {
    describe(`in ${lang}`, () => {
      let fromSources: { tag: string; text: string[] }[];
      /** Before hydration the controls wait (and say so), so a prerendered page is compared with the sources' prerendering. */
      let prerenderedFromSources: { tag: string; text: string[] }[];

      before(async () => {
        fromSources = await rendered(lang, url('src/customs-widgets.ts'));
        expect(fromSources.map(({ tag }) => tag)).to.include.members(registry.map(({ tag }) => tag));
        for (const { tag, text } of fromSources) expect(text.join('').trim(), tag).not.to.equal('');
        const frame = await page(lang, await prerendered(lang, false));
        prerenderedFromSources = pageText(frame.contentDocument!);
        frame.remove();
      });

      it('the drop-in, dist/customs-widgets.js, reads as the sources do', async () => {
        expect(await rendered(lang, url('dist/customs-widgets.js'))).to.deep.equal(fromSources);
      });

      it('the autoloader’s modules read as the sources do', async () => {
        expect(await rendered(lang, url('dist/autoloader.js'))).to.deep.equal(fromSources);
      });

      it('a page prerendered by dist/lib/prerender.js reads as the sources do, without script and once the drop-in hydrated it', async () => {
        const frame = await page(lang, await prerendered(lang, true));
        const doc = frame.contentDocument!;
        const win = frame.contentWindow as Window & typeof globalThis;
        expect(pageText(doc), 'without script').to.deep.equal(prerenderedFromSources);

        const warnings: string[] = [];
        win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = url('dist/customs-widgets.js');
        doc.head.append(script);
        // Each element hydrates when needed, as when a reader's pointer enters it.
        await waitUntil(
          () => {
            for (const el of hosts(doc)) if (!el.hasUpdated) el.dispatchEvent(new win.PointerEvent('pointerenter'));
            return settled(doc, true);
          },
          'the prerendered elements did not hydrate',
          { timeout: 60_000 },
        );
        expect(warnings, 'hydrated, not rendered afresh').to.deep.equal([]);
        expect(pageText(doc), 'hydrated').to.deep.equal(fromSources);
        frame.remove();
      });
    });
  }
});
