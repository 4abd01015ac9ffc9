// The course's stories, one click each. A preset is a partial lab state plus the number of
// iterations the story runs; the URL state of the same scene reproduces it exactly.

const off = { on: false };

export const PRESETS = [
  {
    id: 'valley', title: 'presetValley', story: 'storyValley', steps: 100,
    state: {
      surface: 'quadratic', a: 0.5, b: 25, angle: 30, start: [-2.5, 1.5], noise: 0,
      racers: { sgd: { on: true, learningRate: 0.038 }, momentum: { on: true, learningRate: 0.01, momentum: 0.8, nesterov: false },
        adagrad: off, rmsprop: off, adam: off },
      chart: 'loss', focus: 'sgd',
    },
  },
  {
    id: 'saddle', title: 'presetSaddle', story: 'storySaddle', steps: 200,
    state: {
      surface: 'saddle', start: [-1.5, 0], noise: 0.02, seed: 1,
      racers: { sgd: { on: true, learningRate: 0.01 }, momentum: { on: true, learningRate: 0.01, momentum: 0.9, nesterov: false },
        adagrad: off, rmsprop: off, adam: { on: true, learningRate: 0.02, beta1: 0.9, beta2: 0.999 } },
      chart: 'loss',
    },
  },
  {
    id: 'plateau', title: 'presetPlateau', story: 'storyPlateau', steps: 150,
    state: {
      surface: 'plateau', start: [-4, 1], noise: 0,
      racers: { sgd: { on: true, learningRate: 0.5 }, momentum: { on: true, learningRate: 0.5, momentum: 0.9, nesterov: false },
        adagrad: off, rmsprop: off, adam: off },
      chart: 'loss',
    },
  },
  {
    id: 'adagrad', title: 'presetAdagrad', story: 'storyAdagrad', steps: 300,
    state: {
      surface: 'plateau', start: [-4, 1], noise: 0,
      racers: { sgd: off, momentum: off, adagrad: { on: true, learningRate: 0.05 }, rmsprop: { on: true, learningRate: 0.05, rho: 0.9 }, adam: off },
      chart: 'step', arrows: { gradient: false, step: true, velocity: false, scale: true },
    },
  },
  {
    id: 'overshoot', title: 'presetOvershoot', story: 'storyOvershoot', steps: 300,
    state: {
      surface: 'quadratic', a: 1, b: 10, angle: 0, start: [-2.5, 1.5], noise: 0,
      racers: { sgd: { on: true, learningRate: 0.01 }, momentum: { on: true, learningRate: 0.01, momentum: 0.99, nesterov: false },
        adagrad: off, rmsprop: off, adam: off },
      chart: 'loss', focus: 'momentum',
    },
  },
  {
    id: 'optimal', title: 'presetOptimal', story: 'storyOptimal', steps: 60, optimal: true,
    state: {
      surface: 'quadratic', a: 1, b: 10, angle: 20, start: [-2.5, 1.5], noise: 0,
      racers: { sgd: { on: true }, momentum: { on: true, nesterov: false }, adagrad: off, rmsprop: off, adam: off },
      chart: 'loss', focus: 'momentum',
    },
  },
];

export const presetById = (id) => PRESETS.find((p) => p.id === id);
