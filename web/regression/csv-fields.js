// CSV data for the regression page: pick a file (or the Ames houses), then the x column(s) and
// the y column. The core reads the file (Table: the same reader as the house-price page) and
// builds the data from the chosen columns (data.columns in the spec); a text column chosen
// is refused by the core with its name, and the page keeps what it had.
import { t } from '../shared/i18n.js';
import { readText } from '../shared/files.js';

const MAX_BYTES = 256 * 2 ** 20;  // the core's byte limit (kCsvMaxBytes)

// The CSV files the page ships, by the id a link names them with (csv=<id>): the file and the
// columns the "Ames houses" button chooses (the example: living area against price).
export const CSV_EXAMPLES = { ames: { name: 'ames.csv', x: ['Gr_Liv_Area'], y: 'Sale_Price' } };

export class CsvFields {
  /**
   * hosts: {file, ames, x, y, info}; core: the module (Table); onLoad(csv): a file read,
   * with default columns; onColumns(x, y): a column choice; onError(message).
   */
  constructor(hosts, core, { amesUrl, onLoad, onColumns, onError }) {
    Object.assign(this, { hosts, core, onLoad, onColumns, onError, urls: { ames: amesUrl } });
    hosts.file.addEventListener('change', async (e) => {
      const file = e.target.files[0];
      e.target.value = '';
      if (!file) return;
      try {
        this.read(file.name, await readText(file, MAX_BYTES), this.preferred?.() ?? null);
      } catch (err) { onError(err.message); }
    });
    hosts.ames.addEventListener('click', async () => {
      try {
        const ames = CSV_EXAMPLES.ames;
        onLoad(this.parse(ames.name, await this.fetchExample('ames'), ames, 'ames'));
      } catch (err) { onError(err.message); }
    });
    const pick = () => {
      const x = [...hosts.x.selectedOptions].map((o) => o.value);
      onColumns(x, hosts.y.value);
    };
    hosts.x.addEventListener('change', pick);
    hosts.y.addEventListener('change', pick);
  }

  /** The text of the shipped file `id` (a key of CSV_EXAMPLES); throws with the reason. */
  async fetchExample(id) {
    const response = await fetch(this.urls[id]);
    if (!response.ok) throw new Error(`${CSV_EXAMPLES[id].name}: ${response.status} ${response.statusText}`);
    return response.text();
  }

  /**
   * Reads `text` in the core (throws the core's message); the columns: `preferred` {x, y} where
   * the file has them, else the first two numeric ones (x, then y). `example`: a shipped file's id.
   */
  parse(name, text, preferred = null, example = null) {
    const table = new this.core.Table(text);
    const summary = JSON.parse(table.summaryJson());
    table.delete();
    const columns = summary.columns.map((c) => ({ name: c.name, type: c.type }));
    const numeric = columns.filter((c) => c.type === 'numeric').map((c) => c.name);
    const has = (c) => columns.some((k) => k.name === c);
    const usable = preferred && preferred.x.length && preferred.x.every(has) && has(preferred.y);
    const x = usable ? [...preferred.x] : numeric.slice(0, 1);
    const y = usable ? preferred.y : numeric[1] ?? numeric[0] ?? '';
    return { name, text, columns, rows: summary.rows, x, y, ...(example ? { example } : {}) };
  }

  /** Reads a file of the student's: onLoad with its columns (`preferred` where it has them), or onError. */
  read(name, text, preferred = null) {
    try {
      this.onLoad(this.parse(name, text, preferred));
    } catch (e) {
      this.onError(e.message);
    }
  }

  /** Shows the menus for `csv` ({name, columns, x, y, rows}) or nothing; `wanted`: a link's file still to be picked. */
  show(csv, wanted = null) {
    const { x, y, info } = this.hosts;
    if (!csv) {
      x.replaceChildren();
      y.replaceChildren();
      info.textContent = wanted?.file ? t('csvWanted', { name: wanted.file, x: wanted.x.join(', '), y: wanted.y }) : t('csvNone');
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
