// Shows the run state on a Play/Pause button (icon via body.playing, name for screen readers).
// Shared by the playground and the optimizer lab.
import { t } from './i18n.js';

export function showPlaying(button, on) {
  button.setAttribute('aria-pressed', String(on));
  button.dataset.i18nAria = on ? 'pause' : 'play';
  button.setAttribute('aria-label', t(on ? 'pause' : 'play'));
  document.body.classList.toggle('playing', on);
}
