// The learning rate: typed, chosen from the catalog's menu, or slid on a log scale, with the
// stability limit 2/λ_max (the core's) drawn as a red mark on the scale under the slider.
import { t } from '../shared/i18n.js';
import { logSlider } from '../shared/log-slider.js';
import { checkField } from '../shared/fields.js';
import { showMessage } from '../shared/messages.js';
import { fmt } from './frame.js';

const STEPS = 1000;
const $ = (id) => document.getElementById(id);

export class RateControl {
  constructor(catalog, onChange) {
    this.field = catalog.fields['optimizer.learningRate'];
    this.catalog = catalog;
    this.scale = logSlider({ sliderMin: this.field.min, sliderMax: this.field.max }, STEPS, 4);
    this.onChange = onChange;
    this.input = $('learningRate');
    this.menu = $('learningRateMenu');
    this.slider = $('learningRateSlider');
    this.slider.max = String(STEPS);
    this.menu.replaceChildren(new Option('…', ''), ...this.field.choices.map((v) => new Option(String(v), String(v))));
    const commit = (v) => {
      const error = checkField(catalog, 'optimizer.learningRate', v, t('learningRate'));
      this.input.classList.toggle('invalid', Boolean(error));
      if (error) { showMessage(error); return; }
      onChange(v);
    };
    this.input.addEventListener('change', () => commit(Number(this.input.value)));
    this.menu.addEventListener('change', () => { if (this.menu.value) commit(Number(this.menu.value)); });
    this.slider.addEventListener('input', () => { this.input.value = String(this.scale.fromSlider(this.slider.value)); });
    this.slider.addEventListener('change', () => commit(this.scale.fromSlider(this.slider.value)));
    this.limit = NaN;
    this.value = NaN;
  }

  show(v) {
    this.value = v;
    this.input.value = String(v);
    this.input.classList.remove('invalid');
    this.slider.value = String(this.scale.toSlider(v));
    this.menu.value = this.field.choices.includes(v) ? String(v) : '';
    this.drawScale();
  }

  /** The core's stability limit 2/λ_max for the current data, and the current α. */
  showLimit(limit, v) {
    // The text also changes with the language (the page redraws after the switch).
    const text = t('stableLimit', { v: fmt(limit) });
    if (limit === this.limit && v === this.value && $('rateLimit').textContent === text) return;
    this.limit = limit;
    this.value = v;
    $('rateLimit').textContent = text;
    this.drawScale();
  }

  drawScale() {
    const c = $('rateScale'), dpr = window.devicePixelRatio || 1;
    const w = Math.max(50, c.clientWidth), h = 14;
    c.width = w * dpr;
    c.height = h * dpr;
    const g = c.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    // The slider's thumb travels over its width minus the thumb; close enough for a mark.
    const at = (v) => 8 + (this.scale.toSlider(v) / STEPS) * (w - 16);
    if (Number.isFinite(this.limit) && this.limit > 0) {
      const x = Math.max(0, Math.min(w, at(this.limit)));
      g.fillStyle = 'rgba(178, 24, 43, 0.15)';
      g.fillRect(x, 0, w - x, h);
      g.fillStyle = '#b2182b';
      g.fillRect(x - 1, 0, 2, h);
    }
    if (Number.isFinite(this.value)) {
      g.fillStyle = '#1f5fa8';
      g.beginPath();
      const x = at(this.value);
      g.moveTo(x, 2); g.lineTo(x - 4, h - 1); g.lineTo(x + 4, h - 1); g.fill();
    }
  }
}
