// Every string the page shows, once per language. Elements carry data-i18n="key" (text),
// data-i18n-title="key" (tooltip) or data-i18n-aria="key" (screen-reader label).

export const strings = {
  en: {
    title: 'Descent — neural network playground',
    brand: 'Descent',
    tagline: 'Train a neural network in your browser. Every number is computed by a C++ core running as WebAssembly.',
    play: 'Play', pause: 'Pause', step: 'Step', reset: 'Reset',
    playTip: 'Train continuously (space)', stepTip: 'Train one epoch (→)', resetTip: 'New weights, same data (r)',
    epoch: 'Epoch',
    learningRate: 'Learning rate',
    learningRateTip: 'α: how far each step moves the weights against the gradient. Too large and the loss diverges.',
    activation: 'Activation',
    activationTip: 'The non-linearity applied by every hidden neuron.',
    regularization: 'Regularization',
    regularizationTip: 'L1 gives sparse weights (many exactly zero); L2 keeps all weights small.',
    regularizationRate: 'Regularization rate',
    regularizationRateTip: 'λ: how strongly the penalty pulls weights toward zero.',
    none: 'None',
    speed: 'Epochs per frame',
    speedTip: 'How many epochs the core trains between two frames.',
    data: 'Data',
    dataTip: 'Which data set to learn.',
    noise: 'Noise',
    noiseTip: 'How much the points are scattered across the class border.',
    trainRatio: 'Training data',
    trainRatioTip: 'The share of points used for training; the rest measure the test loss.',
    batchSize: 'Batch size',
    batchSizeTip: 'Points per gradient step (mini-batch). 1 is pure stochastic gradient descent.',
    regenerate: 'Regenerate',
    regenerateTip: 'Draw new points with a new seed.',
    features: 'Features',
    featuresTip: 'Which properties of a point the network sees as inputs.',
    hiddenLayers: 'Hidden layers',
    addLayer: 'Add a hidden layer', removeLayer: 'Remove a hidden layer',
    addNeuron: 'Add a neuron', removeNeuron: 'Remove a neuron',
    neurons: 'neurons',
    output: 'Output',
    trainLoss: 'Training loss', testLoss: 'Test loss',
    trainAccuracy: 'Training accuracy', testAccuracy: 'Test accuracy',
    showTest: 'Show test data', discretize: 'Discretize output',
    showTestTip: 'Draw the test points (outlined) on top of the training points.',
    discretizeTip: 'Show only the predicted class instead of the confidence.',
    lossChart: 'Loss over epochs',
    boundary: 'Decision boundary',
    language: '中文',
    languageTip: 'Switch language',
    toLab: 'Optimizer lab', toLabTip: 'Watch SGD, Momentum, AdaGrad, RMSProp and Adam walk a loss surface',
    loading: 'Loading the WebAssembly core…',
    diverged: 'Training stopped: the loss became infinite or NaN (the learning rate is probably too large). The weights of the last finite epoch are kept; lower the learning rate and press Reset.',
    badUrl: 'The link could not be read: {msg}. The default settings are shown instead.',
    badSetting: 'That setting was not applied: {msg}',
    coreFailed: 'The WebAssembly core could not be loaded: {msg}',
    circle: 'Circle', xor: 'Exclusive or', gauss: 'Gaussian', spiral: 'Spiral', plane: 'Plane (regression)', multi_gauss: 'Multi-Gaussian (regression)',
    tanh: 'Tanh', relu: 'ReLU', sigmoid: 'Sigmoid', linear: 'Linear', leaky_relu: 'Leaky ReLU', elu: 'ELU',
    l1: 'L1', l2: 'L2',
  },
  zh: {
    title: 'Descent — 神经网络演练场',
    brand: 'Descent',
    tagline: '在浏览器中训练神经网络。所有数值均由以 WebAssembly 运行的 C++ 内核计算。',
    play: '运行', pause: '暂停', step: '单步', reset: '重置',
    playTip: '连续训练（空格）', stepTip: '训练一个周期（→）', resetTip: '重新初始化权重，数据不变（r）',
    epoch: '周期',
    learningRate: '学习率',
    learningRateTip: 'α：每一步沿负梯度方向移动权重的距离。过大会使损失发散。',
    activation: '激活函数',
    activationTip: '每个隐藏神经元使用的非线性函数。',
    regularization: '正则化',
    regularizationTip: 'L1 产生稀疏权重（许多恰好为零）；L2 使所有权重保持较小。',
    regularizationRate: '正则化率',
    regularizationRateTip: 'λ：惩罚项把权重拉向零的力度。',
    none: '无',
    speed: '每帧周期数',
    speedTip: '两帧之间内核训练的周期数。',
    data: '数据',
    dataTip: '选择要学习的数据集。',
    noise: '噪声',
    noiseTip: '点越过类别边界的散布程度。',
    trainRatio: '训练数据比例',
    trainRatioTip: '用于训练的点所占比例；其余的点用来计算测试损失。',
    batchSize: '批大小',
    batchSizeTip: '每次梯度更新使用的点数（小批量）。1 即纯随机梯度下降。',
    regenerate: '重新生成',
    regenerateTip: '用新的随机种子生成新的数据点。',
    features: '特征',
    featuresTip: '网络把点的哪些属性作为输入。',
    hiddenLayers: '隐藏层',
    addLayer: '增加一个隐藏层', removeLayer: '删除一个隐藏层',
    addNeuron: '增加一个神经元', removeNeuron: '删除一个神经元',
    neurons: '个神经元',
    output: '输出',
    trainLoss: '训练损失', testLoss: '测试损失',
    trainAccuracy: '训练准确率', testAccuracy: '测试准确率',
    showTest: '显示测试数据', discretize: '离散化输出',
    showTestTip: '在训练点之上绘制测试点（带描边）。',
    discretizeTip: '只显示预测的类别，而不显示置信度。',
    lossChart: '损失随周期的变化',
    boundary: '决策边界',
    language: 'English',
    languageTip: '切换语言',
    toLab: '优化器实验室', toLabTip: '观察 SGD、动量、AdaGrad、RMSProp 和 Adam 在损失曲面上行走',
    loading: '正在加载 WebAssembly 内核……',
    diverged: '训练已停止：损失变为无穷大或 NaN（学习率可能过大）。已保留最后一个有限周期的权重；请调低学习率并按“重置”。',
    badUrl: '无法读取该链接：{msg}。已改为显示默认设置。',
    badSetting: '该设置未被应用：{msg}',
    coreFailed: '无法加载 WebAssembly 内核：{msg}',
    circle: '圆形', xor: '异或', gauss: '高斯', spiral: '螺旋', plane: '平面（回归）', multi_gauss: '多高斯（回归）',
    tanh: 'Tanh', relu: 'ReLU', sigmoid: 'Sigmoid', linear: '线性', leaky_relu: 'Leaky ReLU', elu: 'ELU',
    l1: 'L1', l2: 'L2',
  },
};

const STORAGE_KEY = 'descent.lang';
let current = 'en';

export function initialLanguage() {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored && strings[stored]) return stored;
  return (globalThis.navigator?.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function setLanguage(lang, root = document) {
  current = strings[lang] ? lang : 'en';
  globalThis.localStorage?.setItem(STORAGE_KEY, current);
  root.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  root.title = t('title');
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
