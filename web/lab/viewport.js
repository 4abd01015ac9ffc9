// Surface coordinates ⇄ canvas pixels for the square map (y up on the surface, down on
// the canvas).

export class Viewport {
  constructor(bounds, width, height) {
    this.b = bounds;
    this.w = width;
    this.h = height;
  }
  px(x) { return ((x - this.b.xMin) / (this.b.xMax - this.b.xMin)) * this.w; }
  py(y) { return ((this.b.yMax - y) / (this.b.yMax - this.b.yMin)) * this.h; }
  x(px) { return this.b.xMin + (px / this.w) * (this.b.xMax - this.b.xMin); }
  y(py) { return this.b.yMax - (py / this.h) * (this.b.yMax - this.b.yMin); }
  /** Pixels per surface unit (the map is square). */
  get scale() { return this.w / (this.b.xMax - this.b.xMin); }
}
