// The "Embed" dialog every page has (header button, hide key `embed`): a course author picks
// the controls to hide (the page's own hide keys, read from the page as it is now), the size
// and the language, sees the page that way in a live preview, and copies the link or the
// <iframe> snippet. The link is this page's link — its settings, as the page keeps them in the
// hash — with the shell's hide= and lang= keys (hash-state.js) set from the dialog.
import { t, translate } from './i18n.js';
import { encodePairs, readLink, shellPairs } from './hash-state.js';
import { hideKeysInPage } from './hide.js';
import { element as el } from './dom.js';

// The frame's size: ranges, steps and defaults are the core's (catalog fields embed.width, embed.height).
const PREVIEW_DELAY_MS = 400;

/** A short name for a hide key: the first label-like text of the elements it hides. */
export function keyLabel(key, root = document) {
  const el = root.querySelector(`[data-control="${CSS.escape(key)}"]`);
  if (!el) return '';
  const text = el.getAttribute('aria-label') || el.title
    || el.querySelector('label, legend, h2, h3, .field > span, .slider > span')?.textContent || el.textContent || '';
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 36 ? `${one.slice(0, 35)}…` : one;
}

/** The link of this page with `hide` and `lang` (the page's own keys kept as they are). */
export function embedLink({ href, hash, hide, lang }) {
  const { pairs } = readLink(hash, []);
  const text = encodePairs([...pairs, ...shellPairs({ hide, lang })]);
  return `${href.split('#')[0]}${text ? `#${text}` : ''}`;
}

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> snippet a course page pastes. */
export function embedSnippet({ link, width, height, title }) {
  return `<iframe src="${escapeAttr(link)}" width="${width}" height="${height}" title="${escapeAttr(title)}" `
    + 'style="border:0;max-width:100%" loading="lazy"></iframe>';
}

/** Copies `text`; falls back to selecting `field` so the user can press Ctrl+C. */
export async function copyText(text, field, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t('embedCopied');
  } catch {
    field.focus();
    field.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch { copied = false; }
    status.textContent = t(copied ? 'embedCopied' : 'embedCopyFailed');
  }
}

const label = (key, tag = 'span') => { const e = el(tag); e.dataset.i18n = key; e.textContent = t(key); return e; };

export class EmbedDialog {
  /** catalog() → the core's catalog (loaded after the header is built). */
  constructor(page, catalog) {
    this.page = page;
    this.catalog = catalog;
    this.dialog = el('dialog', { className: 'page-dialog embed-dialog', id: 'embedDialog' });
    this.dialog.setAttribute('aria-labelledby', 'embedDialogTitle');
    this.timer = 0;
  }

  /** Opens the dialog with the page's hide keys as they are now (controls built since start). */
  open() {
    const keys = [...hideKeysInPage()];
    const link = readLink(location.hash, []);
    this.build(keys, new Set(link.hide), link.lang ?? '');
    if (!this.dialog.isConnected) document.body.append(this.dialog);
    translate(this.dialog);
    this.dialog.showModal();
    this.update(true);
  }

  build(keys, hidden, lang) {
    const d = this.dialog;
    const title = label('embedTitle', 'h2');
    title.id = 'embedDialogTitle';
    const close = el('button', { type: 'button', className: 'text-button dialog-close', id: 'embedClose' });
    close.dataset.i18n = 'close';
    close.addEventListener('click', () => this.close());

    this.boxes = keys.map((key) => {
      const box = el('input', { type: 'checkbox', value: key, checked: hidden.has(key) });
      box.dataset.hideKey = key;
      box.addEventListener('change', () => this.update());
      const name = keyLabel(key);
      return { key, box, row: el('label', { className: 'hide-choice', title: name }, box, el('code', {}, key), name ? el('span', {}, name) : '') };
    });
    const all = el('button', { type: 'button', className: 'text-button' }); all.dataset.i18n = 'embedHideAll';
    const none = el('button', { type: 'button', className: 'text-button' }); none.dataset.i18n = 'embedHideNone';
    all.addEventListener('click', () => { for (const b of this.boxes) b.box.checked = true; this.update(); });
    none.addEventListener('click', () => { for (const b of this.boxes) b.box.checked = false; this.update(); });
    const hideSet = el('fieldset', { className: 'embed-hide' }, el('legend', {}, label('embedHide'), ' ', all, none),
      el('div', { className: 'hide-choices' }, ...this.boxes.map((b) => b.row)));

    const number = (id, f) => {
      const input = el('input', { type: 'number', id, min: f.min, max: f.max, step: f.step, value: f.default });
      input.addEventListener('input', () => this.update());
      return input;
    };
    this.width = number('embedWidth', this.size('width'));
    this.height = number('embedHeight', this.size('height'));
    const sizeSet = el('fieldset', {}, el('legend', {}, label('embedSize')),
      el('label', { className: 'embed-field' }, label('embedWidth'), this.width),
      el('label', { className: 'embed-field' }, label('embedHeight'), this.height));

    this.lang = el('select', { id: 'embedLang' });
    for (const [value, key] of [['', 'embedLangReader'], ['en', 'embedLangEn'], ['zh', 'embedLangZh']]) {
      const o = el('option', { value }); o.dataset.i18n = key; this.lang.append(o);
    }
    this.lang.value = lang;
    this.lang.addEventListener('change', () => this.update(true));
    const langSet = el('fieldset', {}, el('legend', {}, label('embedLanguage')), this.lang);

    this.linkField = el('input', { type: 'text', readOnly: true, id: 'embedLinkText', className: 'embed-code' });
    this.snippetField = el('textarea', { readOnly: true, id: 'embedSnippet', rows: 3, className: 'embed-code' });
    this.status = el('p', { className: 'embed-status', role: 'status' });
    const copy = (id, field) => {
      const b = el('button', { type: 'button', className: 'text-button', id }); b.dataset.i18n = 'embedCopy';
      b.addEventListener('click', () => copyText(field.value, field, this.status));
      return b;
    };
    const out = el('div', { className: 'embed-out' },
      el('label', { className: 'embed-field' }, label('embedLink'), el('span', { className: 'embed-copy-row' }, this.linkField, copy('embedCopyLink', this.linkField))),
      el('label', { className: 'embed-field' }, label('embedSnippet'), el('span', { className: 'embed-copy-row' }, this.snippetField, copy('embedCopySnippet', this.snippetField))),
      this.status, label('embedNote', 'p'));

    this.frame = el('iframe', { id: 'embedPreview', title: 'preview' });
    this.frameBox = el('div', { className: 'embed-preview-box' }, this.frame);
    const preview = el('section', { className: 'embed-preview' }, label('embedPreview', 'h3'), this.frameBox);

    const settings = el('div', { className: 'embed-settings' }, hideSet, el('div', { className: 'embed-row' }, sizeSet, langSet), out);
    d.replaceChildren(el('div', { className: 'dialog-head' }, title, close), el('div', { className: 'embed-body' }, settings, preview));
    d.addEventListener('close', () => { clearTimeout(this.timer); this.frame.removeAttribute('src'); });
  }

  size(side) { return this.catalog().fields[`embed.${side}`]; }

  choice() {
    const clamp = (input, side) => {
      const f = this.size(side);
      return Math.min(f.max, Math.max(f.min, Math.round(Number(input.value) || f.default)));
    };
    return {
      hide: this.boxes.filter((b) => b.box.checked).map((b) => b.key),
      lang: this.lang.value || null,
      width: clamp(this.width, 'width'),
      height: clamp(this.height, 'height'),
    };
  }

  /** New link and snippet at once; the preview follows after a pause in the typing. */
  update(now = false) {
    const c = this.choice();
    this.link = embedLink({ href: location.href, hash: location.hash, hide: c.hide, lang: c.lang });
    this.linkField.value = this.link;
    this.snippetField.value = embedSnippet({ link: this.link, width: c.width, height: c.height, title: document.title });
    this.status.textContent = '';
    clearTimeout(this.timer);
    const show = () => this.showPreview(c);
    if (now) show(); else this.timer = setTimeout(show, PREVIEW_DELAY_MS);
  }

  /** The page at the chosen size, scaled down to fit the dialog. */
  showPreview(c) {
    const room = Math.max(160, this.frameBox.clientWidth || 480);
    const scale = Math.min(1, room / c.width);
    Object.assign(this.frame.style, { width: `${c.width}px`, height: `${c.height}px`, transform: `scale(${scale})` });
    this.frameBox.style.height = `${Math.ceil(c.height * scale)}px`;
    // A new frame each time: a changed hash alone would not reload the page in it, and the
    // page must start from the link exactly as a reader's would.
    const frame = this.frame.cloneNode(false);
    frame.dataset.scale = String(scale);
    frame.src = this.link;
    this.frame.replaceWith(frame);
    this.frame = frame;
  }

  close() { this.dialog.close(); }
}
