import { expect } from '@open-wc/testing';
import { apiMarkdown, withApi, withSri } from '../scripts/api-docs.mjs';
import { version } from '../package.json';

describe('README.md', () => {
  it('documents every element exactly as custom-elements.json describes it (run `npm run docs` to refresh)', async () => {
    const readme = await fetch(new URL('../README.md', import.meta.url)).then((response) => response.text());
    // The test server serves .json files as JavaScript modules (as it does for data/).
    const manifest = (await import(new URL('../custom-elements.json', import.meta.url).href)).default;
    expect(readme).to.equal(withApi(readme, manifest));
    for (const tag of ['customs-forum-card', 'compliance-links', 'working-group-table']) {
      expect(apiMarkdown(manifest)).to.contain(`### \`<${tag}>\``);
    }
    expect(apiMarkdown(manifest)).to.contain('| `heading-level` | `headingLevel` | `number` | `2` |');
  });

  it('shows the integrity hashes of the files just built (run `npm run docs` to refresh)', async () => {
    const readme = await fetch(new URL('../README.md', import.meta.url)).then((response) => response.text());
    const integrity = (await import(new URL('../dist/integrity.json', import.meta.url).href)).default;
    expect(readme).to.equal(withSri(readme, integrity, version));
    expect(readme).to.contain(`integrity="${integrity['customs-widgets.js']}"`);
  });
});
