/**
 * src/elements/registry.json is the one list of elements: what lists them elsewhere either derives from it
 * (Rollup inputs, the autoloader's map, size, bench, the leak test, the Storybook check, which
 * also fails for an element without stories) or is checked here against it, so adding an element
 * cannot leave one of them behind.
 */
import { expect } from '@open-wc/testing';
import registry from '../src/elements/registry.json';
import packageJson from '../package.json';
import * as library from '../src/customs-widgets.js';

const text = async (path: string) => (await fetch(new URL(`../${path}`, import.meta.url))).text();

describe('the registry of elements', () => {
  it('the drop-in entry defines and exports every element, and nothing else', () => {
    for (const { tag, class: name } of registry) {
      expect(library, name).to.have.property(name);
      expect(customElements.get(tag), tag).to.equal((library as Record<string, unknown>)[name]);
    }
    const classes = Object.entries(library).filter(([, value]) => typeof value === 'function' && Object.prototype.isPrototypeOf.call(HTMLElement, value));
    expect(classes.map(([name]) => name).sort()).to.deep.equal([...registry.map((entry) => entry.class), 'CustomsElement'].sort());
  });

  it('package.json exports one bundler entry and its types per element', () => {
    const exports = packageJson.exports as Record<string, unknown>;
    for (const { tag } of registry) {
      expect(exports[`./${tag}.js`], tag).to.deep.equal({ types: `./dist/types/${tag}/${tag}.d.ts`, default: `./dist/lib/${tag}.js` });
    }
    const elementExports = Object.keys(exports).filter((key) => /^\.\/[a-z-]+\.js$/.test(key) && !['./customs-widgets.js', './autoloader.js'].includes(key));
    expect(elementExports.length).to.equal(registry.length);
  });

  it('the README lists every element and reserves space for each', async () => {
    const readme = await text('README.md');
    const list = readme.slice(readme.indexOf('The eleven elements'), readme.indexOf('Host the file yourself'));
    const rule = readme.slice(readme.indexOf('**No layout shift.**'), readme.indexOf(':not(:defined)'));
    for (const { tag } of registry) {
      expect(list, `the README's list names ${tag}`).to.contain(`\`${tag}\``);
      expect(rule, `the README's :not(:defined) rule names ${tag}`).to.contain(tag);
      expect(readme, `the README's reference documents ${tag}`).to.contain(`### \`<${tag}>\``);
    }
  });
});
