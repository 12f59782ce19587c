/**
 * `dist/embed-host.js`, for a page that shows embed pages in iframes: makes each such frame as tall
 * as the page in it says it is (`{ type: 'customs-widgets:height', height }`, see
 * `embed-frame.ts`), so that it neither scrolls nor leaves a gap. No dependencies, no
 * configuration: `<script type="module" src=".../embed-host.js"></script>` anywhere on the page.
 *
 * A message counts only when it comes from an iframe's own window and from the origin that
 * iframe's `src` names: a frame that has gone to a page elsewhere (a link followed inside it), the
 * host page itself or any other window cannot resize anything.
 */

const originOf = (frame: HTMLIFrameElement): string | undefined => {
  try {
    return new URL(frame.src).origin;
  } catch {
    return undefined;
  }
};

addEventListener('message', ({ data, source, origin }) => {
  if (data?.type !== 'customs-widgets:height' || typeof data.height !== 'number' || !Number.isFinite(data.height) || data.height < 0) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (!source || frame.contentWindow !== source) continue;
    if (originOf(frame) !== origin) return;
    // The content's height, plus the frame's own border and padding where the page's CSS counts them in its height.
    const style = getComputedStyle(frame);
    const box = style.boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0;
    frame.style.height = `${Math.ceil(data.height) + box}px`;
    return;
  }
});

// Frames that told their height before this script ran are asked again.
for (const frame of document.querySelectorAll('iframe')) {
  const origin = originOf(frame);
  if (origin && origin !== 'null') frame.contentWindow?.postMessage({ type: 'customs-widgets:ready' }, origin);
}

export {};
