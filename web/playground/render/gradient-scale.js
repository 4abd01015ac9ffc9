// One absolute colour scale for gradients across the whole network: a logarithmic map of |g|
// from 10⁻⁴ (white) to 1 (full colour), sign kept. Every layer uses the same map, so the
// colours fade as training converges instead of being rescaled to each layer's largest value
// (which made the gradients look equally strong at the start and at convergence).
import { cssColor, divergingTable } from '../../shared/palette.js';

export const GRADIENT_FLOOR = 1e-4;
export const GRADIENT_CEIL = 1;
const DECADES = Math.log10(GRADIENT_CEIL / GRADIENT_FLOOR);

/** g ↦ r in [−1, 1]: 0 for |g| ≤ 10⁻⁴, ±1 for |g| ≥ 1, logarithmic between. */
export function gradientLevel(g) {
  const a = Math.abs(g);
  if (!(a > GRADIENT_FLOOR)) return 0;
  return Math.sign(g) * Math.min(1, Math.log10(a / GRADIENT_FLOOR) / DECADES);
}

/** The key under the diagram (after `container`, so rebuilding the diagram keeps it). */
export function gradientLegend(container) {
  let el = container.parentElement.querySelector(':scope > .gradient-legend');
  if (el) return el;
  el = document.createElement('div');
  el.className = 'gradient-legend';
  const bar = document.createElement('canvas');
  bar.width = 240;
  bar.height = 8;
  const ctx = bar.getContext('2d'), table = divergingTable();
  for (let x = 0; x < bar.width; x++) {
    ctx.fillStyle = cssColor(table, (2 * x) / (bar.width - 1) - 1);
    ctx.fillRect(x, 0, 1, bar.height);
  }
  const ticks = document.createElement('div');
  ticks.className = 'ticks';
  ticks.innerHTML = '<span>−1</span><span>−0.01</span><span>0</span><span>0.01</span><span>1</span>';
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = '∂L/∂w, ∂L/∂a';
  const strip = document.createElement('div');
  strip.append(bar, ticks);
  el.append(title, strip);
  container.after(el);
  return el;
}
