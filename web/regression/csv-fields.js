// CSV data for the regression page: pick a file (or the Ames houses), then the x column(s) and
// the y column. The core reads the file (Table: the same reader as the house-price page) and
// builds the data from the chosen columns (data.columns in the spec); a text column chosen
// is refused by the core with its name, and the page keeps what it had.
import { t } from '../shared/i18n.js';
import { readText } from '../shared/files.js';

const MAX_BYTES = 256 * 2 ** 20;  // the core's byte limit (kCsvMaxBytes)

export class CsvFields {
  /**
   * hosts: {file, ames, x, y, info}; core: the module (Table); onLoad(csv): a file read,
   * with default columns; onColumns(x, y): a column choice; onError(message).
   */
  constructor(hosts, core, { amesUrl, onLoad, onColumns, onError }) {
    Object.assign(this, { hosts, core, onLoad, onColumns, onError });
    hosts.file.addEventListener('change', async (e) => {
      const file = e.target.files[0];
      e.target.value = '';
      if (!file) return;
      try {
        this.read(file.name, await readText(file, MAX_BYTES));
      } catch (err) { onError(err.message); }
    });
    hosts.ames.addEventListener('click', async () => {
      try {
        const response = await fetch(amesUrl);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        // The example: living area against sale price.
        this.read('ames.csv', await response.text(), { x: ['Gr_Liv_Area'], y: 'Sale_Price' });
      } catch (err) { onError(err.message); }
    });
    const pick = () => {
      const x = [...hosts.x.selectedOptions].map((o) => o.value);
      onColumns(x, hosts.y.value);
    };
    hosts.x.addEventListener('change', pick);
    hosts.y.addEventListener('change', pick);
  }

  /** Reads `text` in the core; the default columns: the first two numeric ones (x, then y). */
  read(name, text, preferred = null) {
    let table;
    try {
      table = new this.core.Table(text);
    } catch (e) {
      this.onError(e.message);
      return;
    }
    const summary = JSON.parse(table.summaryJson());
    table.delete();
    const columns = summary.columns.map((c) => ({ name: c.name, type: c.type }));
    const numeric = columns.filter((c) => c.type === 'numeric').map((c) => c.name);
    const x = preferred?.x ?? numeric.slice(0, 1);
    const y = preferred?.y ?? numeric[1] ?? numeric[0] ?? '';
    this.onLoad({ name, text, columns, rows: summary.rows, x, y });
  }

  /** Shows the menus for `csv` ({name, columns, x, y, rows}) or nothing. */
  show(csv) {
    const { x, y, info } = this.hosts;
    if (!csv) {
      x.replaceChildren();
      y.replaceChildren();
      info.textContent = t('csvNone');
      return;
    }
    const option = (c) => new Option(c.type === 'numeric' ? c.name : `${c.name} (${t('csvText')})`, c.name);
    x.replaceChildren(...csv.columns.map(option));
    y.replaceChildren(...csv.columns.map(option));
    for (const o of x.options) o.selected = csv.x.includes(o.value);
    y.value = csv.y;
    info.textContent = t('csvInfo', { name: csv.name, rows: csv.rows, cols: csv.columns.length, used: csv.used ?? csv.rows });
  }
}
