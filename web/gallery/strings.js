// The gallery page's strings (gallery.html), in both languages.
export const galleryStrings = {
  en: {
    galleryTitle: 'Descent — gallery of stories',
    galleryIntro: 'Every story of every page, as the page itself shows it. Open one to try it, or copy the HTML that embeds it in a course page.',
    galleryOpen: 'Open',
    galleryCopyEmbed: 'Copy embed',
    galleryThumb: 'The page at the start of this story',
    galleryStories: '{n} stories',
  },
  zh: {
    galleryTitle: 'Descent — 故事集',
    galleryIntro: '每个页面的每个故事，都由页面本身呈现。打开即可尝试，或复制把它嵌入课程网页的 HTML。',
    galleryOpen: '打开',
    galleryCopyEmbed: '复制嵌入代码',
    galleryThumb: '该故事开始时的页面',
    galleryStories: '{n} 个故事',
  },
};
