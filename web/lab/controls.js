// The lab's general controls (surface and its sliders, gradient noise, speed, arrows, chart
// mode, focus racer): fills them, shows a state in them and reports changes as handler calls.
// Every range, menu and default is the core's (catalog fields lab.*).
import { t } from '../shared/i18n.js';
import { logSlider } from '../shared/log-slider.js';
import { RACERS, labField } from './racers.js';
import { ARROWS } from './url-state.js';
import { typedNumber } from './typed-number.js';

const $ = (id) => document.getElementById(id);
const NOISE_STEPS = 300, COEF_STEPS = 270;  // positions of the logarithmic sliders
const noise = () => logSlider(labField('noise'), NOISE_STEPS, 2);
const coef = (name) => logSlider(labField(name), COEF_STEPS);
const noiseFromSlider = (s) => noise().fromSlider(s);
const noiseToSlider = (v) => noise().toSlider(v);

/** (Re)writes option labels in the current language. */
export function fillControls(surfaces) {
  const surface = $('surface');
  const value = surface.value;
  surface.replaceChildren(...surfaces.map((s) => new Option(t(s), s)));
  if (value) surface.value = value;
  const speed = $('speed');
  const sv = speed.value;
  speed.replaceChildren(...labField('speed').choices.map((s) => new Option(String(s), String(s))));
  if (sv) speed.value = sv;
  const focus = $('focus');
  const fv = focus.value;
  focus.replaceChildren(...RACERS.map((r) => new Option(t(r.id), r.id)));
  if (fv) focus.value = fv;
  Object.assign($('noiseScale'), { min: 0, max: NOISE_STEPS, step: 1 });
  for (const id of ['coefA', 'coefB']) Object.assign($(id), { min: 0, max: COEF_STEPS, step: 1 });
  for (const [id, key] of [['coefAValue', 'coefATip'], ['coefBValue', 'coefBTip']])
    if ($(id).tagName === 'INPUT') Object.assign($(id), { title: t('typeValue') }).setAttribute('aria-label', t(key));
  const angle = labField('angle');
  Object.assign($('angle'), { min: angle.sliderMin, max: angle.sliderMax, step: angle.step });
}

/** Puts the controls at the state's values; `kappa` is the core's condition number or null. */
export function showControls(state, kappa) {
  $('surface').value = state.surface;
  $('speed').value = String(state.speed);
  $('focus').value = state.focus;
  const quad = state.surface === 'quadratic';
  $('quadControls').hidden = !quad;
  $('coefA').value = coef('a').toSlider(state.a);
  $('coefB').value = coef('b').toSlider(state.b);
  $('angle').value = state.angle;
  $('coefAValue').value = fmt(state.a);
  $('coefBValue').value = fmt(state.b);
  $('angleValue').textContent = `${Math.round(state.angle)}°`;
  $('kappa').textContent = kappa === null ? '–' : fmt(kappa);
  $('stochastic').checked = state.noise > 0;
  if (state.noise > 0) $('noiseScale').value = noiseToSlider(state.noise);
  // σ does nothing while the noise is off: the slider says so instead of looking live.
  $('noiseScale').disabled = !(state.noise > 0);
  $('noiseScale').closest('.slider').classList.toggle('disabled', !(state.noise > 0));
  $('noiseScaleValue').textContent = String(noiseFromSlider(Number($('noiseScale').value)));
  for (const a of ARROWS) $(`arrow-${a}`).checked = state.arrows[a];
  for (const el of document.querySelectorAll('input[name="chart"]')) el.checked = el.value === state.chart;
}

const fmt = (v) => String(Number(v.toPrecision(3)));

/** The typed fields beside a and b (see typed-number.js); call once before bindControls. */
export function buildTypedFields(h) {
  for (const [id, key] of [['coefAValue', 'coefA'], ['coefBValue', 'coefB']]) {
    const field = typedNumber({
      label: t(`${key}Tip`), name: t(key),
      onValue: (v) => h.quadratic({ ...currentQuadratic(), [key === 'coefA' ? 'a' : 'b']: v }),
      onBad: h.badText,
    });
    field.id = id;
    $(id).replaceWith(field);
  }
}

const currentQuadratic = () => ({
  a: Number($('coefAValue').value), b: Number($('coefBValue').value), angle: Number($('angle').value),
});

export function bindControls(h) {
  $('surface').addEventListener('change', (e) => h.surface(e.target.value));
  const fromSliders = (changed) => () => h.quadratic({
    ...currentQuadratic(),
    ...(changed === 'coefA' ? { a: coef('a').fromSlider($('coefA').value) } : {}),
    ...(changed === 'coefB' ? { b: coef('b').fromSlider($('coefB').value) } : {}),
  });
  for (const id of ['coefA', 'coefB', 'angle']) $(id).addEventListener('input', fromSliders(id));
  const noise = () => h.noise($('stochastic').checked ? noiseFromSlider(Number($('noiseScale').value)) : 0);
  $('stochastic').addEventListener('change', () => {
    $('noiseScale').disabled = !$('stochastic').checked;  // σ is live only with the noise on
    $('noiseScale').closest('.slider').classList.toggle('disabled', !$('stochastic').checked);
    noise();
  });
  $('noiseScale').addEventListener('input', () => {
    $('noiseScaleValue').textContent = String(noiseFromSlider(Number($('noiseScale').value)));
    if ($('stochastic').checked) noise();
  });
  $('newNoise').addEventListener('click', h.newNoise);
  $('speed').addEventListener('change', (e) => h.speed(Number(e.target.value)));
  for (const a of ARROWS) $(`arrow-${a}`).addEventListener('change', (e) => h.arrow(a, e.target.checked));
  for (const el of document.querySelectorAll('input[name="chart"]')) el.addEventListener('change', () => h.chart(el.value));
  $('focus').addEventListener('change', (e) => h.focus(e.target.value));
  $('optimal').addEventListener('click', h.optimal);
  $('step').addEventListener('click', h.step);
  $('reset').addEventListener('click', h.reset);
}
