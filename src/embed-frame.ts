/**
 * The script of every embed page (`dist/embed/embed-frame.js`): tells the page that frames it how
 * tall the embed page is, at once and whenever that changes (a reader filters the table, the frame
 * gets narrower), so that the frame can be exactly as tall as its content. It speaks two
 * protocols, both to `parent`:
 * - ours, which `dist/embed-host.js` listens to: `{ type: 'customs-widgets:height', height }`;
 * - WordPress's, which its `wp-embed.js` listens to on every post that embeds a URL: `{ secret,
 *   message: 'height', value }`, with the secret WordPress puts in the frame's URL
 *   (`#?secret=…`). WordPress sizes its frames only from messages that carry their secret.
 * Both hosts may ask again, when they start after the page has told its height: ours with
 * `{ type: 'customs-widgets:ready' }`, WordPress with `{ message: 'ready', secret }`.
 *
 * From ours it also takes the look of the host page where the frame stands (`{ type:
 * 'customs-widgets:look', color, font, size, dark }`, see `embed-host.ts`): the text colour, font
 * and size the element would inherit there, and light or dark. Only values CSS accepts are used,
 * set through the CSS object model, which a strict style-src allows.
 *
 * The height is the body's, which the page's stylesheet makes a block formatting context with no
 * margin, so that it holds the whole element, margins of its content included. Heights are not
 * secret: they go to any parent (`'*'`), as WordPress's own embeds send theirs.
 *
 * The build makes it a classic script, not a module: WordPress frames a page with
 * `sandbox="allow-scripts"` and nothing else, which gives the page an opaque origin, so that a
 * module from the page's own server would be fetched cross-origin and need CORS headers. A classic
 * script needs none, and the frame is sized wherever the page is shown.
 */

/** The secret WordPress added to the page's URL (`#?secret=Ab3dE6gH9k`); it may add it after the page has loaded. */
const wordPressSecret = (): string | undefined => /[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];

/** The height last told, so that a change of width alone, or hydration, tells nothing new. */
let told = -1;

function tellHeight(again: boolean): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === told && !again) return;
  told = height;
  parent.postMessage({ type: 'customs-widgets:height', height }, '*');
  const secret = wordPressSecret();
  if (secret) parent.postMessage({ secret, message: 'height', value: height }, '*');
}

/** The host page's look, from `embed-host.js`: what the element would inherit there. */
function takeLook({ color, font, size, dark }: Record<string, unknown>): void {
  const body = document.body.style;
  if (typeof color === 'string' && CSS.supports('color', color)) body.color = color;
  if (typeof font === 'string' && CSS.supports('font-family', font)) body.fontFamily = font;
  if (typeof size === 'string' && CSS.supports('font-size', size)) body.fontSize = size;
  if (typeof dark === 'boolean') document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

// Opened on its own, the page has no one to tell.
if (parent !== window) {
  new ResizeObserver(() => tellHeight(false)).observe(document.body);
  addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const data = event.data;
    if (data?.type === 'customs-widgets:look') return takeLook(data);
    const secret = wordPressSecret();
    if (data?.type === 'customs-widgets:ready' || (secret && data?.message === 'ready' && data.secret === secret)) tellHeight(true);
  });
  // wp-embed.js gives a frame that has no secret one on load: the hash changes, the page does not reload.
  addEventListener('hashchange', () => tellHeight(true));
  // A frame its host keeps hidden until it hears from it (WordPress does) may never lay out, so
  // the observer would never call: tell at once, and again once everything has loaded.
  tellHeight(true);
  addEventListener('load', () => tellHeight(true));
}

export {};
