// The classes of each image data set, named in both languages (the probability bars show both
// names at once, whatever the page's language).
export const CLASS_NAMES = {
  digits: Array.from({ length: 10 }, (_, d) => ({ en: String(d), zh: '零一二三四五六七八九'[d] })),
  fashion: [
    { en: 'T-shirt/top', zh: 'T恤/上衣' },
    { en: 'Trouser', zh: '裤子' },
    { en: 'Pullover', zh: '套头衫' },
    { en: 'Dress', zh: '连衣裙' },
    { en: 'Coat', zh: '外套' },
    { en: 'Sandal', zh: '凉鞋' },
    { en: 'Shirt', zh: '衬衫' },
    { en: 'Sneaker', zh: '运动鞋' },
    { en: 'Bag', zh: '包' },
    { en: 'Ankle boot', zh: '短靴' },
  ],
};

/** "Sneaker · 运动鞋": both names, the page's language first. */
export function bothNames(kind, label, lang) {
  const n = CLASS_NAMES[kind][label];
  if (!n) return String(label);
  if (n.en === String(label)) return `${n.en} · ${n.zh}`;
  return lang === 'zh' ? `${n.zh} · ${n.en}` : `${n.en} · ${n.zh}`;
}

/** The short name in the page's language (grid captions, confusion-matrix axes); digits are numerals in both. */
export const shortName = (kind, label, lang) => (kind === 'digits' ? String(label) : CLASS_NAMES[kind][label]?.[lang] ?? String(label));
