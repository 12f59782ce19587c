/** The elements from Vue 3: attributes, properties, and the customs-error event. */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import type { Body } from '../../src/data/schema.js';
import type { CustomsErrorEvent } from '../../src/core/events.js';

type VueModule = typeof import('vue');
const vendor = '/vendor/vue.js';

describe('in Vue 3', () => {
  it('passes attributes and properties, listens to customs-error, re-renders on state', async () => {
    const { createApp, h, ref, nextTick } = (await import(vendor)) as VueModule;
    const container = document.body.appendChild(document.createElement('div'));
    const forum = ref('wco');
    const errors: string[] = [];
    const rows: Body[] = [{ id: 'vue-wg', name: 'Group From Vue', kind: 'sectoral', established: '2024', sources: [{ source: 'asean-customs-overview' }] }];
    const app = createApp({
      render: () =>
        h('div', [
          h('customs-forum-card', {
            forum: forum.value,
            'heading-level': '3',
            onCustomsError: (event: CustomsErrorEvent) => errors.push(event.detail.value!),
          }),
          h('working-group-table', { data: rows, columns: 'name,established', sort: '-established' }),
        ]),
    });
    app.mount(container);
    const card = container.querySelector('customs-forum-card')!;
    const table = container.querySelector('working-group-table')!;
    await card.updateComplete;
    await table.updateComplete;
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('World Customs Organization');
    expect(table.data).to.deep.equal(rows);
    expect(table.shadowRoot!.querySelector('tbody th')!.textContent).to.equal('Group From Vue');
    expect(table.shadowRoot!.querySelector('th[aria-sort=descending]')).to.exist;

    forum.value = 'nowhere';
    await nextTick();
    await waitUntil(() => errors.length > 0, 'no customs-error reached the Vue handler');
    expect(errors).to.deep.equal(['nowhere']);
    forum.value = 'apec';
    await nextTick();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('Asia-Pacific Economic Cooperation');
    app.unmount();
    container.remove();
  });
});
