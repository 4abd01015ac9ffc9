// Colour scales of the lab. Values come from the core already mapped to where they mean
// something (contour shade in [−1, 1], convergence factors); this only picks colours.

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

function ramp(stops) {
  const cs = stops.map(hex);
  return (t) => {
    const x = Math.min(1, Math.max(0, t)) * (cs.length - 1);
    const i = Math.min(cs.length - 2, Math.floor(x)), f = x - i;
    return cs[i].map((c, k) => Math.round(c + (cs[i + 1][k] - c) * f));
  };
}

// Low loss is light and warm, high loss cool and darker; below a saddle's value, rose.
const above = ramp(['#fffbea', '#f5ebb8', '#cfe6cf', '#9fc8de', '#7096c0']);
const below = ramp(['#fffbea', '#f6d6cf', '#e3a3a3']);

/** 256-entry RGB table over the core's contour shade [−1, 1]. */
export function surfaceTable() {
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const s = (i / 255) * 2 - 1;
    table.set(s < 0 ? below(-s) : above(s), i * 3);
  }
  return table;
}

// Convergence: dark = few iterations per 10× less error, pale = many.
const speed = ramp(['#0b2c5f', '#1f6fb2', '#5fa8d3', '#bde0ef', '#f4f9fb']);
export const DIVERGES = hex('#f3d3cf');

/** Colour of a convergence factor per step: by log10 of the iterations per 10× reduction. */
export function rateColor(rate) {
  if (!(rate < 1)) return DIVERGES;
  const iterations = rate <= 0 ? 1 : Math.log(0.1) / Math.log(rate);
  return speed(Math.log10(Math.max(1, iterations)) / 3);
}
export const rateLegendColor = (t) => speed(t);
