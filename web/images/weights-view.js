// What the first layer learned: each hidden unit's incoming weights drawn as an image of the
// input's size (28×28 or 8×8), blue for positive and orange for negative weights, each unit
// scaled to its own largest |w| so faint units stay visible.
export class WeightsView {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /** weights: units × pixels, column-major (unit i, pixel k at [i + k·units]). */
  update(weights, units, width, height) {
    const pixels = width * height;
    const cols = Math.ceil(Math.sqrt(units)), rows = Math.ceil(units / cols);
    const gap = 1, cw = width + gap, ch = height + gap;
    if (this.canvas.width !== cols * cw || this.canvas.height !== rows * ch) {
      this.canvas.width = cols * cw;
      this.canvas.height = rows * ch;
    }
    const image = this.ctx.createImageData(this.canvas.width, this.canvas.height);
    image.data.fill(255);
    for (let u = 0; u < units; ++u) {
      let max = 1e-12;
      for (let k = 0; k < pixels; ++k) max = Math.max(max, Math.abs(weights[u + k * units]));
      const x0 = (u % cols) * cw, y0 = Math.floor(u / cols) * ch;
      for (let k = 0; k < pixels; ++k) {
        const v = weights[u + k * units] / max;  // −1 … 1
        const x = x0 + (k % width), y = y0 + Math.floor(k / width);
        const o = 4 * (y * this.canvas.width + x);
        const a = Math.abs(v);
        // white → blue (8, 119, 189) for positive, white → orange (245, 147, 34) for negative
        const [r, g, b] = v >= 0 ? [8, 119, 189] : [245, 147, 34];
        image.data[o] = Math.round(255 + (r - 255) * a);
        image.data[o + 1] = Math.round(255 + (g - 255) * a);
        image.data[o + 2] = Math.round(255 + (b - 255) * a);
      }
    }
    this.ctx.putImageData(image, 0, 0);
  }
}
