// Every thumbnail of the network diagram in one image: each node owns an n×n slot of one
// ImageData, written straight from the core's grid views (a typed-array view into the WASM
// heap) with one 32-bit store per pixel, put on one small canvas with a single putImageData per
// frame and scaled onto the diagram with drawImage. One canvas and one upload per frame instead
// of one per neuron (the 8 × 8 network has 73 thumbnails).
import { classShade, packedTable, paletteName } from '../../shared/palette.js';

const COLUMNS = 16;  // slots per atlas row

export class ThumbnailAtlas {
  constructor() {
    this.canvas = document.createElement('canvas');
    this.ctx = this.canvas.getContext('2d');
    this.n = 0;
    this.slots = 0;
    this.image = null;
    this.words = null;
    this.dirty = false;
    this.painted = new Map();  // slot → key of what it shows, for slots that rarely change
  }

  /** Room for `slots` thumbnails of n×n cells (drops what was painted if the shape changes). */
  reserve(slots, n) {
    if (slots === this.slots && n === this.n) return;
    this.slots = slots;
    this.n = n;
    const cols = Math.min(COLUMNS, Math.max(1, slots)), rows = Math.max(1, Math.ceil(slots / COLUMNS));
    this.canvas.width = cols * n;
    this.canvas.height = rows * n;
    this.image = this.ctx.createImageData(this.canvas.width, this.canvas.height);
    this.words = new Uint32Array(this.image.data.buffer);
    this.painted.clear();
    this.dirty = true;
  }

  /** True if `slot` already shows `key` (e.g. a feature's fixed picture in this palette). */
  shows(slot, key) { return this.painted.get(slot) === `${key}|${paletteName()}`; }

  /**
   * Paints slot from values[offset + i·stride] (row-major n×n, top-left first), each mapped
   * to [−1, 1] by map(v) if given, else v·scale + shift, then to the diverging palette;
   * discretize snaps to the sign. `key`
   * marks a slot whose picture stays until the key changes (see shows()).
   */
  paint(slot, values, { offset = 0, stride = 1, map = null, scale = 1, shift = 0, discretize = false, key = null }) {
    const { n, words } = this, table = packedTable(), width = this.canvas.width;
    const x0 = (slot % COLUMNS) * n, y0 = Math.floor(slot / COLUMNS) * n;
    for (let y = 0, i = offset; y < n; y++) {
      let o = (y0 + y) * width + x0;
      for (let x = 0; x < n; x++, i += stride, o++) {
        let v = map ? map(values[i]) : values[i] * scale + shift;
        if (discretize) v = v >= 0 ? 1 : -1;
        // tableIndex(v) of palette.js, inlined: round((v + 1)·127.5) clamped to 0 … 255.
        let k = Math.round((v + 1) * 127.5);
        k = k < 0 ? 0 : k > 255 ? 255 : k;
        words[o] = table[k | 0];  // NaN ends up at index 0, as tableIndex does
      }
    }
    if (key === null) this.painted.delete(slot); else this.painted.set(slot, `${key}|${paletteName()}`);
    this.dirty = true;
  }

  /** One class's probability (values[offset + i·stride]) from white to the class colour. */
  paintProbability(slot, values, { offset, stride, classes }) {
    const { n } = this, px = this.image.data, width = this.canvas.width;
    const x0 = (slot % COLUMNS) * n, y0 = Math.floor(slot / COLUMNS) * n;
    for (let y = 0, i = offset; y < n; y++)
      for (let x = 0; x < n; x++, i += stride) {
        const c = classShade(offset, classes, values[i]), o = 4 * ((y0 + y) * width + x0 + x);
        px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2]; px[o + 3] = 255;
      }
    this.painted.delete(slot);
    this.dirty = true;
  }

  /** Uploads what was painted since the last call (one putImageData). */
  flush() {
    if (!this.dirty) return;
    this.ctx.putImageData(this.image, 0, 0);
    this.dirty = false;
  }

  /** Draws slot scaled to size×size with its top-left corner at (x, y). */
  draw(ctx, slot, x, y, size) {
    const { n } = this;
    ctx.drawImage(this.canvas, (slot % COLUMNS) * n, Math.floor(slot / COLUMNS) * n, n, n, x, y, size, size);
  }
}
