// The short version of `npm run test:hydration`: each element's prerendered page, and a page with
// every element (every other one in French), loaded a few times at 4× CPU slowdown, in turn whole
// and in pieces, from the drop-in and the autoloader, with and without a reader pointing early;
// every load hydrates with no layout shift, no console message and the same text. Runs after
// `npm run build` (it uses dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registry } from '../../scripts/elements.mjs';
import { stressHydration } from '../../scripts/hydration-stress.mjs';

// Each load waits for hydration with room for a busy machine; the whole run gets room to match.
test('every element hydrates its prerendered page without a shift or a message, load after load', { timeout: 1_200_000 }, async () => {
  const { problems, loads } = await stressHydration({ loads: 3 });
  assert.equal(loads, 3 * (registry.length + 1), 'every element is loaded, alone and all on one page');
  assert.deepEqual(problems, []);
});
