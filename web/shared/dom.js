// The element with `id`, made by `make()` and put in place by `place(el)` if the page's HTML
// does not have it (the shell adds its message line and loading line to every page).
export function ensureElement(id, make, place) {
  let el = document.getElementById(id);
  if (!el) {
    el = make();
    el.id = id;
    place(el);
  }
  return el;
}

/** <tag> with properties `props` and the given children (nodes or text). */
export function element(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** A table cell (or any element) holding `text`, with a class if given. */
export const textCell = (tag, text, className) => element(tag, className ? { textContent: text, className } : { textContent: text });
