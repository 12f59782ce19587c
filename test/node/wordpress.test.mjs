// The WordPress plugin, dist/wordpress/customs-widgets.zip, first as a file, then installed in a
// real WordPress (Debian's packages, started by ./wordpress-site.mjs). There, as an Author, who
// lacks `unfiltered_html` (as Contributors do; Editors and Administrators have it on a single site):
// - the element typed into a post is stripped when the post is saved (why the plugin exists);
// - the shortcode and the block show the facts in Chromium, from the site's own files, with no
//   console error; the editor offers every block and previews it;
// - the plugin keeps every value the elements accept and leaves out every one they refuse;
// - an embed page's address on a line of its own becomes an iframe that grows to its content,
//   for each role (skipped until the build writes dist/embed/).
// On a machine without the packages the WordPress part is reported and skipped; under CI (CI set,
// not "false" or "0") it fails instead, since CI installs them (.ci/run). Runs after `npm run build`.
// WORDPRESS_SCREENSHOTS=DIR also writes screenshots of a post and of the editor there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { launchChromium } from '../../scripts/chromium.mjs';
import { prerender } from '../../dist/lib/prerender.js';
import { ROLES, missingPackages, startWordPress } from './wordpress-site.mjs';

const root = resolve(import.meta.dirname, '../..');
const ZIP = join(root, 'dist/wordpress/customs-widgets.zip');
const registry = JSON.parse(readFileSync(join(root, 'src/elements/registry.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const singapore = JSON.parse(readFileSync(join(root, 'data/compliance.json'), 'utf8')).countries.find((country) => country.code === 'SG');

const ci = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);
const missing = missingPackages();
const skipWordPress = missing && !ci ? `needs Debian's ${missing.join(', ')} (apt-get install wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server); CI installs them` : false;
if (skipWordPress) console.log(`WordPress test skipped: it ${skipWordPress}`);
const skipEmbed = existsSync(join(root, 'dist/embed')) ? false : 'the build wrote no embed pages (dist/embed/)';
const screenshots = process.env.WORDPRESS_SCREENSHOTS;

const unzipped = () => Object.fromEntries(Object.entries(unzipSync(readFileSync(ZIP))).map(([path, bytes]) => [path, Buffer.from(bytes)]));

test('the plugin zip holds a block per element, generated from the library, and the library from dist/', () => {
  const files = unzipped();
  const paths = Object.keys(files);
  assert.ok(paths.every((path) => path.startsWith('customs-widgets/')), 'everything in one folder, as WordPress unpacks an uploaded plugin');
  for (const file of ['customs-widgets.php', 'readme.txt', 'LICENSE', 'editor.js', 'includes/rules.php', 'blocks/render.php', 'assets/autoloader.js', 'assets/customs-widgets.js', 'assets/until-defined.css']) {
    assert.ok(paths.includes(`customs-widgets/${file}`), `${file} is in the zip`);
  }
  const header = files['customs-widgets/customs-widgets.php'].toString();
  assert.match(header, /Requires at least: 6\.1/);
  assert.match(header, new RegExp(`Version: +${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version.replaceAll('.', '\\.')}\\n`));
  assert.deepEqual(paths.filter((path) => path.endsWith('.map')), [], 'no source maps');
  // Every file the autoloader may load is there, as in dist/, byte for byte.
  for (const path of paths.filter((file) => file.startsWith('customs-widgets/assets/') && !file.endsWith('until-defined.css'))) {
    assert.ok(files[path].equals(readFileSync(join(root, 'dist', path.slice('customs-widgets/assets/'.length)))), `${path} is dist/'s`);
  }
  const declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => [declaration.tagName, declaration]));
  for (const { tag } of registry) {
    const block = JSON.parse(files[`customs-widgets/blocks/${tag}/block.json`]);
    assert.equal(block.name, `customs-widgets/${tag}`);
    assert.equal(block.render, 'file:../render.php');
    assert.deepEqual(Object.keys(block.attributes), declarations.get(tag).attributes.map((attribute) => attribute.fieldName), `${tag}'s block has the element's attributes as settings`);
  }
});

test('the plugin zip is the same bytes when built again', () => {
  const folder = mkdtempSync(join(tmpdir(), 'customs-plugin-'));
  try {
    execFileSync(process.execPath, ['scripts/build-wordpress.mjs', join(folder, 'again.zip')], { cwd: root, stdio: 'ignore', env: { ...process.env, TZ: 'Pacific/Auckland' } });
    assert.ok(readFileSync(join(folder, 'again.zip')).equals(readFileSync(ZIP)), 'built in another time zone, the zip is the same');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the plugin in a real WordPress', { skip: skipWordPress, timeout: 600_000 }, async (t) => {
  if (missing) assert.fail(`CI is set, and Debian's packages are missing: ${missing.join(', ')} (.ci/run installs them)`);
  const began = Date.now();
  const wordpress = await startWordPress({ pluginZip: ZIP });
  const browser = await launchChromium();
  t.diagnostic(`WordPress up in ${((Date.now() - began) / 1000).toFixed(1)} s at ${wordpress.base}`);
  let failed = false;
  /** A subtest that remembers it failed, so that the logs are shown at the end. */
  const check = (name, fn, options = {}) =>
    t.test(name, options, async (st) => {
      try {
        await fn(st);
      } catch (error) {
        failed = true;
        throw error;
      }
    });

  /** A post made through the REST API by a user of this role: what the editor does when it saves. */
  const post = async (role, title, content, status = 'publish') => {
    const { status: code, json } = await wordpress.rest(role, 'POST', '/wp/v2/posts', { body: { title, content, status } });
    assert.equal(code, 201, `${role} made the post: ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };

  /**
   * Opens a page in Chromium, recording console errors, errors thrown, and requests to anywhere
   * but the site; `width` in CSS pixels. Readers are not logged in: only the editor's test is, in
   * a browser context of its own.
   */
  const open = async (url, width = 1280, context = browser) => {
    const page = await context.newPage();
    await page.setViewport({ width, height: 900 });
    const errors = [];
    const elsewhere = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The site has no favicon: not the plugin's to fix.
    page.on('console', (message) => message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico') && errors.push(`${message.text()} (${message.location()?.url ?? ''})`));
    page.on('request', (request) => !request.url().startsWith(`${wordpress.base}/`) && !request.url().startsWith('data:') && elsewhere.push(request.url()));
    await page.goto(url, { waitUntil: 'networkidle0' });
    return { page, errors, elsewhere };
  };

  /** The text of the first element with this tag, once it has rendered the facts (in its shadow root). */
  const shownText = (page, tag, expected) =>
    page
      .waitForFunction(
        (tag, expected) => {
          const text = globalThis.document.querySelector(tag)?.shadowRoot?.textContent ?? '';
          return text.includes(expected) && text;
        },
        { timeout: 30_000 },
        tag,
        expected,
      )
      .then((handle) => handle.jsonValue());

  try {
    await check('Authors and Contributors have no unfiltered_html; on a single site, Editors and Administrators have it', () => {
      assert.deepEqual(
        ROLES.filter((role) => wordpress.users[role].unfilteredHtml),
        ['editor', 'administrator'],
      );
    });

    await check('the element typed into a post by an Author is stripped when the post is saved', async () => {
      const saved = await post('author', 'Typed in', '<compliance-links country="SG"></compliance-links>');
      const { json } = await wordpress.rest('author', 'GET', `/wp/v2/posts/${saved.id}`, { query: { context: 'edit' } });
      assert.doesNotMatch(json.content.raw, /compliance-links/, `saved as ${JSON.stringify(json.content.raw)}`);
    });

    const facts = singapore.portals.map((portal) => portal.name);
    for (const [kind, content, markup] of [
      ['shortcode', '[customs_widget tag="compliance-links" country="SG"]', '<compliance-links country="SG"></compliance-links>'],
      ['block', '<!-- wp:customs-widgets/compliance-links {"country":"SG"} /-->', '<compliance-links class="wp-block-customs-widgets-compliance-links" country="SG"></compliance-links>'],
    ]) {
      await check(`the ${kind}, in an Author's post, shows the facts from the site's own files with no console error`, async () => {
        const saved = await post('author', `The ${kind}`, content);
        const { page, errors, elsewhere } = await open(saved.link);
        try {
          const html = await page.content();
          assert.ok(html.includes(markup), `the page holds ${markup}`);
          assert.match(html, /<script type="module" src="[^"]*\/wp-content\/plugins\/customs-widgets\/assets\/autoloader\.js[^"]*"/);
          assert.match(html.slice(0, html.indexOf('</head>')), /<link[^>]+id=["']customs-widgets-css["']/, 'the rule that keeps the element\'s room is in the head');
          const text = await shownText(page, 'compliance-links', facts[0]);
          for (const fact of [singapore.name, ...facts]) assert.ok(text.includes(fact), `it shows “${fact}”`);
          assert.deepEqual(errors, [], 'no console error');
          assert.deepEqual(elsewhere, [], 'no request leaves the site');
        } finally {
          await page.close();
        }
      });
    }

    await check('the editor offers every block, and previews one as readers will see it', async () => {
      const session = await browser.createBrowserContext();
      const { page, errors } = await open(`${wordpress.base}/wp-login.php`, 1280, session);
      try {
        await page.type('#user_login', 'author');
        await page.type('#user_pass', wordpress.users.author.password);
        await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
        await page.goto(`${wordpress.base}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
        const offered = await page.waitForFunction(
          () => {
            const { data } = globalThis.wp ?? {};
            const items = data?.select('core/block-editor').getInserterItems();
            return items?.length && items.map((item) => item.name).filter((name) => name.startsWith('customs-widgets/'));
          },
          { timeout: 60_000 },
        );
        assert.deepEqual((await offered.jsonValue()).sort(), registry.map(({ tag }) => `customs-widgets/${tag}`).sort());
        await page.evaluate(() => {
          const { data, blocks } = globalThis.wp;
          if (data.select('core/edit-post').isFeatureActive('welcomeGuide')) data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
          const block = blocks.createBlock('customs-widgets/compliance-links', { country: 'SG', headingLevel: 3 });
          data.dispatch('core/block-editor').insertBlocks(block);
          data.dispatch('core/block-editor').selectBlock(block.clientId);
          data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        });
        const text = await shownText(page, '.editor-styles-wrapper compliance-links', facts[0]);
        assert.ok(text.includes(singapore.name));
        assert.deepEqual(
          await page.evaluate(() => globalThis.document.querySelector('.editor-styles-wrapper compliance-links').shadowRoot.querySelector('h3')?.textContent.trim()),
          'Informed Compliance publications',
          'the setting reaches the element (heading-level 3)',
        );
        // The settings are named in words, not as attributes (textContent: WordPress shows labels in capitals).
        const settings = await page.waitForFunction(() => globalThis.document.querySelector('.block-editor-block-inspector')?.textContent.includes('Heading level') && globalThis.document.querySelector('.block-editor-block-inspector').textContent, { timeout: 30_000 });
        assert.match(await settings.jsonValue(), /Country[\s\S]*Heading level[\s\S]*Language/);
        if (screenshots) {
          mkdirSync(screenshots, { recursive: true });
          await page.setViewport({ width: 1280, height: 900 });
          await page.screenshot({ path: join(screenshots, 'wordpress-editor.png') });
        }
        assert.deepEqual(errors.filter((error) => /customs-widgets/.test(error)), [], 'no console error from the plugin');
      } finally {
        await session.close();
      }
    });

    await check('the plugin keeps every value each element accepts, and leaves out, with a comment, every one it refuses', async () => {
      const rules = wordpress.php('echo wp_json_encode( customs_widgets_rules() );');
      const samples = attributeSamples(rules);
      const outputs = wordpress.php(
        `$out = array();
foreach ( $input as $shortcode ) {
	$out[] = do_shortcode( $shortcode );
}
echo wp_json_encode( array( 'out' => $out ) );`,
        samples.map((sample) => sample.shortcode),
      ).out;
      const kept = [];
      samples.forEach((sample, index) => {
        const output = outputs[index];
        const tag = new RegExp(`<${sample.tag}\\b[^>]*>`).exec(output)?.[0];
        assert.ok(tag, `${sample.shortcode} writes <${sample.tag}>: ${output}`);
        const written = new RegExp(` ${sample.attribute}(?:="([^"]*)")?[ >]`).exec(tag);
        if (sample.expect === 'dropped') {
          assert.equal(written, null, `${sample.shortcode} leaves ${sample.attribute} out: ${tag}`);
          assert.match(output, new RegExp(`<!-- customs-widgets: ${sample.attribute}="[^]*?dropped`), `${sample.shortcode} says why in a comment`);
        } else {
          assert.ok(written, `${sample.shortcode} keeps ${sample.attribute}: ${output}`);
          assert.equal(written[1] ?? true, sample.written, `${sample.shortcode} writes ${sample.attribute} as the element names it`);
          if (sample.prerender) kept.push(tag);
        }
      });
      // What the plugin keeps, the elements show with no notice; what it leaves out, they refuse.
      const notices = async (markups) => {
        const lines = new Set();
        await prerender(markups.join('\n'), { warn: (_, where) => lines.add(where.line) });
        return markups.map((_, index) => lines.has(index + 1));
      };
      const keptNotices = await notices(kept);
      assert.deepEqual(kept.filter((_, index) => keptNotices[index]), [], 'the elements accept all the plugin keeps');
      const refused = samples.filter((sample) => sample.expect === 'dropped' && sample.elementRefuses);
      const refusedNotices = await notices(refused.map((sample) => sample.element));
      assert.deepEqual(refused.filter((_, index) => !refusedNotices[index]).map((sample) => sample.element), [], 'the elements refuse all the plugin leaves out');
      t.diagnostic(`${samples.length} attribute values checked against the elements`);

      const unknown = wordpress.php(`echo wp_json_encode( array( 'out' => do_shortcode( '[customs_widget tag="compliance-links" contry="SG"]' ) ) );`).out;
      assert.ok(unknown.includes('<!-- customs-widgets: unknown attribute "contry" dropped; did you mean "country"? -->'), unknown);
      assert.ok(unknown.includes('<compliance-links></compliance-links>'), unknown);
      const noTag = wordpress.php(`echo wp_json_encode( array( 'out' => do_shortcode( '[customs_widget tag="compliance-link"]' ) ) );`).out;
      assert.match(noTag, /^<!-- customs-widgets: tag="compliance-link" is not an element \(one of [^)]+\); nothing shown -->\s*$/);
      // Given a file of the site's own, an id the bundled data lacks may be in it: the element checks.
      const ownData = wordpress.php(`echo wp_json_encode( array( 'out' => do_shortcode( '[customs_widget tag="working-group-table" src="/bodies.json" bodies="new-body"]' ) ) );`).out;
      assert.ok(ownData.includes('<working-group-table src="/bodies.json" bodies="new-body"></working-group-table>'), ownData);
      const elsewhere = wordpress.php(`echo wp_json_encode( array( 'out' => do_shortcode( '[customs_widget tag="working-group-table" src="https://elsewhere.example/bodies.json" bodies="new-body"]' ) ) );`).out;
      assert.ok(elsewhere.includes('<working-group-table></working-group-table>'), elsewhere);
      const hostile = wordpress.php(`echo wp_json_encode( array( 'out' => do_shortcode( '[customs_widget tag="compliance-links" x--="--><script>alert(1)</script>" country="SG--><b>"]' ) ) );`).out;
      assert.doesNotMatch(hostile, /<script|<b>|-->[^\n]*-->/, `nothing typed ends a comment or adds markup: ${hostile}`);
    });

    await check('an embed page’s address on a line of its own becomes an iframe that grows to its content, for every role that may write a post', async (st) => {
      // Served by the site itself: WordPress fetches a page on 127.0.0.1 only from its own host and
      // port (or ports 80, 443, 8080, which a test cannot count on having).
      const url = serveEmbedPages(wordpress, 'customs-widgets-dist');
      for (const role of ROLES.filter((candidate) => candidate !== 'subscriber')) {
        await st.test(role, async () => {
          // The editor's preview: the oEmbed proxy, open to every role that may edit posts.
          const preview = await wordpress.rest(role, 'GET', '/oembed/1.0/proxy', { query: { url } });
          assert.equal(preview.status, 200, `the editor can preview it for ${role}: ${JSON.stringify(preview.json).slice(0, 300)}`);
          // A Contributor's post is published by someone else; its content stays as saved.
          const saved = await post(role, `Embedded by ${role}`, `Our compliance links:\n\n${url}\n`, role === 'contributor' ? 'pending' : 'publish');
          if (role === 'contributor') wordpress.php(`wp_publish_post( ${saved.id} ); echo '{}';`);
          const { page, errors } = await open(`${wordpress.base}/?p=${saved.id}`);
          try {
            const iframe = await page.waitForSelector('iframe.wp-embedded-content', { timeout: 30_000 });
            const frame = await iframe.contentFrame();
            // The bottom of the page's lowest box (a frame's own scroll height is never less than its height).
            const content = await frame.evaluate(() => Math.ceil(Math.max(0, ...[...globalThis.document.body.children].map((child) => child.getBoundingClientRect().bottom))));
            assert.ok(content > 0, 'the embed page shows something');
            // WordPress sets the height the page asks for, kept within 200 to 1,000 px (wp-embed.js):
            // all of the content shows, with no more room below it than an element's margin.
            const wanted = Math.min(1000, Math.max(200, content));
            await page.waitForFunction((iframe, wanted) => Math.abs(iframe.clientHeight - wanted) <= 24, { timeout: 30_000 }, iframe, wanted);
            const height = await iframe.evaluate((element) => element.clientHeight);
            assert.ok(height >= wanted - 2, `the iframe (${height} px) shows all of its content (${content} px)`);
            assert.deepEqual(errors, []);
          } finally {
            await page.close();
          }
        });
      }
      const subscriber = await wordpress.rest('subscriber', 'GET', '/oembed/1.0/proxy', { query: { url } });
      assert.equal(subscriber.status, 403, 'a Subscriber, who cannot edit posts, gets no preview');
    }, { skip: skipEmbed });

    if (screenshots) {
      await check('screenshots of a post with the shortcode and the block', async () => {
        const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
        const content = [
          paragraph('As a shortcode:'),
          '<!-- wp:shortcode -->\n[customs_widget tag="compliance-links" country="SG"]\n<!-- /wp:shortcode -->',
          paragraph('As a block:'),
          '<!-- wp:customs-widgets/working-group-table {"sort":"established","columns":"name,acronym,established,chair"} /-->',
        ];
        const saved = await post('author', 'Informed Compliance in ASEAN', content.join('\n\n'));
        for (const width of [1280, 375]) {
          const { page } = await open(saved.link, width);
          await shownText(page, 'compliance-links', facts[0]);
          await page.screenshot({ path: join(screenshots, `wordpress-post-${width}.png`), fullPage: true });
          await page.close();
        }
      });
    }

    await check('PHP reported nothing about the plugin', () => {
      const lines = wordpress.debugLog().split('\n').filter((line) => line.includes('/plugins/customs-widgets/'));
      assert.deepEqual(lines, []);
    });
  } finally {
    if (failed) console.log(wordpress.logs());
    await browser.close();
    wordpress.stop();
    t.diagnostic(`WordPress test done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  }
});

/**
 * Copies dist/ into the site, at `/${folder}/`, and returns the address of the compliance-links
 * embed page there. WordPress takes the page's oEmbed link and the iframe's `src` in the oEmbed
 * answer as they are written, never resolving them against the page: as an agency would, the
 * example pages are written again with `embed --base-url`, the address they are served from.
 */
function serveEmbedPages(wordpress, folder) {
  const served = join(wordpress.site, folder);
  cpSync(join(root, 'dist'), served, { recursive: true });
  const base = `${wordpress.base}/${folder}/embed/`;
  execFileSync(process.execPath, [join(root, 'bin/customs-widgets.js'), 'embed', '--out', join(served, 'embed'), '--base-url', base], { stdio: 'pipe' });
  return new URL('compliance-links.html', base).href;
}

/**
 * Values to give each attribute through the shortcode, from the plugin's rules: every name of every
 * id an attribute accepts, and for each kind of value some the element accepts and some it
 * refuses. Each sample has the registry's example attributes besides (an element needing one
 * value, a forum or a member state, shows a notice without it).
 */
function attributeSamples(rules) {
  const samples = [];
  for (const { tag, example } of registry) {
    // `prerender: false`: a value the server renderer would not check (a file to fetch).
    const add = (attribute, value, expect, { written, elementRefuses = false, prerender = true } = {}) => {
      const attrs = { ...example, [attribute]: value };
      const shortcodeAttrs = Object.entries(attrs).map(([name, given]) => (given === true ? ` ${name}` : ` ${name}="${given}"`));
      const elementAttrs = Object.entries(attrs).map(([name, given]) => (given === true ? ` ${name}` : ` ${name}="${String(given).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`));
      samples.push({ tag, attribute, expect, written, elementRefuses, prerender, shortcode: `[customs_widget tag="${tag}"${shortcodeAttrs.join('')}]`, element: `<${tag}${elementAttrs.join('')}></${tag}>` });
    };
    for (const [attribute, rule] of Object.entries(rules[tag])) {
      switch (rule.kind) {
        case 'names':
          for (const [id, names] of Object.entries(rule.names)) for (const name of [id, ...names]) add(attribute, name, 'kept', { written: id });
          add(attribute, rule.accepted.slice(0, 2).join(', '), 'kept', { written: rule.accepted.slice(0, 2).join(',') });
          add(attribute, 'nothing-at-all', 'dropped', { elementRefuses: true });
          break;
        case 'choice':
          for (const value of rule.accepted) add(attribute, value.toUpperCase(), 'kept', { written: value });
          add(attribute, '9x', 'dropped', { elementRefuses: true });
          break;
        case 'sort':
          for (const column of rule.accepted) {
            add(attribute, column, 'kept', { written: column });
            add(attribute, `-${column.toUpperCase().replaceAll('-', '_')}`, 'kept', { written: `-${column}` });
          }
          add(attribute, 'colour', 'dropped', { elementRefuses: true });
          break;
        case 'year':
          add(attribute, '2003', 'kept', { written: '2003' });
          add(attribute, '03', 'dropped', { elementRefuses: true });
          break;
        case 'count':
          add(attribute, '2', 'kept', { written: '2' });
          add(attribute, '0', 'dropped', { elementRefuses: true });
          break;
        case 'boolean':
          add(attribute, true, 'kept', { written: true });
          add(attribute, 'yes', 'kept', { written: true });
          // Stricter than HTML, where any value means present: a typo is not taken for "true".
          add(attribute, 'maybe', 'dropped');
          break;
        case 'language':
          add(attribute, 'fr', 'kept', { written: 'fr' });
          add(attribute, 'fr_FR', 'dropped');
          break;
        case 'url':
          add(attribute, '/wp-content/uploads/bodies.json', 'kept', { written: '/wp-content/uploads/bodies.json', prerender: false });
          // The element would fetch it: a request leaving the site.
          add(attribute, 'https://elsewhere.example/bodies.json', 'dropped');
          add(attribute, '//elsewhere.example/bodies.json', 'dropped');
          break;
        case 'text':
          add(attribute, 'customs', 'kept', { written: 'customs' });
          break;
        default:
          assert.fail(`no samples for ${tag}'s ${attribute} (${rule.kind})`);
      }
    }
  }
  return samples;
}
