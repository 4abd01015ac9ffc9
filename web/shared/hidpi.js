// A chart's canvas drawn crisp on any screen: its backing store follows the element's CSS
// size × devicePixelRatio, and drawing happens in CSS pixels. The one copy every chart uses.

/**
 * Sizes `canvas` for this frame and clears it; returns {ctx, width, height} in CSS pixels
 * (the fallbacks when the element has no layout yet, e.g. hidden: the canvas's own size).
 */
export function fitCanvas(canvas, fallbackWidth = canvas.width, fallbackHeight = canvas.height) {
  const ratio = globalThis.devicePixelRatio || 1;
  const width = canvas.clientWidth || fallbackWidth, height = canvas.clientHeight || fallbackHeight;
  const W = Math.round(width * ratio), H = Math.round(height * ratio);
  if (canvas.width !== W || canvas.height !== H) { canvas.width = W; canvas.height = H; }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return { ctx, width, height };
}
