// The colour key under the boundary: a gradient from −1 to 1 for two classes and regression,
// one swatch per class for more.
import { classColour, divergingTable, rgb } from '../../shared/palette.js';

/** scale: the bar's container; bar: its canvas; swatches: the per-class list; label(k) names class k. */
export function drawLegend({ scale, bar, swatches }, classes, label) {
  swatches.hidden = classes <= 2;
  scale.hidden = classes > 2;
  if (classes > 2) {
    swatches.replaceChildren(...Array.from({ length: classes }, (_, k) => {
      const item = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = rgb(classColour(k, classes));
      item.append(swatch, label(k));
      return item;
    }));
    return;
  }
  const ctx = bar.getContext('2d'), table = divergingTable();
  for (let x = 0; x < bar.width; x++) {
    const i = Math.round((x / (bar.width - 1)) * 255) * 3;
    ctx.fillStyle = `rgb(${table[i]},${table[i + 1]},${table[i + 2]})`;
    ctx.fillRect(x, 0, 1, bar.height);
  }
}
