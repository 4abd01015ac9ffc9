// The loss over (w, b): the core's shade per grid node and its log-spaced contour segments,
// the path of (w, b) so far, the current −∇L as an arrow, the least-squares (w*, b*) as a star.
// A click reports the (w, b) under the pointer (the page moves the start there).
import { Frame } from './frame.js';

const SHADES = (() => {  // light (low loss) → dark blue-grey (high loss)
  const out = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const t = i / 255;
    out[3 * i] = 250 - 150 * t; out[3 * i + 1] = 248 - 120 * t; out[3 * i + 2] = 240 - 60 * t;
  }
  return out;
})();

export class SurfaceView {
  constructor(canvas, onPick) {
    this.frame = new Frame(canvas, { left: 52, right: 12, top: 10, bottom: 36 });
    this.cells = document.createElement('canvas');
    canvas.addEventListener('click', (e) => {
      const r = canvas.getBoundingClientRect(), f = this.frame;
      const x = e.clientX - r.left, y = e.clientY - r.top;
      if (x < f.left || x > f.right || y < f.top || y > f.bottom) return;
      onPick(f.dataX(x), f.dataY(y));
    });
  }

  /** map: the core's surface {n, bounds, shade, segments}; path: (w, b) pairs; star, grad. */
  update({ map, path, star, head, grad, xLabel, yLabel }) {
    const f = this.frame, c = f.ctx, { n, shade, segments, bounds } = map;
    f.set(bounds.wMin, bounds.wMax, bounds.bMin, bounds.bMax);
    this.cells.width = n;
    this.cells.height = n;
    const cc = this.cells.getContext('2d'), img = cc.createImageData(n, n);
    for (let k = 0; k < n * n; k++) {
      const i = Math.max(0, Math.min(255, Math.round(shade[k] * 255))) * 3;
      img.data[4 * k] = SHADES[i]; img.data[4 * k + 1] = SHADES[i + 1]; img.data[4 * k + 2] = SHADES[i + 2]; img.data[4 * k + 3] = 255;
    }
    cc.putImageData(img, 0, 0);
    c.imageSmoothingEnabled = true;
    c.drawImage(this.cells, f.left, f.top, f.right - f.left, f.bottom - f.top);
    f.clip();
    c.strokeStyle = 'rgba(30, 40, 60, 0.45)';
    c.lineWidth = 1;
    c.beginPath();
    for (let s = 0; s < segments.length; s += 5) {
      c.moveTo(f.px(segments[s]), f.py(segments[s + 1]));
      c.lineTo(f.px(segments[s + 2]), f.py(segments[s + 3]));
    }
    c.stroke();
    // the path
    c.strokeStyle = '#d6604d';
    c.lineWidth = 1.5;
    c.beginPath();
    for (let k = 0; k < path.length; k += 2) {
      const p = [f.px(path[k]), f.py(path[k + 1])];
      if (k === 0) c.moveTo(...p); else c.lineTo(...p);
    }
    c.stroke();
    c.fillStyle = '#d6604d';
    c.beginPath(); c.arc(f.px(path[0]), f.py(path[1]), 3, 0, 2 * Math.PI); c.fill();
    // −∇L at the head, a fixed length on screen (its size varies over decades)
    const hx = f.px(head[0]), hy = f.py(head[1]);
    const gx = -grad[0] * (f.right - f.left) / (f.xMax - f.xMin), gy = grad[1] * (f.bottom - f.top) / (f.yMax - f.yMin);
    const len = Math.hypot(gx, gy);
    if (len > 0 && Number.isFinite(len)) {
      const ux = gx / len, uy = gy / len, L = 36;
      c.strokeStyle = '#6a3d9a';
      c.fillStyle = '#6a3d9a';
      c.lineWidth = 2;
      c.beginPath(); c.moveTo(hx, hy); c.lineTo(hx + ux * L, hy + uy * L); c.stroke();
      c.beginPath();
      c.moveTo(hx + ux * (L + 6), hy + uy * (L + 6));
      c.lineTo(hx + ux * L - uy * 4, hy + uy * L + ux * 4);
      c.lineTo(hx + ux * L + uy * 4, hy + uy * L - ux * 4);
      c.fill();
    }
    c.fillStyle = '#1f5fa8';
    c.beginPath(); c.arc(hx, hy, 4.5, 0, 2 * Math.PI); c.fill();
    // the least-squares solution
    const sx = f.px(star[0]), sy = f.py(star[1]);
    c.fillStyle = '#2a8c4a';
    c.beginPath();
    for (let k = 0; k < 10; k++) {
      const r = k % 2 ? 3.5 : 8, a = -Math.PI / 2 + (k * Math.PI) / 5;
      c.lineTo(sx + r * Math.cos(a), sy + r * Math.sin(a));
    }
    c.closePath();
    c.fill();
    c.restore();
    f.axes(xLabel, yLabel);
  }
}
