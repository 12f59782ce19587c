// The catalog page: every element, set to show every record of data/ between them. Shared by the
// browser catalog test and the prerender test, which both check that every text has a home.

/** The elements, as markup, for the bundled bodies and roles. */
export function catalogMarkup({ bodies, roles }) {
  const countries = [...new Set(roles.map((role) => role.country)), 'ID', 'MY', 'LA', 'MM'];
  return `
  <customs-forum-list></customs-forum-list>
  <compliance-links></compliance-links>
  <working-group-table searchable bodies="${bodies.map((body) => body.id).join(',')}"></working-group-table>
  <customs-org-chart></customs-org-chart>
  <customs-timeline></customs-timeline>
  <customs-fact-file org="wco"></customs-fact-file>
  <customs-activity-list></customs-activity-list>
  ${countries.map((country) => `<customs-contributions country="${country}"></customs-contributions>`).join('')}
  <customs-dialogue-partners></customs-dialogue-partners>
  <customs-document-list></customs-document-list>`;
}

// Fields that are ids, codes, dates (shown formatted) or matching aids rather than text to read.
const SKIP = new Set(['id', 'code', 'alpha3', 'aliases', 'source', 'asOf', 'date', 'endDate', 'established', 'since', 'year', 'url', 'path', 'edition', 'kind', 'category', 'org', 'orgs', 'reportsTo', 'forum', 'body', 'target', 'country', 'countries', 'role', 'supersededBy', 'key', 'perYear', 'from', 'to']);

/** Every text of the data files (by name) that `shown` does not hold, as `file.path: text`. */
export function missingTexts(files, shown) {
  const texts = (value, where) => {
    if (typeof value === 'string') return [[value, where]];
    if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${where}[${i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => (SKIP.has(key) ? [] : texts(child, `${where}.${key}`)));
    return [];
  };
  return Object.entries(files)
    .flatMap(([name, content]) => texts(content, name))
    .filter(([text]) => !shown.includes(text.replace(/\s+/g, ' ')))
    .map(([text, where]) => `${where}: ${text.slice(0, 80)}`);
}
