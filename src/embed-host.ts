/**
 * `dist/embed-host.js`, for a page that shows embed pages in iframes: makes each such frame as tall
 * as the page in it says it is (`{ type: 'customs-widgets:height', height }`, see
 * `embed-frame.ts`), so that it neither scrolls nor leaves a gap. No dependencies, no
 * configuration: `<script type="module" src=".../embed-host.js"></script>` anywhere on the page.
 *
 * A message counts only when it comes from an iframe's own window and from the origin that
 * iframe's `src` names: a frame that has gone to a page elsewhere (a link followed inside it), the
 * host page itself or any other window cannot resize anything.
 *
 * It also tells each such frame how the host page looks where the frame stands: its text's colour,
 * font and size, and whether the page is dark (light text), so that the embedded element reads as
 * part of the page, as it does when placed in the page itself (`{ type: 'customs-widgets:look',
 * color, font, size, dark }`). It tells again when that changes (a theme switch, the reader's
 * light or dark preference). The frame is given the same color-scheme as its page, so that the
 * browser keeps it transparent.
 */

const originOf = (frame: HTMLIFrameElement): string | undefined => {
  try {
    return new URL(frame.src).origin;
  } catch {
    return undefined;
  }
};

interface Look {
  type: 'customs-widgets:look';
  color: string;
  font: string;
  size: string;
  dark: boolean;
}

/** A 1 px canvas, made the first time a colour is read. */
let painter: CanvasRenderingContext2D | null | undefined;

/** A CSS colour as sRGB bytes, whatever syntax the browser gives it in: the canvas paints it. */
function rgbOf(color: string): number[] {
  const context = (painter ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
  if (!context) return [0, 0, 0];
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

/** How the page looks where a frame stands: the text an element placed there would inherit. */
function lookAt(frame: HTMLIFrameElement): Look {
  const style = getComputedStyle(frame);
  const [red, green, blue] = rgbOf(style.color);
  // Light text is a dark page (relative luminance, roughly: green counts most).
  const dark = 0.2126 * red + 0.7152 * green + 0.0722 * blue > 127.5;
  return { type: 'customs-widgets:look', color: style.color, font: style.fontFamily, size: style.fontSize, dark };
}

/** The frames that have told their height, each with the origin of its page and the look last told it. */
const told = new Map<HTMLIFrameElement, { origin: string; look: string }>();

function tellLook(frame: HTMLIFrameElement, origin: string): void {
  const look = lookAt(frame);
  const key = JSON.stringify(look);
  if (told.get(frame)?.look === key) return;
  told.set(frame, { origin, look: key });
  frame.style.colorScheme = look.dark ? 'dark' : 'light';
  frame.contentWindow?.postMessage(look, origin);
}

/** The page's look may have changed: tell the frames whose look did. */
function tellLooks(): void {
  for (const [frame, { origin }] of told) {
    if (frame.isConnected) tellLook(frame, origin);
    else told.delete(frame);
  }
}

matchMedia('(prefers-color-scheme: dark)').addEventListener('change', tellLooks);
// A theme switch: a class, attribute or style of the page's root or body.
new MutationObserver(tellLooks).observe(document.documentElement, { attributes: true });
const watchBody = () => new MutationObserver(tellLooks).observe(document.body, { attributes: true });
if (document.body) watchBody();
else addEventListener('DOMContentLoaded', watchBody);

addEventListener('message', ({ data, source, origin }) => {
  if (data?.type !== 'customs-widgets:height' || typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height < 0) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (!source || frame.contentWindow !== source) continue;
    if (originOf(frame) !== origin) return;
    // The content's height, plus the frame's own border and padding where the page's CSS counts them in its height.
    const style = getComputedStyle(frame);
    const box = style.boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0;
    frame.style.height = `${Math.ceil(data.height) + box}px`;
    tellLook(frame, origin);
    return;
  }
});

// Frames that told their height before this script ran are asked again.
for (const frame of document.querySelectorAll('iframe')) {
  const origin = originOf(frame);
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: 'customs-widgets:ready' }, origin);
}

export {};
