// Draws an n×n grid of values into a small canvas through ImageData; CSS scales it up
// (image-rendering keeps it smooth or crisp as the caller chooses).
import { classShade, packedTable } from '../../shared/palette.js';

export class Heatmap {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.image = null;
  }

  /**
   * values: at least offset + n² numbers, row-major from the top-left cell.
   * map(v) → value in [−1, 1] to colour; discretize snaps to the sign.
   */
  update(values, n, { offset = 0, stride = 1, map = (v) => v, discretize = false } = {}) {
    if (this.canvas.width !== n) { this.canvas.width = n; this.canvas.height = n; this.image = null; }
    this.image ??= this.ctx.createImageData(n, n);
    // One 32-bit store per cell from the packed palette (palette.js).
    const words = new Uint32Array(this.image.data.buffer), table = packedTable();
    for (let i = 0, j = offset, count = n * n; i < count; i++, j += stride) {
      let v = map(values[j]);
      if (discretize) v = v >= 0 ? 1 : -1;
      let k = Math.round((v + 1) * 127.5);
      k = k < 0 ? 0 : k > 255 ? 255 : k;
      words[i] = table[k | 0];
    }
    this.ctx.putImageData(this.image, 0, 0);
  }

  /**
   * Softmax outputs: `values` holds `classes` probabilities per cell (cell-major). Each cell
   * takes the colour of its most probable class, faded toward white as that probability
   * falls to chance (1/classes); discretize shows the class colour at full strength.
   */
  updateClasses(values, n, { classes, discretize = false }) {
    if (this.canvas.width !== n) { this.canvas.width = n; this.canvas.height = n; this.image = null; }
    this.image ??= this.ctx.createImageData(n, n);
    const px = this.image.data, chance = 1 / classes;
    for (let i = 0, count = n * n; i < count; i++) {
      let best = 0, p = values[i * classes];
      for (let k = 1; k < classes; k++) if (values[i * classes + k] > p) { p = values[i * classes + k]; best = k; }
      const c = classShade(best, classes, discretize ? 1 : (p - chance) / (1 - chance));
      const o = i * 4;
      px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2]; px[o + 3] = 255;
    }
    this.ctx.putImageData(this.image, 0, 0);
  }

  /** One class's probability (values[offset + i·stride]) from white to the class colour. */
  updateProbability(values, n, { offset, stride, classes }) {
    if (this.canvas.width !== n) { this.canvas.width = n; this.canvas.height = n; this.image = null; }
    this.image ??= this.ctx.createImageData(n, n);
    const px = this.image.data;
    for (let i = 0, count = n * n; i < count; i++) {
      const c = classShade(offset, classes, values[offset + i * stride]);
      const o = i * 4;
      px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2]; px[o + 3] = 255;
    }
    this.ctx.putImageData(this.image, 0, 0);
  }
}
