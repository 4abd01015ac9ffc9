// One row per racer: show/hide toggle, colour, live sliders for its hyperparameters (each
// with a field to type an exact value; the core checks it against its range), its switches
// (Momentum's Nesterov, Adam's bias correction) and a readout of the core's numbers at its
// head (Adam: its moments m̂ and v̂). SGD's α slider carries the quadratic's stability limit
// and best step. Rows carry data-x/-y/-loss/-iterations of the head for tests and screen
// readers.
import { t } from '../shared/i18n.js';
import { RACERS, paramRange } from './racers.js';
import { sliderScale } from '../shared/controls.js';
import { typedNumber } from '../shared/typed-number.js';

// A hyperparameter's slider: the shared mapping (../shared/controls.js) over its lab.* field,
// 400 stops on a logarithmic scale (the learning rate's).
const scale = (key) => sliderScale(paramRange(key), { positions: 400 });
const toSlider = (key, v) => scale(key).toSlider(v);
const fromSlider = (key, s) => scale(key).fromSlider(s);
/** A value as its slider shows it: 3 significant digits on a log scale, else the step's decimals. */
export function formatParam(key, v) {
  const r = paramRange(key);
  if (r.scale === 'log') return Number(v.toPrecision(3)).toString();
  return v.toFixed(Math.max(0, Math.round(-Math.log10(r.step))));
}

export class RacerPanel {
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;  // {onToggle(id, on), onParam(id, key, value), onBadText(message)}
  }

  build() {
    this.container.replaceChildren();
    for (const r of RACERS) {
      const row = document.createElement('div');
      row.className = 'racer';
      row.dataset.racer = r.id;
      row.dataset.control = `racer-${r.id}`;
      row.style.setProperty('--racer-color', r.color);

      const head = document.createElement('div');
      head.className = 'racer-head';
      const toggle = document.createElement('label');
      toggle.className = 'racer-toggle';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.param = 'on';
      box.setAttribute('aria-label', t('showRacer', { name: t(r.id) }));
      box.addEventListener('change', () => this.handlers.onToggle(r.id, box.checked));
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      const name = document.createElement('span');
      name.className = 'racer-name';
      name.textContent = t(r.id);
      toggle.append(box, swatch, name);
      const readout = document.createElement('output');
      readout.className = 'racer-readout';
      head.append(toggle, readout);
      row.append(head);

      const params = document.createElement('div');
      params.className = 'racer-params';
      for (const key of r.params) {
        const label = document.createElement('label');
        label.className = 'param';
        label.title = t(`param_${key}Tip`);
        const sym = document.createElement('span');
        sym.className = 'param-name';
        sym.textContent = t(`param_${key}`);
        const input = document.createElement('input');
        input.type = 'range';
        input.dataset.param = key;
        input.setAttribute('aria-label', `${t(r.id)} ${t(`param_${key}Tip`)}`);
        const { min, max, step } = scale(key);
        Object.assign(input, { min, max, step });
        const out = typedNumber({
          label: `${t(r.id)} ${t(`param_${key}Tip`)}`,
          name: t(`param_${key}`),
          onValue: (v) => this.handlers.onParam(r.id, key, v),
          onBad: (msg) => this.handlers.onBadText(msg),
        });
        out.dataset.param = key;
        input.addEventListener('input', () => {
          const v = fromSlider(key, input.value);
          out.value = formatParam(key, v);
          this.handlers.onParam(r.id, key, v);
        });
        const cell = document.createElement('span');
        cell.className = 'slider-cell';
        cell.append(input);
        if (r.id === 'sgd' && key === 'learningRate') cell.append(marks());
        label.append(sym, cell, out);
        params.append(label);
      }
      for (const name of r.switchNames) {
        const label = document.createElement('label');
        label.className = `check switch ${name}`;
        label.title = t(`${name}Tip`);
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.dataset.param = name;
        input.addEventListener('change', () => this.handlers.onParam(r.id, name, input.checked));
        const span = document.createElement('span');
        span.textContent = t(name);
        label.append(input, span);
        params.append(label);
      }
      if (r.switchNames.includes('biasCorrection')) {
        const moments = document.createElement('output');
        moments.className = 'moments';
        params.append(moments);
      }
      if (r.id === 'sgd') {
        const note = document.createElement('p');
        note.className = 'stability';
        note.hidden = true;
        params.append(note);
      }
      row.append(params);
      this.container.append(row);
    }
  }

  /** Puts every control at the state's value. */
  show(state) {
    for (const r of RACERS) {
      const row = this.row(r.id), s = state.racers[r.id];
      row.classList.toggle('off', !s.on);
      row.querySelector('input[data-param="on"]').checked = s.on;
      for (const key of r.params) {
        row.querySelector(`input[type="range"][data-param="${key}"]`).value = toSlider(key, s[key]);
        row.querySelector(`input[type="text"][data-param="${key}"]`).value = formatParam(key, s[key]);
      }
      for (const name of r.switchNames) row.querySelector(`input[data-param="${name}"]`).checked = s[name];
    }
  }

  /**
   * Marks the quadratic's stability limit 2/λ_max and best GD step 2/(λ₁+λ₂) on SGD's α slider
   * (the core's numbers, Lab.quadratic()); null hides them (other surfaces).
   */
  showStability(theory) {
    const box = this.row('sgd').querySelector('.alpha-marks');
    const note = this.row('sgd').querySelector('.stability');
    box.hidden = note.hidden = !theory;
    if (!theory) return;
    const place = (el, v) => {
      const pos = toSlider('learningRate', v) / scale('learningRate').max;
      el.hidden = !(pos >= 0 && pos <= 1);
      el.style.left = `${(100 * Math.min(1, Math.max(0, pos))).toFixed(2)}%`;
      el.dataset.value = v;
    };
    place(box.querySelector('.mark-limit'), theory.gdStabilityLimit);
    place(box.querySelector('.mark-best'), theory.gdStep);
    note.textContent = t('stability', { limit: fmt3(theory.gdStabilityLimit), best: fmt3(theory.gdStep) });
  }

  /** heads: {id: core head object}; bounded: losses are f − f* (else f − f(saddle)). */
  showHeads(heads, bounded) {
    for (const r of RACERS) {
      const h = heads[r.id], row = this.row(r.id);
      row.dataset.x = h.x;
      row.dataset.y = h.y;
      row.dataset.loss = h.loss;
      row.dataset.iterations = h.iterations;
      row.dataset.diverged = h.diverged;
      row.querySelector('.racer-readout').textContent = h.diverged
        ? t('leftMap')
        : `${bounded ? 'f−f*' : 'f'} ${fmtLoss(h.loss)} · (${h.x.toFixed(2)}, ${h.y.toFixed(2)})`;
      const moments = row.querySelector('.moments');
      if (moments) {
        // Adam's m̂ (its velocity) and v̂ as the step uses them (raw m and v when uncorrected).
        const pair = (a, b) => `${fmtLoss(a)}, ${fmtLoss(b)}`;
        const corrected = row.querySelector('input[data-param="biasCorrection"]').checked;
        moments.textContent = t(corrected ? 'moments' : 'momentsRaw', { m: pair(h.velocityX, h.velocityY), v: pair(h.secondMomentX, h.secondMomentY) });
        Object.assign(moments.dataset, { mx: h.velocityX, my: h.velocityY, vx: h.secondMomentX, vy: h.secondMomentY });
      }
    }
  }

  row(id) { return this.container.querySelector(`[data-racer="${id}"]`); }
}

const fmt3 = (v) => String(Number(v.toPrecision(3)));

/** The two marks under SGD's α slider and the sentence that names them (see showStability). */
function marks() {
  const box = document.createElement('span');
  box.className = 'alpha-marks';
  box.hidden = true;
  for (const [cls, key] of [['mark-limit', 'stabilityMark'], ['mark-best', 'bestMark']]) {
    const m = document.createElement('span');
    m.className = `mark ${cls}`;
    m.title = t(key);
    box.append(m);
  }
  return box;
}

function fmtLoss(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 0.01 && a < 1000 ? v.toPrecision(3) : v.toExponential(1);
}
