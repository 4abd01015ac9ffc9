// Colour scales. Values arrive from the core already in the range they mean (probabilities,
// activations, regression outputs); this only turns a number into a colour.

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

// TensorFlow Playground's diverging scale: orange (−1, class 0) – grey (0) – blue (+1, class 1).
export const palettes = {
  standard: { negative: hex('#f59322'), middle: hex('#e8eaeb'), positive: hex('#0877bd') },
};

/** A 256-entry RGB lookup table over [−1, 1], so per-pixel work is one index. */
export function divergingTable(p = palettes.standard) {
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * 2 - 1;
    const [from, to, f] = t < 0 ? [p.middle, p.negative, -t] : [p.middle, p.positive, t];
    for (let c = 0; c < 3; c++) table[i * 3 + c] = from[c] + (to[c] - from[c]) * f;
  }
  return table;
}

/** Index into a divergingTable for a value in [−1, 1] (clamped). */
export function tableIndex(v) {
  const i = Math.round((v + 1) * 127.5);
  return i < 0 ? 0 : i > 255 ? 255 : i;
}

export function cssColor(table, v) {
  const i = tableIndex(v) * 3;
  return `rgb(${table[i]},${table[i + 1]},${table[i + 2]})`;
}
