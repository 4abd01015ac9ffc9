// The drawing pad: mouse, touch and pen through pointer events. It only draws the strokes the
// student makes and reports their points; turning them into the network's input is the
// core's job (Sketch).
export class DrawPad {
  /** onPoint(kind, x, y) with kind 'begin' | 'move', in the canvas's pixel coordinates; onEnd(). */
  constructor(canvas, { onPoint, onEnd }) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.onPoint = onPoint;
    this.onEnd = onEnd;
    this.drawing = null;
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => this.move(e));
    canvas.addEventListener('pointerup', (e) => this.up(e));
    canvas.addEventListener('pointercancel', (e) => this.up(e));
    this.clear();
  }

  point(e) {
    const r = this.canvas.getBoundingClientRect();
    return [(e.clientX - r.left) * (this.canvas.width / r.width), (e.clientY - r.top) * (this.canvas.height / r.height)];
  }

  down(e) {
    if (e.button !== undefined && e.button > 0) return;
    e.preventDefault();
    this.canvas.setPointerCapture?.(e.pointerId);
    const [x, y] = this.point(e);
    this.drawing = { id: e.pointerId, x, y };
    this.dot(x, y);
    this.onPoint('begin', x, y);
  }

  move(e) {
    if (!this.drawing || e.pointerId !== this.drawing.id) return;
    e.preventDefault();
    // Pens and fast mice deliver several positions per frame: use them all.
    const events = e.getCoalescedEvents?.() ?? [e];
    for (const ev of events.length ? events : [e]) {
      const [x, y] = this.point(ev);
      this.segment(this.drawing.x, this.drawing.y, x, y);
      this.drawing.x = x;
      this.drawing.y = y;
      this.onPoint('move', x, y);
    }
  }

  up(e) {
    if (!this.drawing || e.pointerId !== this.drawing.id) return;
    this.drawing = null;
    this.onEnd();
  }

  segment(x0, y0, x1, y1) {
    const { ctx } = this;
    ctx.strokeStyle = '#202124';
    ctx.lineWidth = this.canvas.width / 18;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
  }

  dot(x, y) { this.segment(x, y, x, y); }

  clear() {
    this.ctx.fillStyle = 'white';
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }
}
