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
      en: 'Logistic regression (no hidden layer), then the default MLP with dropout: both above 91 % test accuracy, within 2 points — on this table the hidden layers add little.',
      zh: '先训练逻辑回归（无隐藏层），再训练带 dropout 的默认 MLP：两者测试准确率都超过 91%，相差不到 2 个百分点——在这张表上隐藏层带来的提升很小。',
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
      en: 'Two layers of 64 with dropout 0.5, then without: without dropout the validation loss is lowest within 10 epochs and then more than doubles, ending far above the dropout run.',
      zh: '两层各 64 个神经元，先用 dropout 0.5，再去掉：没有 dropout 时验证损失在 10 轮内就降到最低，随后涨到两倍多，最终远高于用 dropout 的那次。',
    },
    focus: 'lossChart',
    runs: [
      { model: { hidden: [64, 64], activation: 'relu', dropout: 0.5, init: 'he_uniform' }, regularization: { kind: 'none', rate: 0 }, training: long },
      { model: { hidden: [64, 64], activation: 'relu', dropout: 0, init: 'he_uniform' }, regularization: { kind: 'none', rate: 0 }, training: long },
    ],
  },
  {
    id: 'layers',
    title: { en: 'One hidden layer or three', zh: '一层隐藏层还是三层' },
    description: {
      en: 'One hidden layer of 32, then three: on 2,930 houses the deeper network is no more accurate on the test set.',
      zh: '先用一层 32 个神经元的隐藏层，再用三层：在 2930 套房子上，更深的网络在测试集上并没有更准。',
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
      en: 'The same network with ReLU, tanh, then sigmoid: the sigmoid network’s first-epoch training loss is over twice the others’, yet all three end between 91 % and 93 % test accuracy.',
      zh: '同一个网络依次用 ReLU、tanh、sigmoid：sigmoid 网络第一轮的训练损失是另两个的两倍多，但三者最终的测试准确率都在 91% 到 93% 之间。',
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
