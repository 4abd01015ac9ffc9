// What the first layer learned: each hidden unit's incoming weights drawn as an image of the
// input's size (28×28 or 8×8), blue for positive and orange for negative weights, each unit
// scaled to its own largest |w| so faint units stay visible. Redrawn a few times a second
// while training (256 units × 784 pixels): one 32-bit store per pixel from the shared palette's
// colour table (web/shared/palette.js) into an image kept between redraws, so a redraw takes a
// few milliseconds of the frame.

import { WHITE, packedDivergingTable, palettes } from '../shared/palette.js';

// The playground's orange–blue scale with a white middle: a zero weight is blank paper.
const WORDS = packedDivergingTable({ ...palettes.standard, middle: WHITE });
const WHITE_WORD = 0xffffffff;  // every byte 255: white and opaque in either byte order

export class WeightsView {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.image = null;
    this.words = null;
  }

  /** weights: units × pixels, column-major (unit i, pixel k at [i + k·units]). */
  update(weights, units, width, height) {
    const pixels = width * height;
    const cols = Math.ceil(Math.sqrt(units)), rows = Math.ceil(units / cols);
    const gap = 1, cw = width + gap, ch = height + gap;
    if (this.canvas.width !== cols * cw || this.canvas.height !== rows * ch || !this.image) {
      this.canvas.width = cols * cw;
      this.canvas.height = rows * ch;
      this.image = this.ctx.createImageData(this.canvas.width, this.canvas.height);
      this.words = new Uint32Array(this.image.data.buffer);
    }
    const words = this.words, stride = this.canvas.width;
    words.fill(WHITE_WORD);  // the gaps between units
    for (let u = 0; u < units; ++u) {
      let max = 1e-12;
      for (let k = 0; k < pixels; ++k) max = Math.max(max, Math.abs(weights[u + k * units]));
      // tableIndex(w / max) of palette.js, inlined (a call per pixel was a third of the redraw):
      // w / max is in [−1, 1], so round((w / max + 1)·127.5) needs no clamping.
      const scale = 127.5 / max;
      const x0 = (u % cols) * cw, y0 = Math.floor(u / cols) * ch;
      for (let y = 0, k = 0; y < height; ++y) {
        const row = (y0 + y) * stride + x0;
        for (let x = 0; x < width; ++x, ++k) {
          words[row + x] = WORDS[Math.round(weights[u + k * units] * scale + 127.5)];
        }
      }
    }
    this.ctx.putImageData(this.image, 0, 0);
  }
}
