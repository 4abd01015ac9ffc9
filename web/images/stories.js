// The image page's stories, as plain data: each sets the page's link keys (set, hidden,
// dropout, epochs, … as main.js reads them), trains, and ends on the view that makes its
// point. The gallery lists these definitions (web/gallery/story-sources.js); every claim a
// description makes is checked with the page's numbers by tests/e2e/page-stories.spec.js.
//
// A story is {id, title: {en, zh}, description: {en, zh} (one line), link: {key: value} (the
// page's hash keys), focus (the id of the view the story is about), draw?: [[x, y], …] (a
// stroke drawn on the pad after training, in pad fractions 0 … 1)}.

// A "0" as a student draws it: one closed loop, taller than wide.
const ZERO = Array.from({ length: 25 }, (_, i) => {
  const a = (i / 24) * 2 * Math.PI;
  return [0.5 + 0.26 * Math.sin(a), 0.5 - 0.38 * Math.cos(a)];
});

export const STORIES = [
  {
    id: 'digits',
    title: { en: 'Handwritten digits, default MLP', zh: '手写数字，默认 MLP' },
    description: {
      en: 'The 8×8 digits with the default network (256, 128 ReLU, Adam): above 95 % test accuracy within 10 epochs.',
      zh: '8×8 手写数字，默认网络（256、128 个 ReLU，Adam）：10 轮内测试准确率超过 95%。',
    },
    link: { set: 'digits', hidden: '256,128', dropout: '0', epochs: '10' },
    focus: 'accuracyChart',
  },
  {
    id: 'weights',
    title: { en: 'What the first layer learned', zh: '第一层学到了什么' },
    description: {
      en: 'Sixteen hidden units, each drawn as the 8×8 image of its incoming weights (blue positive, orange negative): 20 epochs turn random noise into smooth stroke-like patches.',
      zh: '16 个隐藏单元，每个画成其输入权重的 8×8 图像（蓝为正，橙为负）：训练 20 轮后，随机噪声变成了平滑的笔画状斑块。',
    },
    link: { set: 'digits', hidden: '16', dropout: '0', epochs: '20' },
    focus: 'weights',
  },
  {
    id: 'overfit',
    title: { en: 'Over-fitting on digits', zh: '在手写数字上过拟合' },
    description: {
      en: 'Two layers of 256, no dropout, 20 epochs: every training image right (100 %), while the test loss ends several times the training loss.',
      zh: '两层各 256 个神经元、不用 dropout、训练 20 轮：训练图像全部分对（100%），而测试损失最终是训练损失的好几倍。',
    },
    link: { set: 'digits', hidden: '256,256', dropout: '0', epochs: '20' },
    focus: 'lossChart',
  },
  {
    id: 'dropout',
    title: { en: 'The same network with dropout', zh: '同一个网络加上 dropout' },
    description: {
      en: 'The over-fitting story with dropout 0.5 on both layers: the test loss ends under twice the training loss, a smaller gap than without dropout.',
      zh: '过拟合那一例在两层都加上 0.5 的 dropout：测试损失最终不到训练损失的两倍，差距比不用 dropout 时小。',
    },
    link: { set: 'digits', hidden: '256,256', dropout: '0.5', epochs: '20' },
    focus: 'lossChart',
  },
  {
    id: 'draw',
    title: { en: 'Draw a digit', zh: '画一个数字' },
    description: {
      en: 'After 10 epochs on the digits, a 0 drawn on the pad is shrunk to 8×8 like the training images and recognized as 0.',
      zh: '在手写数字上训练 10 轮后，在画板上画一个 0：它像训练图像一样被缩成 8×8，并被认成 0。',
    },
    link: { set: 'digits', hidden: '256,128', dropout: '0', epochs: '10' },
    focus: 'drawPad',
    draw: ZERO,
  },
];

export const storyById = (id) => STORIES.find((s) => s.id === id) ?? null;
