// Pinned runs: "Pin this run" keeps a run's settings, its curves, its final numbers and a
// thumbnail of its boundary, so the next run can be compared with it on the loss chart and in
// the pins' table. They live in the page session only (not in the URL): a pin is a snapshot
// the student made, not part of the experiment a link reproduces.

export const MAX_PINS = 6;
// One colour per pin slot, distinct from the grey/black current run and from each other.
export const PIN_COLOURS = ['#e8710a', '#1e8e3e', '#9334e6', '#d01884', '#12a4b6', '#8d6e00'];

/** The curve points the chart needs, copied out of a session's or a record's history. */
export function curvePoints(history, max = 4000) {
  const every = Math.max(1, Math.ceil(history.length / max));
  const out = [];
  for (let i = 0; i < history.length; i += every) out.push(pick(history[i]));
  if (history.length && (history.length - 1) % every !== 0) out.push(pick(history[history.length - 1]));
  return out;
}
const pick = (h) => ({ epoch: h.epoch, trainLoss: num(h.trainLoss), testLoss: num(h.testLoss), trainAccuracy: num(h.trainAccuracy), testAccuracy: num(h.testAccuracy) });
const num = (v) => (v === null || v === undefined ? NaN : v);

function flatten(value, prefix, out) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const show = (v) => (v === undefined ? '–' : Array.isArray(v) ? (v.length > 6 ? `[${v.length} rows]` : JSON.stringify(v)) : String(v));

/**
 * What the pinned spec sets differently from the current one: [{path, pinned, current}],
 * in the spec's field order. Both are the core's canonical specs (every field present).
 */
export function specDiff(pinned, current) {
  const a = flatten(pinned, '', new Map()), b = flatten(current, '', new Map());
  const diff = [];
  for (const [path, v] of a) {
    if (JSON.stringify(v) !== JSON.stringify(b.get(path))) diff.push({ path, pinned: show(v), current: show(b.get(path)) });
  }
  for (const [path, v] of b) if (!a.has(path)) diff.push({ path, pinned: '–', current: show(v) });
  return diff;
}

export class Pins {
  constructor() {
    this.list = [];
    this.count = 0;  // pins ever made: "Run 3" keeps its name when run 2 is removed
  }

  get full() { return this.list.length >= MAX_PINS; }

  /**
   * Pins a run: {name?, spec (canonical), history, metrics (final), thumbnail (data URL or ''),
   * source: 'page' | 'record' | 'story'}. Returns the pin, or null when MAX_PINS are pinned.
   */
  add({ name = null, spec, history, metrics, thumbnail = '', source = 'page' }) {
    if (this.full) return null;
    const used = new Set(this.list.map((p) => p.colour));
    const colour = PIN_COLOURS.find((c) => !used.has(c));
    this.count += 1;
    const pin = {
      id: this.count, name, colour, source,
      spec: structuredClone(spec),
      points: curvePoints(history),
      final: {
        epoch: metrics.epoch, trainLoss: num(metrics.trainLoss), testLoss: num(metrics.testLoss),
        trainAccuracy: num(metrics.trainAccuracy), testAccuracy: num(metrics.testAccuracy),
        zeroWeights: metrics.zeroWeights, status: metrics.status,
      },
      thumbnail,
    };
    this.list.push(pin);
    return pin;
  }

  remove(id) { this.list = this.list.filter((p) => p.id !== id); }
  clear() { this.list = []; }

  /** The chart's series of the pins (see render/loss-chart.js). */
  series() { return this.list.map((p) => ({ points: p.points, colour: p.colour, role: 'pin', id: p.id })); }
}
