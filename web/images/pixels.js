// Maps pixel values in [0, 1] (the core's scaled images) to grey canvas pixels: ink dark on
// white, so digits and clothes read like drawings on paper.

/** Draws image `index` of `pixels` (width·height values per image) into ctx at (x, y). */
export function drawImage(ctx, pixels, index, width, height, x = 0, y = 0) {
  const image = ctx.createImageData(width, height);
  const n = width * height, base = index * n;
  for (let k = 0; k < n; ++k) {
    const v = 255 - Math.round(Math.min(1, Math.max(0, pixels[base + k])) * 255);
    image.data[4 * k] = v;
    image.data[4 * k + 1] = v;
    image.data[4 * k + 2] = v;
    image.data[4 * k + 3] = 255;
  }
  ctx.putImageData(image, x, y);
}
