/** The elements from React 19: attributes, properties, and the customs-error event. */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/customs-widgets.js';
import type { Body } from '../../src/data/schema.js';
import type { CustomsErrorEvent } from '../../src/core/events.js';

type ReactModule = typeof import('react') & typeof import('react-dom/client') & typeof import('react-dom');
const vendor = '/vendor/react.js';

describe('in React 19', () => {
  it('passes attributes and properties, listens to customs-error, re-renders on state', async () => {
    const { createElement: h, createRoot, flushSync } = (await import(vendor)) as ReactModule;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const errors: string[] = [];
    const rows: Body[] = [{ id: 'react-wg', name: 'Group From React', kind: 'sectoral', established: '2025', sources: [{ source: 'asean-customs-overview' }] }];
    const render = (forum: string) =>
      flushSync(() =>
        root.render(
          h('div', null, [
            h('customs-forum-card', { key: 'card', forum, 'heading-level': 3, 'oncustoms-error': (event: CustomsErrorEvent) => errors.push(event.detail.value!) }),
            h('working-group-table', { key: 'table', data: rows, columns: 'name,established', searchable: true }),
          ]),
        ),
      );
    render('wco');
    const card = container.querySelector('customs-forum-card')!;
    const table = container.querySelector('working-group-table')!;
    await card.updateComplete;
    await table.updateComplete;
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('World Customs Organization');
    expect(table.data).to.equal(rows);
    expect(table.searchable).to.be.true;
    expect(table.shadowRoot!.querySelector('tbody th')!.textContent).to.equal('Group From React');

    render('wto');
    await waitUntil(() => errors.length > 0, 'no customs-error reached the React handler');
    expect(errors).to.deep.equal(['wto']);
    render('asem');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('Asia-Europe Meeting');
    root.unmount();
    container.remove();
  });
});
