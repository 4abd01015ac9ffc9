// The concepts page's stories: each puts one figure in the state that answers a review
// question (the page's own link keys: act, ax, logits, y, T, net, alpha, x, target, seed,
// step), may press the figure's buttons as a student would, and ends with that figure in view.
// The gallery lists these definitions (web/gallery/story-sources.js); every claim a
// description makes is checked with the core's numbers by tests/e2e/page-stories.spec.js.
//
// A story is {id, title: {en, zh}, description: {en, zh} (one line), link: {key: value},
// clicks: [button id, …] (pressed in order after the link is applied), focus (the figure's
// section id)}.

export const STORIES = [
  {
    id: 'dead-relu',
    title: { en: 'A dead ReLU', zh: '“死亡”的 ReLU' },
    description: {
      en: 'At x = −2 ReLU outputs 0 and its slope is 0: a unit held there passes no gradient back and stops learning.',
      zh: '在 x = −2 处 ReLU 输出 0、斜率也是 0：停在这里的单元不向后传梯度，也就不再学习。',
    },
    link: { act: 'relu', ax: '-2' },
    focus: 'activations',
  },
  {
    id: 'sigmoid-saturation',
    title: { en: 'Sigmoid saturates', zh: 'sigmoid 饱和' },
    description: {
      en: 'At x = 5 the sigmoid is almost flat: σ′(5) ≈ 0.0066, under 3 % of its largest slope 0.25 — the vanishing gradient.',
      zh: '在 x = 5 处 sigmoid 几乎是平的：σ′(5) ≈ 0.0066，不到其最大斜率 0.25 的 3%——这就是梯度消失。',
    },
    link: { act: 'sigmoid', ax: '5' },
    focus: 'activations',
  },
  {
    id: 'temperature',
    title: { en: 'Softmax temperature', zh: 'softmax 的温度' },
    description: {
      en: 'Logits 2, 1, 0.1 divided by T = 0.5: the largest probability rises from 0.66 (T = 1) to 0.86.',
      zh: 'logits 2、1、0.1 除以 T = 0.5：最大的概率从 0.66（T = 1）升到 0.86。',
    },
    link: { logits: '2,1,0.1', y: '1', T: '0.5' },
    focus: 'softmax',
  },
  {
    id: 'softmax-shift',
    title: { en: 'Adding a constant changes nothing', zh: '加一个常数什么都不变' },
    description: {
      en: 'Every logit raised by 1, three times (2, 1, 0.1 → 5, 4, 3.1): the probabilities stay 0.66, 0.24, 0.10.',
      zh: '每个 logit 加 1，加三次（2、1、0.1 → 5、4、3.1）：概率仍是 0.66、0.24、0.10。',
    },
    link: { logits: '2,1,0.1', y: '1', T: '1' },
    clicks: ['smPlus', 'smPlus', 'smPlus'],
    focus: 'softmax',
  },
  {
    id: 'backprop-update',
    title: { en: 'Backpropagation to the update', zh: '反向传播直到更新' },
    description: {
      en: 'Two rounds of forward, backward and update: every gradient equals its finite-difference check, and the loss of the second round is lower.',
      zh: '两轮前向、反向与更新：每个梯度都与有限差分的检验相等，第二轮的损失更低。',
    },
    link: { alpha: '0.5' },
    clicks: ['bpToUpdate', 'bpToUpdate'],
    focus: 'backprop',
  },
];

export const storyById = (id) => STORIES.find((s) => s.id === id) ?? null;
