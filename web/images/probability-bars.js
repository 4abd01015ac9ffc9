// The ten class probabilities (the network's softmax output) as bars, each class named in both
// languages; the most probable class is marked, and the true class when there is one.
import { bothNames } from './class-names.js';
import { language, t } from '../shared/i18n.js';

export class ProbabilityBars {
  constructor(host) {
    this.host = host;
    this.last = null;
  }

  /** probabilities: one per class; truth: the true class or −1. */
  update(probabilities, kind, truth = -1) {
    this.last = { probabilities, kind, truth };
    const lang = language();
    let best = 0;
    for (let c = 1; c < probabilities.length; ++c) if (probabilities[c] > probabilities[best]) best = c;
    const rows = [];
    for (let c = 0; c < probabilities.length; ++c) {
      const p = probabilities[c];
      const row = document.createElement('div');
      row.className = 'prob-row';
      row.dataset.class = String(c);
      row.classList.toggle('best', c === best);
      row.classList.toggle('truth', c === truth);
      const name = document.createElement('span');
      name.className = 'prob-name';
      name.textContent = bothNames(kind, c, lang) + (c === truth ? ` (${t('trueClass')})` : '');
      const bar = document.createElement('span');
      bar.className = 'prob-bar';
      const fill = document.createElement('span');
      fill.style.width = `${(p * 100).toFixed(1)}%`;
      bar.append(fill);
      const value = document.createElement('span');
      value.className = 'prob-value';
      value.textContent = `${(p * 100).toFixed(1)}%`;
      row.append(name, bar, value);
      rows.push(row);
    }
    this.host.replaceChildren(...rows);
    this.host.dataset.best = String(best);
  }

  clear() { this.host.replaceChildren(); delete this.host.dataset.best; this.last = null; }
  relabel() { if (this.last) this.update(this.last.probabilities, this.last.kind, this.last.truth); }
}
