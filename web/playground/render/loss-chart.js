// The loss chart: training and test curves of the current run against epochs, the pinned
// runs' curves over them in their own colours, axes with ticks and labels, a linear or
// logarithmic y axis, and an accuracy view. Only maps the numbers the core produced to
// pixels; the legend is HTML beside the canvas (render/chart-legend.js).
//
// A series is {points: [{epoch, trainLoss, testLoss, trainAccuracy, testAccuracy}], colour,
// role: 'current' | 'pin'}; the current run's training curve is grey and its test curve
// black; a pin draws its test curve solid and its training curve dashed in its colour.
// Markers ({epoch, label, colour}) are dashed vertical lines with a label: early stopping's
// best epoch is one.
import { fitCanvas } from '../../shared/hidpi.js';

const AXIS = '#5f6368', GRID = '#eceff1', TRAIN = '#9aa0a6', TEST = '#202124';
const FONT = '11px system-ui, sans-serif';

/** Round tick values covering [lo, hi]: about `count` of them at 1, 2 or 5 × 10ᵏ. */
export function linearTicks(lo, hi, count = 4) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count, mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw);
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Decades (and 2 and 5 between them when the span is short) inside [lo, hi], lo > 0. */
export function logTicks(lo, hi) {
  const ticks = [];
  const from = Math.floor(Math.log10(lo)), to = Math.ceil(Math.log10(hi));
  const mantissas = to - from <= 2 ? [1, 2, 5] : [1];
  for (let k = from; k <= to; k++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** k).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks;
}

/** A tick label: short, no float noise (0.30000000000000004 → 0.3, 1e-4 stays short). */
export function tickLabel(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0).replace('e+', 'e');
  return String(Number(v.toPrecision(3)));
}

const finite = Number.isFinite;

export class LossChart {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.labels = { epoch: 'epoch', loss: 'loss', accuracy: 'accuracy' };
  }

  /** Axis titles in the page's language: {epoch, loss, accuracy}. */
  setLabels(labels) { Object.assign(this.labels, labels); }

  /**
   * series: see above (the current run first); view: 'loss' | 'accuracy'; scale: 'linear' |
   * 'log' (loss only; accuracy is always linear from its lowest value to 100 %).
   * Returns the drawn frame {x(epoch), y(value), left, right, top, bottom} for tests and overlays.
   */
  update(series, { view = 'loss', scale = 'linear', markers = [] } = {}) {
    const { ctx, width: cssW, height: cssH } = fitCanvas(this.canvas);
    this.cssWidth = cssW;  // line() thins long curves to about one point per CSS pixel
    ctx.font = FONT;

    const keys = view === 'accuracy' ? ['trainAccuracy', 'testAccuracy'] : ['trainLoss', 'testLoss'];
    const log = view === 'loss' && scale === 'log';
    let lo = Infinity, hi = -Infinity, first = Infinity, last = -Infinity;
    for (const s of series) {
      for (const p of s.points) {
        first = Math.min(first, p.epoch); last = Math.max(last, p.epoch);
        for (const k of keys) {
          const v = p[k];
          if (!finite(v) || (log && v <= 0)) continue;
          lo = Math.min(lo, v); hi = Math.max(hi, v);
        }
      }
    }
    const empty = !finite(lo) || !finite(first);
    if (empty) { lo = log ? 0.1 : 0; hi = 1; first = 0; last = 1; }
    if (view === 'accuracy') { hi = 1; lo = Math.min(Math.floor(lo * 10) / 10, 0.5); }
    else if (log) { lo /= 1.15; hi *= 1.15; }
    else { lo = 0; if (hi <= 0) hi = 1; }
    if (last <= first) last = first + 1;

    const yTicks = view === 'accuracy' ? linearTicks(lo, hi, 4) : log ? logTicks(lo, hi) : linearTicks(lo, hi, 4);
    const yText = yTicks.map((v) => (view === 'accuracy' ? `${Math.round(v * 100)}%` : tickLabel(v)));
    const left = 18 + Math.max(...yText.map((s) => ctx.measureText(s).width)) + 6;
    const right = cssW - 8, top = 8, bottom = cssH - 30;
    const x = (e) => left + ((e - first) / (last - first)) * (right - left);
    const ty = log ? (v) => Math.log10(v) : (v) => v;
    const y0 = ty(lo), y1 = ty(hi);
    const y = (v) => bottom - ((ty(v) - y0) / (y1 - y0)) * (bottom - top);

    // Grid lines and ticks.
    ctx.lineWidth = 1;
    ctx.fillStyle = AXIS;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    yTicks.forEach((v, i) => {
      const py = Math.round(y(v)) + 0.5;
      ctx.strokeStyle = GRID;
      ctx.beginPath(); ctx.moveTo(left, py); ctx.lineTo(right, py); ctx.stroke();
      ctx.fillText(yText[i], left - 4, py);
    });
    const xTicks = linearTicks(first, last, Math.max(2, Math.floor((right - left) / 70))).filter((e) => Number.isInteger(e));
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const e of xTicks) {
      const px = Math.round(x(e)) + 0.5;
      ctx.strokeStyle = AXIS;
      ctx.beginPath(); ctx.moveTo(px, bottom); ctx.lineTo(px, bottom + 3); ctx.stroke();
      ctx.fillText(tickLabel(e), px, bottom + 4);
    }
    ctx.strokeStyle = AXIS;
    ctx.beginPath(); ctx.moveTo(left + 0.5, top); ctx.lineTo(left + 0.5, bottom + 0.5); ctx.lineTo(right, bottom + 0.5); ctx.stroke();
    // Axis titles.
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillText(this.labels.epoch, right, cssH - 1);
    ctx.save();
    ctx.translate(10, (top + bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(view === 'accuracy' ? this.labels.accuracy : `${this.labels.loss}${log ? ' (log)' : ''}`, 0, 0);  // = frame.yTitle
    ctx.restore();

    // Curves: pins first, the current run on top.
    ctx.save();
    ctx.beginPath(); ctx.rect(left, top - 2, right - left + 2, bottom - top + 4); ctx.clip();
    const ordered = [...series.filter((s) => s.role !== 'current'), ...series.filter((s) => s.role === 'current')];
    for (const s of ordered) {
      const current = s.role === 'current';
      this.line(s.points, keys[0], x, y, log, { colour: current ? TRAIN : s.colour, width: current ? 1.5 : 1.25, dash: current ? [] : [4, 3] });
      this.line(s.points, keys[1], x, y, log, { colour: current ? TEST : s.colour, width: current ? 1.75 : 1.5, dash: [] });
    }
    ctx.restore();

    for (const m of markers) {
      if (!finite(m.epoch) || m.epoch < first || m.epoch > last) continue;
      const bx = Math.round(x(m.epoch)) + 0.5;
      ctx.strokeStyle = m.colour ?? '#0877bd';
      ctx.lineWidth = 1.5;
      ctx.setLineDash([4, 3]);
      ctx.beginPath(); ctx.moveTo(bx, top); ctx.lineTo(bx, bottom); ctx.stroke();
      ctx.setLineDash([]);
      if (m.label) {
        ctx.fillStyle = m.colour ?? '#0877bd';
        const flip = bx > right - 50;
        ctx.textAlign = flip ? 'right' : 'left';
        ctx.textBaseline = 'top';
        ctx.fillText(m.label, bx + (flip ? -4 : 4), top + 2);
      }
    }
    // What was drawn, in words: the tests read the axes from here (a canvas has no text).
    this.frame = { x, y, left, right, top, bottom, first, last, lo, hi, log, view,
      xTicks: xTicks.map(tickLabel), yTicks: yText, xTitle: this.labels.epoch,
      yTitle: view === 'accuracy' ? this.labels.accuracy : `${this.labels.loss}${log ? ' (log)' : ''}`,
      curves: series.length * 2, markers: markers.filter((m) => finite(m.epoch) && m.epoch >= first && m.epoch <= last).length };
    return this.frame;
  }

  line(points, key, x, y, log, { colour, width, dash }) {
    const { ctx } = this;
    if (points.length === 0) return;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.beginPath();
    // At most about one vertex per pixel column keeps long runs cheap; a missing value (an
    // empty test set, a diverged epoch, a loss of 0 on a log axis) is a gap, not a 0.
    const every = Math.max(1, Math.floor(points.length / Math.max(1, this.cssWidth)));
    let pen = false;
    const visit = (p) => {
      const v = p[key];
      if (!finite(v) || (log && v <= 0)) { pen = false; return; }
      if (pen) ctx.lineTo(x(p.epoch), y(v)); else ctx.moveTo(x(p.epoch), y(v));
      pen = true;
    };
    for (let i = 0; i < points.length; i += every) visit(points[i]);
    visit(points[points.length - 1]);
    // A single point is a dot.
    if (points.length === 1 && finite(points[0][key])) ctx.arc(x(points[0].epoch), y(points[0][key]), width, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}
