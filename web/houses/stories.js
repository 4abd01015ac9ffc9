// The house-price page's stories: the comparisons the course's assignment asks a student to
// make by hand (layers, activation, dropout, and what the hidden layers add over logistic
// regression), each as runs trained one after another on the Ames houses, so the story ends
// with them side by side in "Runs compared".
//
// A story is {id, title: {en, zh}, description: {en, zh} (one line), focus (the id of the
// view its thumbnail and its point are in), runs: [{baseline?, model?, training?,
// regularization?}]}. Each run starts from the page's defaults (the Ames preset) with its
// sections replaced (`model` replaces the whole network; `training` and `regularization`
// are merged into the preset's). Runs are short (tens of epochs) so a story ends in seconds.
// The gallery lists these definitions (web/gallery/story-sources.js); every claim a
// description makes is checked with the page's numbers by tests/e2e/page-stories.spec.js.

const short = { epochs: 20 };
// Without early stopping, so a curve that turns up is seen turning up.
const long = { epochs: 30, earlyStopping: { patience: 0 } };

export const STORIES = [
  {
    id: 'baseline',
    title: { en: 'What the hidden layers add', zh: '隐藏层带来了什么' },
    description: {
      en: 'Logistic regression (no hidden layer) against the default MLP with dropout: on this table both reach about 90 % test accuracy.',
      zh: '逻辑回归（无隐藏层）对比带 dropout 的默认 MLP：在这张表上两者的测试准确率都在 90% 左右。',
    },
    focus: 'overlayChart',
    runs: [
      { baseline: true, training: short },
      { training: short },
    ],
  },
  {
    id: 'dropout',
    title: { en: 'Dropout against over-fitting', zh: '用 dropout 对抗过拟合' },
    description: {
      en: 'A wide network with dropout 0.5, then without dropout: without it the validation loss turns up after a few epochs and ends far above the run with dropout.',
      zh: '一个很宽的网络，先用 dropout 0.5 训练，再去掉 dropout：没有 dropout 时验证损失几轮后就掉头上升，最后远高于有 dropout 的那次。',
    },
    focus: 'lossChart',
    runs: [
      { model: { hidden: [256, 256], activation: 'relu', dropout: 0.5, init: 'he_uniform' }, regularization: { kind: 'none', rate: 0 }, training: long },
      { model: { hidden: [256, 256], activation: 'relu', dropout: 0, init: 'he_uniform' }, regularization: { kind: 'none', rate: 0 }, training: long },
    ],
  },
  {
    id: 'layers',
    title: { en: 'One hidden layer or three', zh: '一层隐藏层还是三层' },
    description: {
      en: 'One hidden layer of 32 against three: on 2,930 houses the deeper network is not more accurate.',
      zh: '一层 32 个神经元的隐藏层对比三层：在 2930 套房子上，更深的网络并没有更准。',
    },
    focus: 'overlayChart',
    runs: [
      { model: { hidden: [32], activation: 'relu', dropout: 0.2, init: 'he_uniform' }, training: short },
      { model: { hidden: [32, 32, 32], activation: 'relu', dropout: 0.2, init: 'he_uniform' }, training: short },
    ],
  },
  {
    id: 'activation',
    title: { en: 'ReLU, tanh or sigmoid', zh: 'ReLU、tanh 还是 sigmoid' },
    description: {
      en: 'The same network with three activations: the sigmoid network learns slowest in its first epochs.',
      zh: '同一个网络换三种激活函数：sigmoid 网络在最初几轮学得最慢。',
    },
    focus: 'overlayChart',
    runs: [
      { model: { hidden: [32, 16], activation: 'relu', dropout: 0.2, init: 'he_uniform' }, training: short },
      { model: { hidden: [32, 16], activation: 'tanh', dropout: 0.2, init: 'xavier_uniform' }, training: short },
      { model: { hidden: [32, 16], activation: 'sigmoid', dropout: 0.2, init: 'xavier_uniform' }, training: short },
    ],
  },
];

export const storyById = (id) => STORIES.find((s) => s.id === id) ?? null;
