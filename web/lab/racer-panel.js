// One row per racer: show/hide toggle, colour, live sliders for its hyperparameters and a
// readout of the core's numbers at its head. Rows carry data-x/-y/-loss/-iterations of the
// head for tests and screen readers.
import { t } from '../shared/i18n.js';
import { RACERS, paramRange } from './racers.js';
import { logSlider } from '../shared/log-slider.js';

const LOG_STEPS = 400;  // positions of a logarithmic slider (the learning rate's)

function toSlider(key, v) {
  const r = paramRange(key);
  return r.scale === 'log' ? logSlider(r, LOG_STEPS).toSlider(v) : v;
}
function fromSlider(key, s) {
  const r = paramRange(key);
  return r.scale === 'log' ? logSlider(r, LOG_STEPS).fromSlider(s) : Number(s);
}
/** A value as its slider shows it: 3 significant digits on a log scale, else the step's decimals. */
export function formatParam(key, v) {
  const r = paramRange(key);
  if (r.scale === 'log') return Number(v.toPrecision(3)).toString();
  return v.toFixed(Math.max(0, Math.round(-Math.log10(r.step))));
}

export class RacerPanel {
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;  // {onToggle(id, on), onParam(id, key, value)}
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
        const range = paramRange(key);
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
        if (range.scale === 'log') { input.min = 0; input.max = LOG_STEPS; input.step = 1; }
        else { input.min = range.sliderMin; input.max = range.sliderMax; input.step = range.step; }
        const out = document.createElement('output');
        out.dataset.param = key;
        input.addEventListener('input', () => {
          const v = fromSlider(key, input.value);
          out.textContent = formatParam(key, v);
          this.handlers.onParam(r.id, key, v);
        });
        label.append(sym, input, out);
        params.append(label);
      }
      if (r.nesterov) {
        const label = document.createElement('label');
        label.className = 'check nesterov';
        label.title = t('nesterovTip');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.dataset.param = 'nesterov';
        input.addEventListener('change', () => this.handlers.onParam(r.id, 'nesterov', input.checked));
        const span = document.createElement('span');
        span.textContent = t('nesterov');
        label.append(input, span);
        params.append(label);
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
        row.querySelector(`input[data-param="${key}"]`).value = toSlider(key, s[key]);
        row.querySelector(`output[data-param="${key}"]`).textContent = formatParam(key, s[key]);
      }
      if (r.nesterov) row.querySelector('input[data-param="nesterov"]').checked = s.nesterov;
    }
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
    }
  }

  row(id) { return this.container.querySelector(`[data-racer="${id}"]`); }
}

function fmtLoss(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  return a >= 0.01 && a < 1000 ? v.toPrecision(3) : v.toExponential(1);
}
