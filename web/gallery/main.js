// The gallery: every story of every page (story-sources.js), each with a thumbnail the page
// itself draws, its title in both languages, "Open" and "Copy embed". Thumbnails are made
// here, one at a time: the story's link is loaded in a hidden same-origin frame, and once the
// page is ready and its story has ended, the view the story is about (or the page's main
// canvas, with the canvases stacked on it) is copied into a small image. So a thumbnail
// always shows the story as the page shows it today.
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
const STORY_END_MS = 60000;  // at most this long for a story that plays to its end (houses trains several runs)
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

const visibleIn = (root, selector) => [...root.querySelectorAll(selector)].map((c) => ({ c, r: c.getBoundingClientRect() }))
  .filter(({ r }) => r.width > 40 && r.height > 40);
const largest = (list) => list.reduce((a, b) => (b.r.width * b.r.height > a.r.width * a.r.height ? b : a));

function thumbCanvas() {
  const out = el('canvas', { width: THUMB.width, height: THUMB.height });
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  return { out, ctx };
}

/**
 * The story's picture: inside the element the story marked as its subject ([data-story-focus],
 * shared/story-link.js) if there is one, else the whole page. The largest visible canvas and
 * every canvas stacked on it; a figure drawn in SVG (the concepts page) when there is no canvas.
 */
export async function captureStory(doc) {
  const focus = doc.querySelector('[data-story-focus]');
  const root = focus ?? doc;
  // the focus itself may be the canvas
  const canvases = focus?.matches('canvas') ? visibleIn(focus.parentElement, 'canvas').filter(({ c }) => c === focus) : visibleIn(root, 'canvas');
  const drawn = canvases.filter(({ c }) => c.width > 0 && c.height > 0);
  if (drawn.length) return captureCanvases(drawn);
  const svgs = visibleIn(root, 'svg');
  return svgs.length ? captureSvg(largest(svgs)) : null;
}

/** The largest of `visible` canvases and those stacked on it, drawn into a thumbnail. */
export function captureCanvases(visible) {
  const main = largest(visible);
  const near = (a, b) => Math.abs(a - b) <= 2;
  const stack = visible.filter(({ r }) => near(r.left, main.r.left) && near(r.top, main.r.top) && near(r.width, main.r.width) && near(r.height, main.r.height));
  const { out, ctx } = thumbCanvas();
  const scale = Math.min(out.width / main.r.width, out.height / main.r.height);
  const w = main.r.width * scale, h = main.r.height * scale;
  for (const { c } of stack) ctx.drawImage(c, (out.width - w) / 2, (out.height - h) / 2, w, h);
  return out.toDataURL('image/png');
}

// The properties an SVG figure takes from its page's style sheets: copied onto each element of
// a clone, so the figure looks the same as an image on its own.
const SVG_STYLE = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'display', 'visibility'];

/** An SVG figure drawn into a thumbnail (its computed style inlined; no foreign content). */
async function captureSvg({ c: svg, r }) {
  const clone = svg.cloneNode(true);
  const from = [svg, ...svg.querySelectorAll('*')], to = [clone, ...clone.querySelectorAll('*')];
  const view = svg.ownerDocument.defaultView;
  from.forEach((e, i) => {
    const cs = view.getComputedStyle(e);
    to[i].setAttribute('style', SVG_STYLE.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(r.width));
  clone.setAttribute('height', String(r.height));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await img.decode();
  const { out, ctx } = thumbCanvas();
  const scale = Math.min(out.width / r.width, out.height / r.height);
  const w = r.width * scale, h = r.height * scale;
  ctx.drawImage(img, (out.width - w) / 2, (out.height - h) / 2, w, h);
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
      // A page that plays its story to an end marks it (body[data-story]); its picture is the end's.
      for (let waited = 0; frame.contentDocument?.body?.dataset.story === 'playing' && waited < STORY_END_MS; waited += 100) await sleep(100);
      try { url = await captureStory(frame.contentDocument); } catch { url = null; }
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
