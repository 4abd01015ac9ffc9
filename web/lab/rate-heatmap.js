// The distill figure: the heavy ball's convergence factor over the (α, β) plane, as the core
// computed it (Lab.rateMap), with Momentum's current (α, β), SGD's α (β = 0) and the optimum
// marked. Clicking picks (α, β).
import { rateColor } from './colors.js';

export class RateHeatmap {
  constructor(canvas, { onPick }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.cells = document.createElement('canvas');
    this.alphaMax = 1;
    canvas.addEventListener('click', (e) => {
      const r = canvas.getBoundingClientRect();
      const fx = (e.clientX - r.left) / r.width, fy = (e.clientY - r.top) / r.height;
      onPick({ alpha: fx * this.alphaMax, beta: 1 - fy });
    });
  }

  /** map: Float32Array nBeta × nAlpha from the core; alphaMax: the α of the right edge. */
  setMap(map, nAlpha, nBeta, alphaMax) {
    this.alphaMax = alphaMax;
    this.cells.width = nAlpha;
    this.cells.height = nBeta;
    const cctx = this.cells.getContext('2d');
    const image = cctx.createImageData(nAlpha, nBeta);
    for (let k = 0; k < nAlpha * nBeta; k++) {
      const [r, g, b] = rateColor(map[k]);
      image.data.set([r, g, b, 255], 4 * k);
    }
    cctx.putImageData(image, 0, 0);
  }

  /** markers: [{alpha, beta, color, shape: 'dot' | 'star' | 'ring'}]. */
  draw(markers) {
    const { ctx, canvas } = this;
    const w = canvas.width, h = canvas.height;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(this.cells, 0, 0, w, h);
    for (const m of markers) {
      const x = Math.min(w - 2, (m.alpha / this.alphaMax) * w), y = Math.max(2, Math.min(h - 2, (1 - m.beta) * h));
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#fff';
      ctx.fillStyle = m.color;
      ctx.beginPath();
      if (m.shape === 'star') {
        for (let k = 0; k < 10; k++) {
          const r = k % 2 ? 4 : 9, a = -Math.PI / 2 + (k * Math.PI) / 5;
          ctx.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
        }
        ctx.closePath();
      } else if (m.shape === 'ring') {
        // Hollow, so the optimum stays visible when the chosen point sits on it.
        ctx.arc(x, y, 9, 0, 2 * Math.PI);
        ctx.lineWidth = 5;
        ctx.stroke();
        ctx.strokeStyle = m.color;
        ctx.lineWidth = 3;
        ctx.stroke();
        continue;
      } else {
        ctx.arc(x, y, 6, 0, 2 * Math.PI);
      }
      ctx.fill();
      ctx.stroke();
    }
  }
}
