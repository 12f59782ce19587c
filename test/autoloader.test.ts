/**
 * dist/autoloader.js defines only the elements on the page, fetching each element's module when
 * its tag first appears, including tags added later; and the full bundle on the same page as the
 * autoloader throws nothing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { watch } from './helpers.js';

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href;
const fetched = () => performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!.split('?')[0]);

describe('dist/autoloader.js', () => {
  it('loads and defines only the elements on the page, then those added later', async () => {
    const timeline = document.body.appendChild(document.createElement('customs-timeline'));
    const { errors } = await watch(async () => {
      await import(dist('autoloader.js'));
      await waitUntil(() => customElements.get('customs-timeline'), 'customs-timeline was not defined');
    });
    expect(errors).to.deep.equal([]);
    await (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(timeline.shadowRoot!.querySelectorAll('time').length).to.equal(20);
    expect(customElements.get('customs-forum-card')).to.be.undefined;
    expect(fetched()).to.include('customs-timeline.js').and.not.to.include('customs-forum-card.js');
    // Its chunks were preloaded with it, and nothing it does not need was fetched.
    const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((link) => link.href);
    expect(preloaded).to.not.be.empty;
    const loaded = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    for (const href of preloaded) {
      const entry = loaded.find((candidate) => candidate.name === href);
      expect(entry, `${href} was fetched`).to.exist;
      // WebKit's resource timing has no responseStatus: there the file is asked for again to see
      // that it is served.
      const status = entry!.responseStatus ?? (await fetch(href)).status;
      expect(status, href).to.equal(200);
    }
    expect(fetched().filter((file) => /adopter-data|validate|\.fr-/.test(file))).to.deep.equal([]);

    // Added later, nested in a subtree.
    const section = document.createElement('section');
    section.innerHTML = '<div><compliance-links country="SG"></compliance-links></div>';
    document.body.append(section);
    await waitUntil(() => customElements.get('compliance-links'), 'compliance-links was not defined');
    const links = section.querySelector('compliance-links') as HTMLElement & { updateComplete: Promise<unknown> };
    await links.updateComplete;
    expect(links.shadowRoot!.textContent).to.contain('Singapore Customs FAQs');
    expect(customElements.get('working-group-table')).to.be.undefined;
    section.remove();
    timeline.remove();
  });

  it('shares the page with the full bundle: nothing is defined twice, nothing throws', async () => {
    const { errors } = await watch(async () => {
      await import(dist('customs-widgets.js'));
    });
    expect(errors).to.deep.equal([]);
    expect(customElements.get('working-group-table')).to.exist;
    const table = document.body.appendChild(document.createElement('working-group-table')) as HTMLElement & { updateComplete: Promise<unknown> };
    await table.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(8);
    table.remove();
  });
});
