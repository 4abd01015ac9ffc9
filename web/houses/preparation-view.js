// The preparation summary as sentences: what the core's preparationJson says it did.
import { t } from '../shared/i18n.js';

const number = (v) => Number(v.toPrecision(6)).toLocaleString('en-US');

/** prep: TabularTrainer.preparationJson() parsed (or null); summary: Table.summaryJson() parsed. */
export function describePreparation(prep, summary) {
  if (!prep || !summary) return [t('prepNone')];
  const numeric = prep.features.filter((f) => f.type === 'numeric');
  const categorical = prep.features.filter((f) => f.type === 'categorical');
  const lines = [t('prepSummary', {
    inputs: prep.inputs, numeric: numeric.length, categorical: categorical.length,
    onehot: categorical.reduce((a, f) => a + f.width, 0), train: prep.train, validation: prep.validation, test: prep.test,
  })];
  lines.push(t('prepImputed', {
    train: prep.features.reduce((a, f) => a + f.missingTrain, 0), all: prep.features.reduce((a, f) => a + f.missingAll, 0),
  }));
  if (prep.droppedRows) lines.push(t('prepDropped', { n: prep.droppedRows }));
  const target = summary.columns[prep.target].name;
  if (prep.rule === 'threshold')
    lines.push(t('prepThreshold', { target, threshold: number(prep.threshold), how: prep.thresholdGiven ? t('thresholdGiven') : t('thresholdMedian') }));
  else if (prep.rule === 'regression') lines.push(t('prepRegression', { target }));
  else lines.push(t('prepClasses', { target, classes: prep.classes.join(', ') }));
  return lines;
}
