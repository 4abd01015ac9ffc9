// Loss per iteration on a log axis, with the least-squares minimum L* as a dashed line.
import { Frame } from './frame.js';

export class LossChart {
  constructor(canvas) { this.frame = new Frame(canvas, { left: 56, right: 12, top: 10, bottom: 36 }); }

  /** iterations, losses: the core's recorded path; best: L*; labels: axis names. */
  update({ iterations, losses, best, xLabel, yLabel }) {
    const f = this.frame, c = f.ctx;
    let lo = best > 0 ? best : Infinity, hi = 0;
    for (const l of losses) if (Number.isFinite(l) && l > 0) { lo = Math.min(lo, l); hi = Math.max(hi, l); }
    if (!(hi > 0)) { hi = 1; lo = 0.1; }
    if (!(lo < hi)) lo = hi / 10;
    const last = iterations.length ? iterations[iterations.length - 1] : 0;
    f.set(0, Math.max(10, last), lo / 1.5, hi * 1.5, true);
    f.axes(xLabel, yLabel);
    f.clip();
    if (best > 0) {
      c.setLineDash([5, 4]);
      c.strokeStyle = '#2a8c4a';
      c.beginPath(); c.moveTo(f.left, f.py(best)); c.lineTo(f.right, f.py(best)); c.stroke();
      c.setLineDash([]);
    }
    c.strokeStyle = '#1f5fa8';
    c.lineWidth = 2;
    c.beginPath();
    for (let k = 0; k < losses.length; k++) {
      const l = Math.max(losses[k], f.yMin);
      if (!Number.isFinite(l)) break;
      const p = [f.px(iterations[k]), f.py(Math.min(l, f.yMax))];
      if (k === 0) c.moveTo(...p); else c.lineTo(...p);
    }
    c.stroke();
    c.restore();
  }
}
