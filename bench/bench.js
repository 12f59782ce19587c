// Runs in the bench page: first-render time of each element from the drop-in bundle, and
// <working-group-table> against SGDS's <sgds-table> with the same 1,000 / 5,000 / 10,000 rows.
// Each time covers the update and the layout it causes; the median of several runs is reported.

// Every element, with the attributes of a typical use, from the registry.
const registry = await (await fetch('/src/elements/registry.json')).json();
const COLUMNS = ['Name', 'Acronym', 'Established', 'Description', 'Meetings per year', 'Reports to', 'Chair'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const settle = async (el) => {
  await el.updateComplete;
  return document.body.offsetHeight; // include style and layout
};
async function timed(run, repeats = 5) {
  const times = [];
  for (let i = 0; i < repeats; i++) times.push(await run());
  return median(times);
}

/** Rows like the real ones, numbered so names sort differently from the data order. */
function rows(count) {
  const years = ['1995', '2006', '2010', '2019'];
  return Array.from({ length: count }, (_, i) => ({
    id: `body-${i}`,
    name: `Working Group ${(i * 7919) % count} on Customs Procedures`,
    acronym: `WG${i}`,
    kind: 'sectoral',
    established: years[i % 4],
    description: 'Synchronises technical efforts to secure expeditious customs clearance and release of goods.',
    meetings: { perYear: (i % 4) + 1 },
    reportsTo: 'ccc',
    chair: { countries: ['SG'], year: '2020', sources: [{ source: 'asean-customs-overview' }] },
    sources: [{ source: 'asean-customs-overview' }],
  }));
}
const asCells = (row) => [row.name, row.acronym, row.established, row.description, String(row.meetings.perYear), 'Coordinating Committee on Customs (CCC)', 'Singapore'];

async function firstRenders() {
  const result = {};
  for (const { tag, example: attributes } of registry) {
    result[tag] = await timed(async () => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const start = performance.now();
      document.body.append(el);
      await settle(el);
      const time = performance.now() - start;
      el.remove();
      return time;
    });
  }
  return result;
}

async function ours(data) {
  const el = document.createElement('working-group-table');
  let start = performance.now();
  el.data = data;
  document.body.append(el);
  await settle(el);
  const render = performance.now() - start;
  start = performance.now();
  el.sort = 'name';
  await settle(el);
  const sort = performance.now() - start;
  start = performance.now();
  el.sort = '-established';
  await settle(el);
  const resort = performance.now() - start;
  start = performance.now();
  el.filter = 'group 1';
  await settle(el);
  const filter = performance.now() - start;
  el.remove();
  return { render, sort, resort, filter };
}

async function sgds(data) {
  const el = document.createElement('sgds-table');
  let start = performance.now();
  el.rowHeader = COLUMNS;
  el.tableData = data.map(asCells);
  document.body.append(el);
  await settle(el);
  const render = performance.now() - start;
  // SGDS's table does not sort or filter: an adopter sorts or filters the rows and sets them again.
  const collator = new Intl.Collator('en', { numeric: true });
  start = performance.now();
  el.tableData = [...data].sort((a, b) => collator.compare(a.name, b.name)).map(asCells);
  await settle(el);
  const sort = performance.now() - start;
  start = performance.now();
  el.tableData = [...data].sort((a, b) => b.established.localeCompare(a.established)).map(asCells);
  await settle(el);
  const resort = performance.now() - start;
  start = performance.now();
  el.tableData = data.filter((row) => asCells(row).some((cell) => cell.toLowerCase().includes('group 1'))).map(asCells);
  await settle(el);
  const filter = performance.now() - start;
  el.remove();
  return { render, sort, resort, filter };
}

async function table(count) {
  const data = rows(count);
  const repeats = count > 5000 ? 5 : 9;
  const runs = { ours: [], sgds: [] };
  for (let i = 0; i < repeats; i++) {
    // A fresh copy each run: the element validates each new data object once. Which table goes
    // first alternates, so neither always meets the other's leftovers.
    const oursRun = () => ours(data.map((row) => ({ ...row }))).then((run) => runs.ours.push(run));
    const sgdsRun = () => sgds(data).then((run) => runs.sgds.push(run));
    if (i % 2) await sgdsRun().then(oursRun);
    else await oursRun().then(sgdsRun);
  }
  const pick = (list) => Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((run) => run[key]))]));
  return { ours: pick(runs.ours), sgds: pick(runs.sgds) };
}

window.runBench = async () => {
  await Promise.all([customElements.whenDefined('working-group-table'), customElements.whenDefined('sgds-table')]);
  const first = await firstRenders();
  const tables = {};
  for (const count of [1000, 5000, 10000]) tables[count] = await table(count);
  return { first, tables };
};
