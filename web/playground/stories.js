// The playground's stories, one click each, as plain data: every page that lists stories (the
// gallery, an embed dialog) reads these definitions, so a story cannot drift from what it shows.
//
// A story is {id, title: {en, zh}, description: {en, zh} (one line), spec (the run it ends
// on: a partial experiment spec, completed by the core's defaults), epochs (how long that run
// plays), view (page view settings), compare: [{label: {en, zh}, spec, epochs}]}. The compare
// runs are trained first, to the same number of epochs, and pinned (pins.js), so the story's
// run plays over their curves. Every claim a description makes is checked with the core's
// numbers by tests/e2e/playground-stories.spec.js; tests/js/playground-stories.test.js checks
// that every spec is one the core accepts.

// Few points, half of them noise, a big network: the course's overfitting set-up.
const overfit = {
  seed: 3,
  data: { generator: 'xor', points: 40, noise: 0.5, trainRatio: 0.5 },
  features: ['x1', 'x2'],
  model: { hidden: [16, 16, 16], activation: 'relu', activations: ['relu', 'relu', 'relu'], dropout: [0, 0, 0], batchNorm: false },
  optimizer: { kind: 'adam', learningRate: 0.003 },
  regularization: { kind: 'none', rate: 0 },
  training: { batchSize: 10, earlyStopping: { patience: 0 } },
};
const with_ = (base, patch) => mergeDeep(structuredClone(base), patch);

const circle = {
  seed: 1,
  data: { generator: 'circle', points: 200, noise: 0.1, trainRatio: 0.5 },
  features: ['x1', 'x2'],
  model: { hidden: [4, 2], activation: 'tanh', activations: ['tanh', 'tanh'], dropout: [0, 0], batchNorm: false },
  optimizer: { kind: 'sgd', learningRate: 0.03 },
  regularization: { kind: 'none', rate: 0 },
  training: { batchSize: 10, earlyStopping: { patience: 0 } },
};

const gaussAllFeatures = {
  seed: 1,
  data: { generator: 'gauss', points: 200, noise: 0.1, trainRatio: 0.5 },
  features: ['x1', 'x2', 'x1^2', 'x2^2', 'x1x2', 'sin_x1', 'sin_x2'],
  model: { hidden: [8, 8], activation: 'tanh', activations: ['tanh', 'tanh'], dropout: [0, 0], batchNorm: false },
  optimizer: { kind: 'sgd', learningRate: 0.03 },
  regularization: { kind: 'l2', rate: 0.03 },
  training: { batchSize: 10, earlyStopping: { patience: 0 } },
};

const deepSigmoid = {
  seed: 1,
  data: { generator: 'circle', points: 200, noise: 0.1, trainRatio: 0.5 },
  features: ['x1', 'x2'],
  model: { hidden: [8, 8, 8, 8, 8, 8], activation: 'sigmoid', activations: Array(6).fill('sigmoid'), dropout: Array(6).fill(0), batchNorm: false },
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  regularization: { kind: 'none', rate: 0 },
  training: { batchSize: 10, earlyStopping: { patience: 0 } },
};

const noRegularization = { label: { en: 'no regularization', zh: '无正则化' }, spec: overfit };

export const STORIES = [
  {
    id: 'overfitting',
    title: { en: 'Overfitting', zh: '过拟合' },
    description: {
      en: '20 noisy training points, a big network: the training loss falls to almost 0 while the test loss turns up and ends far above its minimum.',
      zh: '20 个带噪声的训练点、一个大网络：训练损失几乎降到 0，测试损失却掉头上升，最后远高于它的最低点。',
    },
    spec: overfit, epochs: 300, view: { speed: 5, showTest: true },
    compare: [],
  },
  {
    id: 'l2',
    title: { en: 'L2 against overfitting', zh: 'L2 对抗过拟合' },
    description: {
      en: 'The same run with L2 (λ = 0.01): the training loss stays higher and the final test loss ends lower than without regularization (pinned).',
      zh: '同样的训练加上 L2（λ = 0.01）：训练损失更高，最终测试损失低于不加正则化的那次（已固定）。',
    },
    spec: with_(overfit, { regularization: { kind: 'l2', rate: 0.01 } }), epochs: 300, view: { speed: 5, showTest: true },
    compare: [noRegularization],
  },
  {
    id: 'l1',
    title: { en: 'L1 and its zero weights', zh: 'L1 与零权重' },
    description: {
      en: 'All seven features in, L1 (λ = 0.03): most weights become exactly 0 (L2, pinned, leaves none at 0) and the test accuracy stays above 95 %.',
      zh: '输入全部七个特征，使用 L1（λ = 0.03）：大部分权重变成恰好为 0（已固定的 L2 一个也没有），测试准确率仍高于 95%。',
    },
    spec: with_(gaussAllFeatures, { regularization: { kind: 'l1', rate: 0.03 } }), epochs: 200, view: { speed: 5 },
    compare: [{ label: { en: 'L2 (λ = 0.03)', zh: 'L2（λ = 0.03）' }, spec: gaussAllFeatures }],
  },
  {
    id: 'dropout',
    title: { en: 'Dropout', zh: 'Dropout（随机失活）' },
    description: {
      en: 'The overfitting run with dropout 0.3 in every hidden layer: the training loss stays higher, the final test loss ends lower than without (pinned).',
      zh: '在过拟合的训练中给每个隐藏层加上 0.3 的 dropout：训练损失更高，最终测试损失低于不加 dropout 的那次（已固定）。',
    },
    spec: with_(overfit, { model: { dropout: [0.3, 0.3, 0.3] } }), epochs: 300, view: { speed: 5, showTest: true },
    compare: [noRegularization],
  },
  {
    id: 'earlyStopping',
    title: { en: 'Early stopping', zh: '早停' },
    description: {
      en: 'The overfitting run with early stopping (patience 20): training stops long before epoch 300 and keeps the weights of the epoch with the lowest test loss.',
      zh: '在过拟合的训练中使用早停（耐心 20）：训练远在第 300 轮之前停止，并保留测试损失最低那一轮的权重。',
    },
    spec: with_(overfit, { training: { earlyStopping: { patience: 20 } } }), epochs: 300, view: { speed: 2, showTest: true },
    compare: [noRegularization],
  },
  {
    id: 'batchNorm',
    title: { en: 'Batch normalization, deep sigmoid network', zh: '批归一化与深层 sigmoid 网络' },
    description: {
      en: 'Six sigmoid layers: without batch normalization (pinned) the loss stays near 0.69 (chance) for 100 epochs; with it the network learns the circle (test accuracy above 90 %).',
      zh: '六层 sigmoid：不加批归一化（已固定）时损失在 100 轮里一直停在 0.69 附近（随机猜测）；加上后网络学会了圆形（测试准确率高于 90%）。',
    },
    spec: with_(deepSigmoid, { model: { batchNorm: true } }), epochs: 100, view: { speed: 2 },
    compare: [{ label: { en: 'without batch norm', zh: '无批归一化' }, spec: deepSigmoid }],
  },
  {
    id: 'batchSize',
    title: { en: 'Batch size 1, 10 and the full batch', zh: '批大小 1、10 与全批量' },
    description: {
      en: 'The same 50 epochs: batch size 1 makes 100 updates per epoch and ends lowest; 10 is in between; the full batch (pinned) makes one update per epoch and has barely moved.',
      zh: '同样训练 50 轮：批大小 1 每轮更新 100 次，损失最低；10 居中；全批量（已固定）每轮只更新一次，几乎没动。',
    },
    spec: with_(circle, { training: { batchSize: 1 } }), epochs: 50, view: { speed: 1 },
    compare: [
      { label: { en: 'full batch', zh: '全批量' }, spec: with_(circle, { training: { batchSize: 100000 } }) },
      { label: { en: 'batch size 10', zh: '批大小 10' }, spec: circle },
    ],
  },
  {
    id: 'learningRateTooLarge',
    title: { en: 'A learning rate that is too large', zh: '学习率过大' },
    description: {
      en: 'Learning rate 3: the loss jumps up and down and ends above where it started; with 0.3 (pinned) it falls smoothly to almost 0.',
      zh: '学习率为 3：损失上下跳动，最后比刚开始还高；学习率 0.3（已固定）时则平稳地降到接近 0。',
    },
    spec: with_(circle, { optimizer: { learningRate: 3 } }), epochs: 50, view: { speed: 1 },
    compare: [{ label: { en: 'learning rate 0.3', zh: '学习率 0.3' }, spec: with_(circle, { optimizer: { learningRate: 0.3 } }) }],
  },
];

export const storyById = (id) => STORIES.find((s) => s.id === id);

function mergeDeep(target, patch) {
  for (const [k, v] of Object.entries(patch)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && target[k] && typeof target[k] === 'object') mergeDeep(target[k], v);
    else target[k] = v;
  }
  return target;
}

// The link that opens a story's run in the playground (index.html#…): the same field paths
// the page’s URL uses (state.js). The compare runs are not in a link: pins live in the page.
export function storyHash(story) {
  const pairs = [];
  const walk = (obj, prefix) => {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (Array.isArray(v)) pairs.push([key, `[${v.join(',')}]`]);
      else if (v && typeof v === 'object') walk(v, key);
      else pairs.push([key, String(v)]);
    }
  };
  walk(story.spec, '');
  for (const [k, v] of Object.entries(story.view ?? {})) pairs.push([`view.${k}`, String(v)]);
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%5B/g, '[').replace(/%5D/g, ']')}`).join('&');
}
