// One small histogram from the core ({lo, hi, counts}) on a canvas: bars scaled to the tallest,
// a base line, the range's ends (and 0 when it lies inside) written under it. The page never
// bins anything itself; the core counted.
import { fitCanvas } from '../../shared/hidpi.js';

const AXIS = 13;  // CSS pixels under the bars for the tick labels

/** A short number for an axis end: 0.5, −2, 1e-3. */
export function tickText(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a >= 0.01 && a < 1000 ? String(Number(v.toPrecision(2))) : v.toExponential(0);
  return s.replace('-', '−');
}

/**
 * Draws h on canvas (sized by CSS; the backing store follows the device pixel ratio).
 * options: colour of the bars; zeroColour for the bin that holds 0 (L1's spike), if any.
 */
export function drawHistogram(canvas, h, { colour = '#0877bd', zeroColour = null } = {}) {
  const { ctx, width: w, height: ht } = fitCanvas(canvas);
  const bins = h.counts.length, base = ht - AXIS;
  const max = Math.max(1, ...h.counts);
  const bw = w / bins;
  const zeroBin = h.lo <= 0 && h.hi > 0 ? Math.min(bins - 1, Math.floor(((0 - h.lo) / (h.hi - h.lo)) * bins)) : -1;
  for (let k = 0; k < bins; k++) {
    const bh = (h.counts[k] / max) * (base - 2);
    if (h.counts[k] > 0 && bh < 1) continue;
    ctx.fillStyle = k === zeroBin && zeroColour ? zeroColour : colour;
    ctx.fillRect(k * bw + 0.5, base - Math.max(1, bh), Math.max(1, bw - 1), Math.max(1, bh));
  }
  ctx.fillStyle = '#9aa0a6';
  ctx.fillRect(0, base, w, 1);
  ctx.fillStyle = '#5f6368';
  ctx.font = '10px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillText(tickText(h.lo), 0, base + 2);
  ctx.textAlign = 'right';
  ctx.fillText(tickText(h.hi), w, base + 2);
  if (h.lo < 0 && h.hi > 0) {
    const x0 = ((0 - h.lo) / (h.hi - h.lo)) * w;
    ctx.textAlign = 'center';
    ctx.fillText('0', x0, base + 2);
    ctx.fillRect(Math.round(x0), base, 1, 3);
  }
}
