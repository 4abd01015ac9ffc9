// The surface as a filled contour map: the core's shade per grid node as a small image
// scaled up by the canvas, and the core's marching-squares segments on top.
import { surfaceTable } from './colors.js';

export class ContourView {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.table = surfaceTable();
    this.cells = document.createElement('canvas');
  }

  /** contour: the core's {n, shade, segments, levels}; viewport: a Viewport of this canvas. */
  update(contour, viewport) {
    const { n, shade, segments, levels } = contour;
    this.cells.width = n;
    this.cells.height = n;
    const cctx = this.cells.getContext('2d');
    const image = cctx.createImageData(n, n);
    for (let k = 0; k < n * n; k++) {
      const i = Math.max(0, Math.min(255, Math.round((shade[k] + 1) * 127.5))) * 3;
      image.data[4 * k] = this.table[i];
      image.data[4 * k + 1] = this.table[i + 1];
      image.data[4 * k + 2] = this.table[i + 2];
      image.data[4 * k + 3] = 255;
    }
    cctx.putImageData(image, 0, 0);
    const { ctx, canvas } = this;
    ctx.imageSmoothingEnabled = true;
    // Grid nodes sit on the window's edges: node 0 at pixel 0, node n−1 at the far edge.
    const cell = canvas.width / (n - 1);
    ctx.drawImage(this.cells, -cell / 2, -cell / 2, canvas.width + cell, canvas.height + cell);
    ctx.lineWidth = 1;
    ctx.strokeStyle = 'rgba(40, 52, 70, 0.33)';
    ctx.beginPath();
    for (let s = 0; s < segments.length; s += 5) {
      ctx.moveTo(viewport.px(segments[s]), viewport.py(segments[s + 1]));
      ctx.lineTo(viewport.px(segments[s + 2]), viewport.py(segments[s + 3]));
    }
    ctx.stroke();
    // The lowest levels slightly darker, so the basin is easy to find.
    const smallest = Math.min(...Array.from(levels, Math.abs));
    const innermost = new Set();
    for (let l = 0; l < levels.length; l++) if (Math.abs(levels[l]) === smallest) innermost.add(l);
    ctx.strokeStyle = 'rgba(40, 52, 70, 0.6)';
    ctx.beginPath();
    for (let s = 0; s < segments.length; s += 5) {
      if (!innermost.has(segments[s + 4])) continue;
      ctx.moveTo(viewport.px(segments[s]), viewport.py(segments[s + 1]));
      ctx.lineTo(viewport.px(segments[s + 2]), viewport.py(segments[s + 3]));
    }
    ctx.stroke();
  }
}
