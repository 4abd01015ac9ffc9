// The pages of the site, in the order the header lists them. The header (header.js), the
// build (vite.config.js builds every HTML file listed here) and the page tests
// (tests/e2e/shell.spec.js opens every page) take the list from this table.
//
// To add a page:
//   1. one line below: id (also the hide key `<id>Link` of its header link), the HTML file
//      beside index.html (relative, so the site works under any sub-path and offline), and its
//      name in both languages;
//   2. web/<file>.html whose script calls startPage({ page: '<id>', … }) from
//      web/shared/shell.js, with the page's own views and wiring in web/<id>/.
// Nothing else: the header links it on every page and the build includes it.

export const PAGES = [
  { id: 'playground', href: './index.html', en: 'Playground', zh: '演练场' },
  { id: 'lab', href: './lab.html', en: 'Optimizer lab', zh: '优化器实验室' },
  { id: 'regression', href: './regression.html', en: 'Linear regression', zh: '线性回归' },
  { id: 'images', href: './images.html', en: 'Images', zh: '图像' },
  { id: 'concepts', href: './concepts.html', en: 'Concepts', zh: '概念' },
  { id: 'houses', href: './houses.html', en: 'House prices', zh: '房价' },
  { id: 'gallery', href: './gallery.html', en: 'Gallery', zh: '故事集' },
];

export const pageById = (id) => PAGES.find((p) => p.id === id);
