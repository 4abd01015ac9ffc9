// What the houses, images and concepts pages share about a story opened by a link
// (`page.html#story=<id>`, the gallery's "Open" and its embed snippets):
// - the link's story id is taken out of the hash before the page reads its own keys;
// - the story's text is shown in a #story box (the gallery's test looks for it);
// - body[data-story] says 'playing' while the story runs and 'ended' when its end state is
//   on screen, so the gallery takes its thumbnail of the end, not of the first frames;
// - the element the story is about gets [data-story-focus]: the gallery's thumbnail is taken
//   from it rather than from the page's largest canvas.
import { language } from './i18n.js';
import { hashPairs, encodePairs } from './hash-state.js';

/**
 * Splits `hash` into the story's id (null when the link names none) and the rest of the hash.
 * An id no story has is named in `errors` with the page's story ids, as the other pages do.
 */
export function takeStory(hash, stories, errors) {
  const all = hashPairs(hash, []);
  if (!all.some(([k]) => k === 'story')) return { story: null, hash };
  const { story, pairs } = takeStoryPair(all, stories, errors);
  return { story, hash: `#${encodePairs(pairs)}` };
}

/** The same for a link already split into [key, value] pairs: {story, pairs without it}. */
export function takeStoryPair(pairs, stories, errors) {
  const id = pairs.find(([k]) => k === 'story')?.[1] ?? null;
  const rest = pairs.filter(([k]) => k !== 'story');
  if (id === null) return { story: null, pairs };
  const story = stories.find((s) => s.id === id) ?? null;
  if (!story) errors.push(`story: unknown story '${id}' (this page has ${stories.map((s) => s.id).join(', ')})`);
  return { story, pairs: rest };
}

/**
 * The #story box with the story's title and text in the page's language, made on first use:
 * just above the page's <main>, or inside `figure` (after its heading) when the story is about
 * one figure of a long page. It follows the language button (which sets <html lang>).
 */
export function showStoryText(story, figure = null) {
  let box = document.getElementById('story');
  if (!box) {
    box = Object.assign(document.createElement('p'), { id: 'story', className: 'story-text' });
    box.setAttribute('aria-live', 'polite');
    const heading = figure?.querySelector(':scope > h2');
    if (heading) heading.after(box);
    else if (figure) figure.prepend(box);
    else (document.querySelector('main') ?? document.body.firstElementChild).before(box);
    new MutationObserver(() => fill(box, shown)).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  shown = story;
  box.hidden = false;
  fill(box, story);
  return box;
}
let shown = null;
function fill(box, story) {
  if (!story) return;
  const lang = language();
  box.replaceChildren(Object.assign(document.createElement('b'), { textContent: `${story.title[lang]} — ` }), story.description[lang]);
  box.dataset.storyId = story.id;
}

/** 'playing' | 'ended' | 'failed' on body[data-story]. */
export function markStory(state) { document.body.dataset.story = state; }

/** Marks `element` as what the story is about (one at a time) and scrolls it into view. */
export function focusStory(element) {
  for (const e of document.querySelectorAll('[data-story-focus]')) delete e.dataset.storyFocus;
  if (!element) return;
  element.dataset.storyFocus = '';
  element.scrollIntoView({ block: 'nearest' });
}


/** A page's link pairs with a story's keys ({key: value}) taking the place of the link's own. */
export function withStoryLink(pairs, story) {
  if (!story) return pairs;
  const keys = new Set(Object.keys(story.link));
  return [...pairs.filter(([k]) => !keys.has(k)), ...Object.entries(story.link)];
}
