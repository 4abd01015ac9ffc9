// Which example of the ringed mini-batch the step-by-step numbers are for: ‹ › buttons beside
// "Example k of B", or a click on a ringed point of the data picture. It only remembers the
// choice and says it; the values of the chosen example come from the core (Stepper.neuron,
// Trainer.neuronValues(block, example)).

const PICK_RADIUS = 14;  // CSS pixels around a ringed point that count as a click on it

export class ExamplePicker {
  /**
   * bar: the element the buttons and the text go in; wrap: the data picture (clicks there pick
   * a ringed point); domain: it spans [−domain, domain]²; onChoose(k): the student chose
   * position k of the mini-batch; active(): whether a click on the picture may pick (not while
   * the student draws points).
   */
  constructor(bar, wrap, { domain, onChoose, active }) {
    Object.assign(this, { bar, wrap, domain, onChoose, active });
    this.batch = null;
    this.points = null;
    this.example = 0;
    this.prev = Object.assign(document.createElement('button'), { className: 'round example-prev', textContent: '‹' });
    this.next = Object.assign(document.createElement('button'), { className: 'round example-next', textContent: '›' });
    this.text = Object.assign(document.createElement('span'), { className: 'example-text' });
    this.text.setAttribute('aria-live', 'polite');
    bar.replaceChildren(this.prev, this.text, this.next);
    bar.hidden = true;
    this.prev.addEventListener('click', () => this.choose(this.example - 1));
    this.next.addEventListener('click', () => this.choose(this.example + 1));
    wrap.addEventListener('click', (e) => {
      if (!this.batch || !this.active()) return;
      const k = this.ringedAt(e.clientX, e.clientY);
      if (k >= 0) this.choose(k);
    });
  }

  /** Position in the mini-batch of the ringed point under (clientX, clientY), or −1. */
  ringedAt(clientX, clientY) {
    const r = this.wrap.getBoundingClientRect(), D = this.domain;
    let best = -1, dist = PICK_RADIUS;
    this.batch.forEach((i, k) => {
      const px = ((this.points[2 * i] + D) / (2 * D)) * r.width, py = ((D - this.points[2 * i + 1]) / (2 * D)) * r.height;
      const d = Math.hypot(px - (clientX - r.left), py - (clientY - r.top));
      if (d < dist) { dist = d; best = k; }
    });
    return best;
  }

  /** Where on the screen (client pixels) the mini-batch's point k is drawn (for tests and hints). */
  pixelOf(k) {
    const r = this.wrap.getBoundingClientRect(), D = this.domain, i = this.batch[k];
    return [r.left + ((this.points[2 * i] + D) / (2 * D)) * r.width, r.top + ((D - this.points[2 * i + 1]) / (2 * D)) * r.height];
  }

  choose(k) {
    if (!this.batch) return;
    const n = this.batch.length;
    this.example = ((k % n) + n) % n;  // ‹ on the first goes to the last
    this.onChoose(this.example);
  }

  /** Shows the choice for `batch` (training-set indices) over `points` (x1, x2 pairs); label(k, n, index) says it. */
  show(batch, points, example, label, tips) {
    this.batch = batch;
    this.points = points;
    this.example = example;
    this.text.textContent = label(example + 1, batch.length, batch[example] + 1);
    this.prev.title = tips.prev;
    this.next.title = tips.next;
    this.prev.setAttribute('aria-label', tips.prev);
    this.next.setAttribute('aria-label', tips.next);
    this.bar.hidden = false;
  }

  hide() {
    this.batch = null;
    this.bar.hidden = true;
  }
}
