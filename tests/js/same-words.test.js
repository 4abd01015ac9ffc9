// The lab and the playground say the same thing about the same bad value: both links reach the
// core's one range table, so a learning rate of 11 is refused in the core's words on either
// page. The lab names its link key (which racer) and then says the core's sentence, not one of
// its own.
import { test, expect, beforeAll } from 'vitest';
import { loadTestCore } from './load-core.js';
import { useCatalog } from '../../web/lab/racers.js';
import { openLink } from '../../web/lab/link-open.js';
import { fromHash as playgroundLink } from '../../web/playground/state.js';

let core, catalog;
beforeAll(async () => {
  core = await loadTestCore();
  catalog = JSON.parse(core.catalog());
  useCatalog(catalog);
});

/** The message the playground shows for a link: its parse, then the core building the run. */
function playgroundMessage(hash) {
  const { spec, errors } = playgroundLink(hash, catalog);
  if (errors.length) return errors[0];
  try {
    new core.Trainer(JSON.stringify(spec)).delete();
    return null;
  } catch (e) {
    return e.message;
  }
}

test('a learning rate of 11 gets the core\'s same sentence in the playground and in the lab', () => {
  const said = playgroundMessage('#optimizer.learningRate=11');
  expect(said).toBe('optimizer.learningRate: must be from 1e-07 to 10, got 11');
  const lab = openLink(core, '#sgd.learningRate=11&b=3');
  lab.session.dispose();
  expect(lab.problems).toEqual([`sgd.learningRate: ${said}`]);
  expect(lab.applied).toEqual(['b']);
});

test('so does a momentum β of 1 (the spec allows at most 0.9999)', () => {
  const said = playgroundMessage('#optimizer.kind=momentum&optimizer.momentum=1');
  expect(said).toBe('optimizer.momentum: must be from 0 to 0.9999, got 1');
  const lab = openLink(core, '#momentum.momentum=1');
  lab.session.dispose();
  expect(lab.problems).toEqual([`momentum.momentum: ${said}`]);
});
