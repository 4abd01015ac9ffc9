// Trajectories of the racers on the map, their heads, the start point and the arrows at
// each head. Everything drawn is a value the core returned; this maps it to pixels.

// Arrow length in pixels for a vector of length `size` (surface units): exact direction,
// length growing with log(size/unit) so that tiny and huge vectors both stay readable.
function arrowLength(size, unit) {
  if (!(size > 0)) return 0;
  return Math.min(90, 10 + 22 * Math.log10(1 + size / unit));
}

function arrow(ctx, x, y, dx, dy, length, color, dashed) {
  const n = Math.hypot(dx, dy);
  if (!(n > 0) || length <= 0) return;
  const ux = dx / n, uy = dy / n;
  const ex = x + ux * length, ey = y + uy * length;
  ctx.save();
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = 2;
  if (dashed) ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(ex, ey);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.moveTo(ex, ey);
  ctx.lineTo(ex - ux * 8 - uy * 4, ey - uy * 8 + ux * 4);
  ctx.lineTo(ex - ux * 8 + uy * 4, ey - uy * 8 - ux * 4);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

export class TrajectoryView {
  constructor(canvas) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
  }

  /**
   * racers: [{color, path (Float64Array x,y,…), head (core head object)}] for the shown racers;
   * start: {x, y}; arrows: {gradient, step, velocity, scale}; viewport: a Viewport.
   */
  update({ racers, start, arrows, viewport }) {
    const { ctx, canvas } = this;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const size = viewport.b.xMax - viewport.b.xMin;
    for (const r of racers) {
      const p = r.path;
      const points = p.length / 2;
      // At most ~4 vertices per pixel of path; long runs are decimated, the head is exact.
      const every = Math.max(1, Math.floor(points / 4000));
      ctx.lineJoin = 'round';
      for (const [width, color] of [[4.5, 'rgba(255,255,255,0.75)'], [2, r.color]]) {
        ctx.lineWidth = width;
        ctx.strokeStyle = color;
        ctx.beginPath();
        ctx.moveTo(viewport.px(p[0]), viewport.py(p[1]));
        for (let k = every; k < points; k += every) ctx.lineTo(viewport.px(p[2 * k]), viewport.py(p[2 * k + 1]));
        ctx.lineTo(viewport.px(p[2 * points - 2]), viewport.py(p[2 * points - 1]));
        ctx.stroke();
      }
      // Iterates as small dots while there are few of them (the zig-zag is visible).
      if (points <= 400) {
        ctx.fillStyle = r.color;
        for (let k = 0; k < points; k++) {
          ctx.beginPath();
          ctx.arc(viewport.px(p[2 * k]), viewport.py(p[2 * k + 1]), 1.8, 0, 2 * Math.PI);
          ctx.fill();
        }
      }
    }
    // Arrows and heads after all paths, so no path covers a head.
    for (const r of racers) {
      const h = r.head;
      const x = viewport.px(h.x), y = viewport.py(h.y);
      if (arrows.scale && (h.scaleX > 0 || h.scaleY > 0)) {
        const m = Math.max(h.scaleX, h.scaleY);
        ctx.save();
        ctx.strokeStyle = r.color;
        ctx.globalAlpha = 0.8;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.ellipse(x, y, 6 + 22 * (h.scaleX / m), 6 + 22 * (h.scaleY / m), 0, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.restore();
      }
      if (arrows.gradient) arrow(ctx, x, y, -h.gradX, h.gradY, arrowLength(Math.hypot(h.gradX, h.gradY), size / 100), '#333', false);
      if (arrows.velocity) arrow(ctx, x, y, -h.velocityX, h.velocityY, arrowLength(Math.hypot(h.velocityX, h.velocityY), size / 100), r.color, true);
      if (arrows.step) arrow(ctx, x, y, h.stepX, -h.stepY, arrowLength(Math.hypot(h.stepX, h.stepY), size / 1000), r.color, false);
      // Nesterov: the core keeps w at the look-ahead point, where it takes the gradient; the
      // classical "ball" θ = w + α·β·v sits behind it (RacerHead.ballX/Y). A ring at θ and a
      // dashed line to the head show the look-ahead.
      if (h.ballX !== h.x || h.ballY !== h.y) {
        const bx = viewport.px(h.ballX), by = viewport.py(h.ballY);
        ctx.save();
        ctx.strokeStyle = r.color;
        ctx.lineWidth = 2;
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(bx, by);
        ctx.lineTo(x, y);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.arc(bx, by, 5, 0, 2 * Math.PI);
        ctx.fillStyle = '#fff';
        ctx.fill();
        ctx.stroke();
        ctx.restore();
      }
      ctx.beginPath();
      ctx.arc(x, y, 6, 0, 2 * Math.PI);
      ctx.fillStyle = r.color;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = h.diverged ? '#b3261e' : '#fff';
      ctx.stroke();
    }
    // The start point: a ring the user can drag.
    const sx = viewport.px(start.x), sy = viewport.py(start.y);
    ctx.beginPath();
    ctx.arc(sx, sy, 8, 0, 2 * Math.PI);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#202124';
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(sx, sy, 2.5, 0, 2 * Math.PI);
    ctx.fillStyle = '#202124';
    ctx.fill();
  }
}
