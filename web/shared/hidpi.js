// A chart's canvas drawn crisp on any screen: its backing store follows the element's CSS
// size × devicePixelRatio, and drawing happens in CSS pixels. The one copy every chart uses.
//
// The CSS size comes from a ResizeObserver, not from reading clientWidth: charts are drawn
// every frame while training, after the frame has written text (epoch, losses), and reading
// layout there forces a style and layout pass in the middle of the frame (1.6 ms of an 8 × 8
// playground frame, bench/profile-frame.mjs). Layout is read once, the first time a canvas is
// drawn; after that the observer keeps its size, reported after each layout that changed it.

const sizes = new WeakMap();  // canvas → {width, height} in CSS pixels (0 × 0 while hidden)
const observer = typeof ResizeObserver === 'function'
  ? new ResizeObserver((entries) => {
    for (const e of entries) sizes.set(e.target, { width: e.target.clientWidth, height: e.target.clientHeight });
  })
  : null;

/** The element's CSS size {width, height} without a layout read once it is known (see above). */
export function cssSize(canvas) {
  let size = sizes.get(canvas);
  if (!size || !observer) {
    size = { width: canvas.clientWidth, height: canvas.clientHeight };
    if (observer) { sizes.set(canvas, size); observer.observe(canvas); }
  }
  return size;
}

/**
 * Sizes `canvas` for this frame and clears it; returns {ctx, width, height} in CSS pixels
 * (the fallbacks when the element has no layout yet, e.g. hidden: the canvas's own size).
 */
export function fitCanvas(canvas, fallbackWidth = canvas.width, fallbackHeight = canvas.height) {
  const ratio = globalThis.devicePixelRatio || 1;
  const css = cssSize(canvas);
  const width = css.width || fallbackWidth, height = css.height || fallbackHeight;
  const W = Math.round(width * ratio), H = Math.round(height * ratio);
  if (canvas.width !== W || canvas.height !== H) { canvas.width = W; canvas.height = H; }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, width, height };
}
