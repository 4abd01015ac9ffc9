// The gallery: every story of every page (story-sources.js), each with a thumbnail the page
// itself draws, its title in both languages, "Open" and "Copy embed". Thumbnails are made
// here, one at a time: the story's link is loaded in a hidden same-origin frame, and once the
// page is ready its main canvas (with the canvases stacked on it) is copied into a small
// image. So a thumbnail always shows the story as the page shows it today.
import { startPage } from '../shared/shell.js';
import { language, t } from '../shared/i18n.js';
import { pageById } from '../shared/pages.js';
import { copyText, embedSnippet } from '../shared/embed-dialog.js';
import { galleryStrings } from './strings.js';
import { galleryList } from './gallery-list.js';
import { element as el } from '../shared/dom.js';

const THUMB = { width: 320, height: 200 };
const STAGE = { width: 1000, height: 720 };
const SETTLE_MS = 700;     // the story runs a moment before its picture is taken
const STORY_END_MS = 20000;  // at most this long for a story that plays to its end
const READY_TIMEOUT_MS = 30000;

const thumbs = new Map();  // story key → data URL (kept across language switches)

function card(story) {
  const lang = language(), other = lang === 'en' ? 'zh' : 'en';
  const img = el('img', { className: 'story-thumb', alt: t('galleryThumb'), width: THUMB.width, height: THUMB.height });
  img.dataset.thumb = story.key;
  if (thumbs.has(story.key)) img.src = thumbs.get(story.key);
  const open = el('a', { href: story.href, className: 'story-open' }, t('galleryOpen'));
  const copied = el('span', { className: 'copied', role: 'status' });
  const field = el('textarea', { hidden: true });
  const copy = el('button', { type: 'button', className: 'text-button story-copy' }, t('galleryCopyEmbed'));
  copy.addEventListener('click', () => {
    const link = new URL(story.href, location.href).href;
    field.value = embedSnippet({ link, width: STAGE.width, height: STAGE.height, title: `Descent — ${story.title.en}` });
    field.hidden = false;
    copyText(field.value, field, copied).then(() => { if (copied.textContent === t('embedCopied')) field.hidden = true; });
  });
  const c = el('article', { className: 'story-card' }, img, el('p', { lang }, story.title[lang]),
    el('p', { className: 'other-lang', lang: other }, story.title[other]), el('div', { className: 'story-actions' }, open, copy, copied), field);
  c.dataset.story = story.key;
  return c;
}

function render(list) {
  const host = document.getElementById('galleryPages');
  host.replaceChildren(...list.map((section) => el('section', { className: 'gallery-section' },
    el('h2', {}, pageById(section.page)[language()], el('small', {}, t('galleryStories', { n: section.stories.length }))),
    el('div', { className: 'gallery-cards' }, ...section.stories.map(card)))));
}

// ------------------------------------------------------------------ thumbnails

const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

async function whenReady(frame) {
  const until = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < until) {
    if (frame.contentDocument?.body?.dataset.state === 'ready') return true;
    await sleep(100);
  }
  return false;
}

/** The largest visible canvas of `doc` and every canvas stacked on it, drawn into a thumbnail. */
export function captureCanvases(doc) {
  const visible = [...doc.querySelectorAll('canvas')].map((c) => ({ c, r: c.getBoundingClientRect() }))
    .filter(({ c, r }) => r.width > 40 && r.height > 40 && c.width > 0 && c.height > 0);
  if (!visible.length) return null;
  const main = visible.reduce((a, b) => (b.r.width * b.r.height > a.r.width * a.r.height ? b : a));
  const near = (a, b) => Math.abs(a - b) <= 2;
  const stack = visible.filter(({ r }) => near(r.left, main.r.left) && near(r.top, main.r.top) && near(r.width, main.r.width) && near(r.height, main.r.height));
  const out = el('canvas', { width: THUMB.width, height: THUMB.height });
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  const scale = Math.min(out.width / main.r.width, out.height / main.r.height);
  const w = main.r.width * scale, h = main.r.height * scale;
  for (const { c } of stack) ctx.drawImage(c, (out.width - w) / 2, (out.height - h) / 2, w, h);
  return out.toDataURL('image/png');
}

async function makeThumbnails(list) {
  for (const story of list.flatMap((s) => s.stories)) {
    if (thumbs.has(story.key)) continue;
    const frame = el('iframe', { className: 'thumb-stage', src: story.href, tabIndex: -1, title: story.key });
    frame.setAttribute('aria-hidden', 'true');
    Object.assign(frame, { width: STAGE.width, height: STAGE.height });
    document.body.append(frame);
    let url = null;
    if (await whenReady(frame)) {
      await sleep(SETTLE_MS);
      // A page that plays its story to an end (the playground) marks it; its picture is the end's.
      for (let waited = 0; frame.contentDocument?.body?.dataset.story === 'playing' && waited < STORY_END_MS; waited += 100) await sleep(100);
      try { url = captureCanvases(frame.contentDocument); } catch { url = null; }
    }
    frame.remove();
    for (const img of document.querySelectorAll(`img[data-thumb="${CSS.escape(story.key)}"]`)) {
      if (url) img.src = url;
      img.dataset.state = url ? 'ready' : 'failed';
    }
    if (url) thumbs.set(story.key, url);
  }
  document.body.dataset.thumbnails = 'done';
}

let list = [];
startPage({
  page: 'gallery',
  strings: galleryStrings,
  title: 'galleryTitle',
  start() {
    list = galleryList();
    render(list);
    window.gallery = { list };  // read by tests/e2e/gallery.spec.js
    makeThumbnails(list);
  },
  onLanguage: () => render(list),
});
