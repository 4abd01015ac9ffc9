// Colour scales. Values arrive from the core already in the range they mean (probabilities,
// activations, regression outputs); this only turns a number into a colour.
//
// Two palettes: TensorFlow Playground's orange–grey–blue, and a colour-blind-safe one
// (ColorBrewer PuOr: brown-orange – white – purple, told apart by lightness as well as hue,
// so it survives deuteranopia, protanopia, greyscale printing and a washed-out projector).

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

export const palettes = {
  standard: { negative: hex('#f59322'), middle: hex('#e8eaeb'), positive: hex('#0877bd') },
  colourblind: { negative: hex('#b35806'), middle: hex('#f7f7f7'), positive: hex('#542788') },
};
export const PALETTES = Object.keys(palettes);

// Class colours for more than two classes: the two ends of the scale first (so 2-class and
// K-class pictures agree), then distinct hues. The colour-blind-safe set is Okabe–Ito's.
const classSets = {
  standard: ['#f59322', '#0877bd', '#2ca02c', '#9467bd', '#d62728', '#8c564b', '#e377c2', '#17becf'].map(hex),
  colourblind: ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#000000'].map(hex),
};
export const WHITE = [255, 255, 255];

/** RGB of class k of K (K = 2 uses the scale's two ends). */
export function classColour(k, classes) {
  if (classes <= 2) { const p = palettes[currentName]; return k ? p.positive : p.negative; }
  const set = classSets[currentName];
  return set[k % set.length];
}

/** RGB between white (confidence 0) and class k's colour (confidence 1). */
export function classShade(k, classes, confidence) {
  const c = classColour(k, classes);
  const f = confidence < 0 ? 0 : confidence > 1 ? 1 : confidence;
  return [WHITE[0] + (c[0] - WHITE[0]) * f, WHITE[1] + (c[1] - WHITE[1]) * f, WHITE[2] + (c[2] - WHITE[2]) * f];
}

export const rgb = ([r, g, b]) => `rgb(${Math.round(r)},${Math.round(g)},${Math.round(b)})`;

let currentName = 'standard';
let currentTable = null;

/** Chooses the palette every renderer uses from now on (unknown names fall back to standard). */
export function setPalette(name) {
  const next = palettes[name] ? name : 'standard';
  if (next !== currentName) { currentName = next; currentTable = null; }
}
export function paletteName() { return currentName; }

/** A 256-entry RGB lookup table over [−1, 1] for the current (or a given) palette. */
export function divergingTable(p) {
  if (!p) return (currentTable ??= buildTable(palettes[currentName]));
  return buildTable(p);
}

function buildTable(p) {
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * 2 - 1;
    const [from, to, f] = t < 0 ? [p.middle, p.negative, -t] : [p.middle, p.positive, t];
    for (let c = 0; c < 3; c++) table[i * 3 + c] = from[c] + (to[c] - from[c]) * f;
  }
  return table;
}

// The diverging table as RGBA words: one 32-bit store per pixel into a Uint32Array over an
// ImageData's bytes. Packed through a byte view, so the words are right in either byte order.
let packed = null, packedFor = null;
export function packedTable() {
  const table = divergingTable();  // rebuilt when the palette changes
  if (packed && packedFor === table) return packed;
  packed = packWords(table);
  packedFor = table;
  return packed;
}

/** The same RGBA words for a given scale { negative, middle, positive } (e.g. a white middle). */
export const packedDivergingTable = (p) => packWords(buildTable(p));

function packWords(table) {
  const words = new Uint32Array(256);
  const bytes = new Uint8Array(words.buffer);
  for (let i = 0; i < 256; i++) bytes.set([table[3 * i], table[3 * i + 1], table[3 * i + 2], 255], 4 * i);
  return words;
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
