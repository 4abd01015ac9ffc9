// The playground's files: settings (spec JSON) and model files saved and loaded, the boundary
// (PNG) and the loss history (CSV) exported. Only serializes what the core and the renderers
// already produced; a file the core rejects changes nothing.
import { download, jsonBlob, readText, parseJson } from '../shared/files.js';
import { showMessage } from '../shared/messages.js';
import { t } from '../shared/i18n.js';
import { Session } from './session.js';
import { checkPageLimits } from './limits.js';

/** The loss history as CSV: one row per recorded epoch. */
export function historyCsv(history) {
  const rows = ['epoch,train_loss,test_loss'];
  for (const h of history) rows.push(`${h.epoch},${h.trainLoss},${h.testLoss}`);
  return new Blob([`${rows.join('\n')}\n`], { type: 'text/csv' });
}

/** The boundary canvas scaled up with the points canvas on top, as a PNG blob. */
export function boundaryPng(boundary, points, size = 720) {
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const ctx = c.getContext('2d');
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(boundary, 0, 0, size, size);
  ctx.drawImage(points, 0, 0, size, size);
  return new Promise((resolve) => c.toBlob(resolve, 'image/png'));
}

/**
 * The file buttons' handlers. app: the page ({core, session, state, player}); install(session)
 * makes a loaded model the running session; rebuild() builds one from app.state.spec and
 * returns the core's Error, or null.
 */
export function fileActions(app, { install, rebuild }) {
  return {
    saveSpec: () => download('descent-experiment.json', jsonBlob(app.session.spec)),
    saveModel: () => {
      let text;
      try {
        text = app.session.saveModel();  // the core refuses non-finite weights (JSON cannot hold them)
      } catch (e) {
        showMessage(t('badSetting', { msg: e.message }));
        return;
      }
      download(`descent-model-epoch${app.session.metrics.epoch}.json`, new Blob([text], { type: 'application/json' }));
    },
    exportCsv: () => download('descent-loss.csv', historyCsv(app.session.history)),
    exportPng: async () => {
      const blob = await boundaryPng(document.getElementById('boundary'), document.getElementById('points'));
      download(`descent-boundary-epoch${app.session.metrics.epoch}.png`, blob);
    },
    loadSpec: async (file) => {
      let spec;
      try {
        const text = await readText(file);
        spec = parseJson(text);
        if (spec?.format === 'descent-model') throw new Error(t('isAModel'));
        checkPageLimits(spec, app.catalog);
        new Session(app.core, text).dispose();  // the core reads the text itself: keys twice, 1e400
      } catch (e) {
        showMessage(t('badFile', { msg: e.message }));
        return;
      }
      app.player.pause();
      const old = app.state.spec;
      app.state.spec = spec;
      const error = rebuild();  // keeps the old session if the core rejects the spec
      if (error) { app.state.spec = old; showMessage(t('badFile', { msg: error.message })); }
    },
    // A model file: spec + weights + optimizer state, into a new session.
    loadModel: async (file) => {
      let next = null;
      try {
        const text = await readText(file, 50e6);
        const model = parseJson(text);
        if (model?.format !== 'descent-model') throw new Error(t('notAModel'));
        if (!model.spec || typeof model.spec !== 'object') throw new Error('model file.spec: is missing (a model file holds the experiment it was trained in)');
        // Checked before the core allocates the network the file asks for.
        try { checkPageLimits(model.spec, app.catalog); } catch (e) { throw new Error(`model file.spec.${e.message}`); }
        next = new Session(app.core, model.spec);
        next.loadModel(text);
      } catch (e) {
        next?.dispose();
        showMessage(t('badFile', { msg: e.message }));
        return;
      }
      app.player.pause();
      install(next);
      showMessage(t('modelLoaded', { epoch: next.metrics.epoch }), 'success');
    },
  };
}
