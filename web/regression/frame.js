// A plot area inside a canvas: data ↔ pixel mapping (linear or log y), ticks and axis labels.
// Only maps numbers the core computed to pixels; no math of the model here.
import { cssSize } from '../shared/hidpi.js';
const nice = (span) => {
  const p = 10 ** Math.floor(Math.log10(span));
  const f = span / p;
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
};

export const fmt = (v) => {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(2);
  return Number(v.toPrecision(4)).toString();
};

export class Frame {
  constructor(canvas, margin = { left: 52, right: 12, top: 10, bottom: 36 }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.margin = margin;
    this.logY = false;
  }

  /** Sizes the canvas to its CSS box (device pixels) and sets the data window. */
  set(xMin, xMax, yMin, yMax, logY = false) {
    const dpr = window.devicePixelRatio || 1;
    const css = cssSize(this.canvas);  // no layout read per frame (shared/hidpi.js)
    const w = Math.max(50, Math.round(css.width * dpr)), h = Math.max(50, Math.round(css.height * dpr));
    if (this.canvas.width !== w || this.canvas.height !== h) { this.canvas.width = w; this.canvas.height = h; }
    this.dpr = dpr;
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.w = w / dpr;
    this.h = h / dpr;
    Object.assign(this, { xMin, xMax, yMin, yMax, logY });
    this.ctx.clearRect(0, 0, this.w, this.h);
  }

  get left() { return this.margin.left; }
  get right() { return this.w - this.margin.right; }
  get top() { return this.margin.top; }
  get bottom() { return this.h - this.margin.bottom; }
  px(x) { return this.left + ((x - this.xMin) / (this.xMax - this.xMin)) * (this.right - this.left); }
  py(y) {
    const t = this.logY ? (Math.log10(y) - Math.log10(this.yMin)) / (Math.log10(this.yMax) - Math.log10(this.yMin))
      : (y - this.yMin) / (this.yMax - this.yMin);
    return this.bottom - t * (this.bottom - this.top);
  }
  dataX(px) { return this.xMin + ((px - this.left) / (this.right - this.left)) * (this.xMax - this.xMin); }
  dataY(py) {
    const t = (this.bottom - py) / (this.bottom - this.top);
    return this.logY ? 10 ** (Math.log10(this.yMin) + t * (Math.log10(this.yMax) - Math.log10(this.yMin))) : this.yMin + t * (this.yMax - this.yMin);
  }

  clip() {
    const c = this.ctx;
    c.save();
    c.beginPath();
    c.rect(this.left, this.top, this.right - this.left, this.bottom - this.top);
    c.clip();
  }

  /** Ticks, grid lines and the two axis labels. */
  axes(xLabel, yLabel) {
    const c = this.ctx;
    c.save();
    c.font = '11px system-ui, sans-serif';
    c.fillStyle = '#445';
    c.strokeStyle = 'rgba(0,0,0,0.08)';
    c.lineWidth = 1;
    const xs = nice((this.xMax - this.xMin) / 5);
    c.textAlign = 'center';
    c.textBaseline = 'top';
    for (let v = Math.ceil(this.xMin / xs) * xs; v <= this.xMax + xs * 1e-9; v += xs) {
      const p = this.px(v);
      c.beginPath(); c.moveTo(p, this.top); c.lineTo(p, this.bottom); c.stroke();
      c.fillText(fmt(Math.abs(v) < xs * 1e-9 ? 0 : v), p, this.bottom + 3);
    }
    c.textAlign = 'right';
    c.textBaseline = 'middle';
    if (this.logY) {
      for (let e = Math.ceil(Math.log10(this.yMin)); e <= Math.floor(Math.log10(this.yMax)); e++) {
        const p = this.py(10 ** e);
        c.beginPath(); c.moveTo(this.left, p); c.lineTo(this.right, p); c.stroke();
        c.fillText(`1e${e}`, this.left - 4, p);
      }
    } else {
      const ys = nice((this.yMax - this.yMin) / 5);
      for (let v = Math.ceil(this.yMin / ys) * ys; v <= this.yMax + ys * 1e-9; v += ys) {
        const p = this.py(v);
        c.beginPath(); c.moveTo(this.left, p); c.lineTo(this.right, p); c.stroke();
        c.fillText(fmt(Math.abs(v) < ys * 1e-9 ? 0 : v), this.left - 4, p);
      }
    }
    c.strokeStyle = '#667';
    c.strokeRect(this.left, this.top, this.right - this.left, this.bottom - this.top);
    c.fillStyle = '#223';
    c.font = '12px system-ui, sans-serif';
    c.textAlign = 'center';
    c.textBaseline = 'bottom';
    c.fillText(xLabel, (this.left + this.right) / 2, this.h - 2);
    c.save();
    c.translate(12, (this.top + this.bottom) / 2);
    c.rotate(-Math.PI / 2);
    c.textBaseline = 'middle';
    c.fillText(yLabel, 0, 0);
    c.restore();
    c.restore();
  }
}

/** [min, max] of `values` widened by `pad` of the span (a span of 0 becomes ±1). */
export function extent(values, pad = 0.08) {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
  if (!(lo <= hi)) return [-1, 1];
  if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) { lo -= 1; hi += 1; }
  const d = (hi - lo) * pad;
  return [lo - d, hi + d];
}
