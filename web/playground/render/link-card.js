// The card beside a link: hovering shows the weight, clicking opens a box to type a new one.
// It only shows numbers it is given and hands typed numbers back; the core checks them.

export class LinkCard {
  /** labels: {weight, from, to, edit}; onEdit(link, value) may throw Error(message). */
  constructor(host, { labels, onEdit }) {
    this.labels = labels;
    this.onEdit = onEdit;
    this.el = document.createElement('div');
    this.el.className = 'link-card';
    this.el.hidden = true;
    this.el.setAttribute('role', 'tooltip');
    host.append(this.el);
    this.editing = null;
  }

  setLabels(labels) { this.labels = labels; }

  position(event) {
    const host = this.el.parentElement.getBoundingClientRect();
    this.el.style.left = `${event.clientX - host.left + 14}px`;
    this.el.style.top = `${event.clientY - host.top + 10}px`;
  }

  describe(link) {
    const L = this.labels;
    return `${L.weight} ${link.weight.toFixed(3)} · ${link.fromLabel} → ${link.toLabel}`;
  }

  hover(link, event) {
    if (this.editing) return;
    if (!link) { this.el.hidden = true; return; }
    this.el.textContent = this.describe(link);
    this.position(event);
    this.el.hidden = false;
  }

  /** Opens the editor; Enter applies, Escape or leaving the box cancels. */
  edit(link, event) {
    const L = this.labels;
    this.editing = link;
    this.el.replaceChildren();
    const label = document.createElement('label');
    label.textContent = `${L.weight} ${link.fromLabel} → ${link.toLabel}`;
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.value = link.weight.toFixed(3);
    input.setAttribute('aria-label', L.edit);
    const error = document.createElement('div');
    error.className = 'link-card-error';
    label.append(input);
    this.el.append(label, error);
    this.position(event);
    this.el.hidden = false;
    input.focus();
    input.select();
    const close = () => { this.editing = null; this.el.hidden = true; this.el.replaceChildren(); };
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Escape') close();
      if (e.key !== 'Enter') return;
      const value = Number(input.value);
      if (input.value.trim() === '' || !Number.isFinite(value)) { error.textContent = L.notANumber; return; }
      try {
        this.onEdit(link, value);
        close();
      } catch (err) {
        error.textContent = err.message;
      }
    });
    input.addEventListener('input', () => { error.textContent = ''; });
    input.addEventListener('blur', () => { if (this.editing === link) close(); });
  }
}
