// The page's stories: each phase is a state (from the defaults and the current state) and,
// where the story is about the stability limit, a learning rate from the core's λ_max.
// The texts are strings.js's storyText_*; the Playwright spec checks each ends as it says.

// House area in square feet, price in thousands: y ≈ 0.12·x + 30.
const HOUSES = { weight: 0.12, bias: 30, noise: 25, points: 60, xMin: 500, xMax: 3500 };

const line = (d, l, extra = {}) => ({ ...d, source: 'line', line: { ...l }, ...extra });

export const STORIES = [
  {
    id: 'scale',
    phases: [
      // The same rule for α in both phases: 1/λ_max of the data the model sees.
      { text: 'storyText_scale', state: (d) => line(d, HOUSES, { start: [0, 0], speed: 100 }), rate: (st) => 1 / st.lambdaMax },
      { text: 'storyText_scaled', button: 'standardize', state: (d) => line(d, HOUSES, { standardize: true, start: [0, 0], speed: 1 }),
        rate: (st) => 1 / st.lambdaMax },
    ],
  },
  {
    id: 'rate',
    phases: [
      { text: 'storyText_rateBelow', state: (d) => line(d, d.line, { start: [-4, 6], speed: 5 }), rate: (st) => 0.99 * st.stableRate },
      { text: 'storyText_rateAbove', button: 'rateAboveButton', state: (d) => line(d, d.line, { start: [-4, 6], speed: 5 }),
        rate: (st) => 1.01 * st.stableRate },
    ],
  },
  {
    id: 'batch',
    phases: [
      { text: 'storyText_batch', state: (d) => line(d, d.line, { start: [-3, 5], batchSize: 1, speed: 2, optimizer: { ...d.optimizer, learningRate: 0.03 } }) },
      { text: 'storyText_batch', button: 'batch8Button', state: (d) => line(d, d.line, { start: [-3, 5], batchSize: 8, speed: 2, optimizer: { ...d.optimizer, learningRate: 0.03 } }) },
      { text: 'storyText_batch', button: 'fullBatchButton', state: (d) => line(d, d.line, { start: [-3, 5], batchSize: 0, speed: 2, optimizer: { ...d.optimizer, learningRate: 0.03 } }) },
    ],
  },
  {
    id: 'momentum',
    phases: [
      { text: 'storyText_valley', state: (d) => line(d, { ...d.line, xMin: 2, xMax: 6 }, { start: [-2, -4], speed: 5 }), rate: (st) => 1 / st.lambdaMax },
      { text: 'storyText_momentum', button: 'momentumButton', rate: (st) => 1 / st.lambdaMax,
        state: (d) => line(d, { ...d.line, xMin: 2, xMax: 6 }, { start: [-2, -4], speed: 5, optimizer: { ...d.optimizer, kind: 'momentum', momentum: 0.9 } }) },
    ],
  },
];
