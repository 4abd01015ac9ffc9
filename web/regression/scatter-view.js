// The data as the model sees it: points, the current line ŷ = w·x + b (one input) or the
// predictions (several inputs), and each residual as a vertical segment from yᵢ to ŷᵢ.
import { Frame, extent } from './frame.js';

export class ScatterView {
  constructor(canvas) {
    this.frame = new Frame(canvas);
    this.window = null;
  }

  /** Fixes the axes to the data (called when the data change, not every step). */
  fit(x, y, extra = []) {
    this.window = [...extent(x), ...extent([...y, ...extra])];
  }

  /** True if every point lies inside the current axes. */
  holds(x, y) {
    if (!this.window) return false;
    const [x0, x1, y0, y1] = this.window;
    return x.every((v) => v >= x0 && v <= x1) && y.every((v) => v >= y0 && v <= y1);
  }

  /**
   * x, y, yHat: the core's inputs (first column), targets and predictions; line: {w, b} or
   * null; labels: axis names.
   */
  update({ x, y, yHat, line, xLabel, yLabel, highlight = -1 }) {
    const f = this.frame, c = f.ctx;
    if (!this.window) this.fit(x, y);
    f.set(...this.window);
    f.axes(xLabel, yLabel);
    f.clip();
    c.lineWidth = 1;
    c.strokeStyle = 'rgba(214, 96, 77, 0.75)';
    c.beginPath();
    for (let i = 0; i < x.length; i++) { c.moveTo(f.px(x[i]), f.py(y[i])); c.lineTo(f.px(x[i]), f.py(yHat[i])); }
    c.stroke();
    if (line) {
      c.strokeStyle = '#1f5fa8';
      c.lineWidth = 2.5;
      c.beginPath();
      c.moveTo(f.px(f.xMin), f.py(line.w * f.xMin + line.b));
      c.lineTo(f.px(f.xMax), f.py(line.w * f.xMax + line.b));
      c.stroke();
    } else {
      c.fillStyle = '#1f5fa8';
      for (let i = 0; i < x.length; i++) c.fillRect(f.px(x[i]) - 2, f.py(yHat[i]) - 2, 4, 4);
    }
    for (let i = 0; i < x.length; i++) {
      c.fillStyle = i === highlight ? '#f2a900' : '#2d2d3a';
      c.beginPath();
      c.arc(f.px(x[i]), f.py(y[i]), i === highlight ? 5 : 3.2, 0, 2 * Math.PI);
      c.fill();
    }
    c.restore();
  }
}
