// The data-set picker: one thumbnail per 2-D generator of the core's catalog, drawn from
// points the core generates. Each carries its problem type, so the picker shows one kind.
import { Session } from './session.js';
import { PointsView } from './render/points.js';
import { t } from '../shared/i18n.js';

export function buildDatasetPicker(container, core, catalog, onPick) {
  container.replaceChildren();
  for (const { name, problem, dims, domain } of catalog.generators) {
    if (dims !== 2) continue;  // N-dimensional sets have no picture

    const button = document.createElement('button');
    button.className = 'dataset';
    button.dataset.dataset = name;
    button.dataset.problem = problem;
    button.setAttribute('role', 'radio');
    button.dataset.i18nTitle = name;
    button.dataset.i18nAria = name;
    button.title = t(name);
    button.setAttribute('aria-label', t(name));
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 112;
    button.append(canvas);
    container.append(button);
    const s = new Session(core, { seed: 7, data: { generator: name, points: 200, trainRatio: 0.9, noise: 0 } });
    new PointsView(canvas, domain).update({
      train: { points: s.trainPoints(), targets: s.trainTargets() },
      test: { points: s.testPoints(), targets: s.testTargets() },
      showTest: true,
      regression: s.regression,
      classes: s.numClasses,
    });
    s.dispose();
    button.addEventListener('click', () => onPick(name));
  }
  // A radio group: arrow keys move to the previous / next data set of the same problem type.
  container.onkeydown = (e) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    const shown = [...container.querySelectorAll('[data-dataset]')].filter((b) => getComputedStyle(b).display !== 'none');
    const i = shown.indexOf(document.activeElement);
    const next = shown[(i + step + shown.length) % shown.length];
    onPick(next.dataset.dataset);
    container.querySelector(`[data-dataset="${next.dataset.dataset}"]`)?.focus();
  };
}
