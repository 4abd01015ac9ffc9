// Every string a page shows, once per language, and the language switch. Each page adds its
// own table with addStrings(); the strings here are the ones every page shares (the header,
// the run buttons, start-up and error messages).
//
// In the HTML, elements carry data-i18n="key" (text), data-i18n-title="key" (tooltip) or
// data-i18n-aria="key" (screen-reader label); translate() fills them.
//
// The language is, in this order: the link's `lang=` key (a teacher's link for one class),
// the student's last choice (localStorage), the browser's language. Every choice is kept, so
// the other pages open in the same language.

export const LANGUAGES = ['en', 'zh'];

export const strings = {
  en: {
    brand: 'Descent',
    siteNav: 'Pages of this site',
    play: 'Play', pause: 'Pause', step: 'Step', reset: 'Reset',
    language: '中文',
    languageTip: 'Switch language',
    loading: 'Loading the WebAssembly core…',
    coreFailed: 'The WebAssembly core could not be loaded: {msg}',
    badSetting: 'That setting was not applied: {msg}',
    badUrl: 'The link could not be read: {msg}. The default settings are shown instead.',
    unknownHide: 'hide: unknown control \'{key}\' (this page knows {known})',
    badLang: 'lang: must be en or zh, got \'{lang}\'',
  },
  zh: {
    brand: 'Descent',
    siteNav: '本站页面',
    play: '运行', pause: '暂停', step: '单步', reset: '重置',
    language: 'English',
    languageTip: '切换语言',
    loading: '正在加载 WebAssembly 内核……',
    coreFailed: '无法加载 WebAssembly 内核：{msg}',
    badSetting: '该设置未被应用：{msg}',
    badUrl: '无法读取该链接：{msg}。已改为显示默认设置。',
    unknownHide: 'hide：未知的控件 \'{key}\'（本页可隐藏：{known}）',
    badLang: 'lang：必须是 en 或 zh，实际为 \'{lang}\'',
  },
};

/** Adds a page's strings ({en: {...}, zh: {...}}); a key may not be defined twice. */
export function addStrings(table) {
  for (const lang of LANGUAGES)
    for (const [key, text] of Object.entries(table[lang] ?? {})) {
      if (key in strings[lang] && strings[lang][key] !== text) throw new Error(`i18n: '${key}' is defined twice (${lang})`);
      strings[lang][key] = text;
    }
}

const STORAGE_KEY = 'descent.lang';
let current = 'en';

// localStorage throws in sandboxed frames and some privacy modes; the page works without it.
function stored() {
  try { return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null; } catch { return null; }
}
function remember(lang) {
  try { globalThis.localStorage?.setItem(STORAGE_KEY, lang); } catch { /* not kept: fine */ }
}

/** The language to start in; `linkLang` is the link's lang= value (already checked) or null. */
export function initialLanguage(linkLang = null) {
  if (LANGUAGES.includes(linkLang)) return linkLang;
  const s = stored();
  if (LANGUAGES.includes(s)) return s;
  return (globalThis.navigator?.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Switches the language, remembers it and rewrites every marked element under `root`. */
export function setLanguage(lang, root = document) {
  current = LANGUAGES.includes(lang) ? lang : 'en';
  remember(current);
  root.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  translate(root);
}

/** Fills data-i18n, data-i18n-title and data-i18n-aria under `root` in the current language. */
export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle);
  for (const el of root.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
}

export function language() { return current; }

/** The string for `key` in the current language, with {name} placeholders filled. */
export function t(key, vars = {}) {
  const s = strings[current][key] ?? strings.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}
