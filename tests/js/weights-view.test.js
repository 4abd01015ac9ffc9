// The images page's first-layer view draws from the shared palette (web/shared/palette.js):
// each unit scaled to its own largest |w|, blue for its largest positive weight, orange for its
// largest negative one, white for zero and for the gaps between units.
import { describe, expect, it } from 'vitest';
import { palettes } from '../../web/shared/palette.js';
import { WeightsView } from '../../web/images/weights-view.js';

function fakeCanvas() {
  const canvas = { width: 0, height: 0, drawn: null };
  canvas.getContext = () => ({
    createImageData: (w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
    putImageData: (image) => { canvas.drawn = image; },
  });
  return canvas;
}
const pixel = (image, x, y) => [...image.data.slice(4 * (y * image.width + x), 4 * (y * image.width + x) + 3)];

describe('WeightsView', () => {
  it('draws each unit on its own scale from the palette, with white gaps', () => {
    const canvas = fakeCanvas();
    const view = new WeightsView(canvas);
    // 2 units of 2 × 1 pixels, column-major: unit 0 = [0.5, −0.5], unit 1 = [0, −3].
    view.update(Float32Array.from([0.5, 0, -0.5, -3]), 2, 2, 1);
    const image = canvas.drawn;
    expect([image.width, image.height]).toEqual([6, 2]);  // 2 columns of (2 + 1 gap) × (1 + 1)
    expect(pixel(image, 0, 0)).toEqual(palettes.standard.positive);
    expect(pixel(image, 1, 0)).toEqual(palettes.standard.negative);
    const zero = pixel(image, 3, 0);
    for (const c of zero) expect(c).toBeGreaterThanOrEqual(253);  // next to white
    expect(pixel(image, 4, 0)).toEqual(palettes.standard.negative);  // −3 is unit 1's largest
    expect(pixel(image, 2, 0)).toEqual([255, 255, 255]);  // the gap
    expect(pixel(image, 0, 1)).toEqual([255, 255, 255]);
  });
});
