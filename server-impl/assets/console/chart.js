// The time-series chart of the datapoint page: a range picker, the stored values
// when a range holds few of them, else buckets of the aggregate API (mean, with
// a min–max band), zoom by dragging, pan, several datapoints overlaid (one axis
// per unit), live values appended, and a CSV of exactly what is drawn.

import uPlot from './vendor/uplot/uPlot.esm.js';
import { call } from './api.js';
import { h, fill, showError } from './ui.js';

const PRESETS = [['hour', 3600], ['day', 86400], ['week', 7 * 86400], ['month', 30 * 86400], ['year', 365 * 86400]];
/** The aggregate API's intervals (the spec's `Interval`), in seconds (a month as 30 days). */
const INTERVALS = [['1m', 60], ['5m', 300], ['15m', 900], ['30m', 1800], ['1h', 3600], ['6h', 21600], ['1d', 86400], ['1w', 604800], ['1mo', 2592000]];
/** At most this many buckets across a chart: about one per two pixels of a wide screen. */
const MAX_BUCKETS = 800;
/** Ranges up to this long are first read as stored values… */
const RAW_SPAN = 2 * 86400;
/** …if they hold at most this many. */
const RAW_LIMIT = 4000;
const COLORS = ['#1f6fb4', '#d62728', '#2ca02c', '#9467bd', '#e07b00', '#138d99', '#8c564b', '#d6439b'];
const NUMERIC = new Set(['generic_numeric', 'continuous_numeric', 'discrete_numeric', 'boolean']);
const STEPPED = new Set(['discrete_numeric', 'boolean']);

/** Whether a datapoint's values can be drawn (numbers and booleans). */
export const plottable = (datapoint) => NUMERIC.has(datapoint.data_format);

/** The shortest interval that keeps a span within MAX_BUCKETS buckets. */
export function pickInterval(seconds) {
  const found = INTERVALS.find(([, length]) => seconds / length <= MAX_BUCKETS);
  return (found || INTERVALS[INTERVALS.length - 1])[0];
}

const toNumber = (v) => (typeof v === 'boolean' ? Number(v) : typeof v === 'number' ? v : null);
const seconds = (iso) => Date.parse(iso) / 1000;
const localInput = (date) => new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);

/** One datapoint's values in [from, to): stored values, or mean/min/max buckets. */
async function readSeries(datapoint, from, to) {
  const span = (to - from) / 1000;
  const range = { from: from.toISOString(), to: to.toISOString() };
  let page = null;
  if (span <= RAW_SPAN) {
    page = await call('GET', `/datapoints/${datapoint.id}/values`, { query: { ...range, limit: RAW_LIMIT, order: 'asc' } });
    if (!page.next_cursor) return raw(page.items, false);
  }
  const interval = pickInterval(span);
  let answer;
  try {
    // One request answers the three columns of the band (`function` lists).
    answer = await call('GET', `/datapoints/${datapoint.id}/aggregate`, { query: { ...range, interval, function: 'mean,min,max', fill: 'null' } });
  } catch (error) {
    // A format the aggregate API refuses (422) is drawn from its first stored values.
    if (error.status !== 422) throw error;
    page = page || await call('GET', `/datapoints/${datapoint.id}/values`, { query: { ...range, limit: RAW_LIMIT, order: 'asc' } });
    return raw(page.items, Boolean(page.next_cursor));
  }
  const column = (name) => answer.functions.indexOf(name);
  const [mean, min, max] = [column('mean'), column('min'), column('max')];
  const result = {
    mode: 'aggregate',
    interval,
    t: answer.buckets.map((b) => seconds(b.timestamp)),
    v: answer.buckets.map((b) => b.values[mean]),
    min: answer.buckets.map((b) => b.values[min]),
    max: answer.buckets.map((b) => b.values[max]),
  };
  bridgeShortGaps(result);
  return result;
}

/**
 * Empty buckets between values that are simply sparser than the grid (hourly
 * values on 15 min buckets) are bridged (undefined: uPlot draws through), so the
 * line is not cut into invisible single points; a run of empty buckets more than
 * three times the usual spacing stays a gap (null), as an outage should.
 */
function bridgeShortGaps(result) {
  const filled = [];
  result.v.forEach((v, i) => { if (v !== null) filled.push(i); });
  if (filled.length < 2) return;
  const spacings = filled.slice(1).map((i, k) => i - filled[k]).sort((a, b) => a - b);
  const usual = spacings[Math.floor(spacings.length / 2)];
  for (let k = 1; k < filled.length; k++) {
    const [start, end] = [filled[k - 1], filled[k]];
    if (end - start > 1 && end - start <= 3 * usual) {
      for (let i = start + 1; i < end; i++) {
        result.v[i] = undefined;
        result.min[i] = undefined;
        result.max[i] = undefined;
      }
    }
  }
}

function raw(items, truncated) {
  return { mode: 'raw', truncated, t: items.map((v) => seconds(v.timestamp)), v: items.map((v) => toNumber(v.value)) };
}

export class Chart {
  constructor(datapoints) {
    this.datapoints = [...datapoints];
    this.preset = 'day';
    this.custom = null;
    this.results = [];
    this.plot = null;
    this.loading = 0;
    this.status = h('div', { class: 'chart-status muted', 'data-testid': 'chart-status' });
    this.errors = h('div');
    this.box = h('div', { class: 'chart-plot', 'data-testid': 'chart' });
    this.el = h('div', { class: 'chart' }, this.toolbar(), this.status, this.errors, this.box);
    this.resize = new ResizeObserver(() => {
      if (this.plot && this.box.clientWidth) this.plot.setSize(this.size());
    });
    this.resize.observe(this.box);
    window.jouleConsole = Object.assign(window.jouleConsole || {}, { chart: this });
    this.load();
  }

  toolbar() {
    this.presetButtons = PRESETS.map(([name]) => h('button', {
      type: 'button', 'data-range': name, onclick: () => { this.preset = name; this.custom = null; this.load(); },
    }, name));
    this.fromInput = h('input', { type: 'datetime-local', 'aria-label': 'from' });
    this.toInput = h('input', { type: 'datetime-local', 'aria-label': 'to' });
    const apply = h('button', {
      type: 'button', onclick: () => {
        const from = new Date(this.fromInput.value);
        const to = new Date(this.toInput.value);
        if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
          fill(this.errors, h('div', { class: 'error' }, 'Choose a start before the end.'));
          return;
        }
        this.setCustom(from, to);
      },
    }, 'Show');
    const shift = (fraction) => {
      const { from, to } = this.window();
      const by = (to - from) * fraction;
      this.setCustom(new Date(from.getTime() + by), new Date(to.getTime() + by));
    };
    const zoomOut = () => {
      const { from, to } = this.window();
      const half = (to - from) / 2;
      this.setCustom(new Date(from.getTime() - half), new Date(to.getTime() + half));
    };
    return h('div', { class: 'chart-toolbar' },
      h('div', { class: 'group' }, this.presetButtons),
      h('div', { class: 'group' }, this.fromInput, this.toInput, apply),
      h('div', { class: 'group' },
        h('button', { type: 'button', title: 'earlier', onclick: () => shift(-0.5) }, '◀'),
        h('button', { type: 'button', title: 'zoom out', onclick: zoomOut }, '−'),
        h('button', { type: 'button', title: 'later', onclick: () => shift(0.5) }, '▶'),
        h('button', { type: 'button', 'data-testid': 'csv', onclick: () => this.download() }, 'CSV')));
  }

  /** The range shown: the last hour…year up to now, or a chosen one. */
  window() {
    if (this.custom) return this.custom;
    const span = PRESETS.find(([name]) => name === this.preset)[1] * 1000;
    // Up to the next minute, so a value written just now is inside.
    const to = new Date(Math.ceil((Date.now() + 1) / 60000) * 60000);
    return { from: new Date(to.getTime() - span), to };
  }

  setCustom(from, to) {
    this.custom = { from, to };
    this.load();
  }

  add(datapoint) {
    if (this.datapoints.some((d) => d.id === datapoint.id)) return;
    this.datapoints.push(datapoint);
    this.load();
  }

  remove(id) {
    this.datapoints = this.datapoints.filter((d) => d.id !== id);
    this.load();
  }

  async load() {
    const ticket = ++this.loading;
    const { from, to } = this.window();
    for (const button of this.presetButtons) button.classList.toggle('active', !this.custom && button.dataset.range === this.preset);
    this.fromInput.value = localInput(from);
    this.toInput.value = localInput(to);
    fill(this.errors);
    this.status.textContent = 'Loading…';
    this.el.dataset.state = 'loading';
    try {
      const results = await Promise.all(this.datapoints.map((d) => readSeries(d, from, to)));
      if (ticket !== this.loading) return;
      this.results = results;
      this.shown = { from, to };
      this.draw();
      this.describe();
      this.el.dataset.state = 'drawn';
    } catch (error) {
      if (ticket !== this.loading) return;
      this.status.textContent = '';
      this.el.dataset.state = 'error';
      showError(this.errors, error);
    }
  }

  describe() {
    const parts = this.results.map((r, i) => {
      const name = this.datapoints[i].key;
      if (r.mode === 'aggregate') return `${name}: ${r.interval} buckets, mean with min–max band`;
      return `${name}: ${r.t.length} stored values${r.truncated ? ` (the first ${RAW_LIMIT} only)` : ''}`;
    });
    const { from, to } = this.shown;
    this.status.textContent = `${from.toLocaleString()} – ${to.toLocaleString()} · ${parts.join(' · ')}. Drag across the chart to zoom.`;
  }

  size() {
    const width = Math.max(280, this.box.clientWidth || 600);
    return { width, height: width < 600 ? 260 : 340 };
  }

  /** The uPlot columns, the series and axes, and the CSV header of the results. */
  layout() {
    const tables = [];
    const series = [{ label: 'time' }];
    const columns = ['timestamp'];
    const bands = [];
    const scales = { x: { time: true } };
    const axes = [{ stroke: '#555', grid: { stroke: '#eee' } }];
    this.results.forEach((r, i) => {
      const datapoint = this.datapoints[i];
      const color = COLORS[i % COLORS.length];
      const unit = datapoint.unit || '';
      const scale = unit ? `unit:${unit}` : 'unit:-';
      if (!scales[scale]) {
        const count = Object.keys(scales).length - 1;
        scales[scale] = { auto: true };
        axes.push({ scale, label: unit || undefined, side: count % 2 ? 1 : 3, stroke: '#555', grid: { show: count === 0, stroke: '#eee' }, size: 64 });
      }
      const format = (u, v) => (v === null || v === undefined ? '—' : `${Number(v.toPrecision(6))}${unit ? ` ${unit}` : ''}`);
      const paths = STEPPED.has(datapoint.data_format) ? uPlot.paths.stepped({ align: 1 }) : undefined;
      const name = datapoint.name || datapoint.key;
      const suffix = unit ? ` (${unit})` : '';
      if (r.mode === 'aggregate') {
        const first = series.length;
        tables.push([r.t, r.v, r.min, r.max]);
        const points = { show: r.v.filter((v) => v !== null && v !== undefined).length <= 150 };
        series.push({ label: `${name} mean`, scale, stroke: color, width: 2, value: format, paths, points });
        series.push({ label: `${name} min`, scale, stroke: `${color}55`, width: 1, value: format, paths });
        series.push({ label: `${name} max`, scale, stroke: `${color}55`, width: 1, value: format, paths });
        bands.push({ series: [first + 2, first + 1], fill: `${color}22` });
        columns.push(`${datapoint.key} mean${suffix}`, `${datapoint.key} min${suffix}`, `${datapoint.key} max${suffix}`);
      } else {
        tables.push([r.t, r.v]);
        series.push({ label: name, scale, stroke: color, width: 2, value: format, paths, points: { show: r.t.length <= 150 } });
        columns.push(`${datapoint.key}${suffix}`);
      }
    });
    // Datapoints with their own timestamps on one x axis; a gap of one
    // datapoint where another has a value is drawn through, an empty bucket not.
    const data = tables.length === 1 ? tables[0] : tables.length ? uPlot.join(tables, tables.map((t) => t.slice(1).map(() => 1))) : [[]];
    return { data, series, columns, bands, scales, axes };
  }

  draw() {
    const { data, series, columns, bands, scales, axes } = this.layout();
    this.columns = columns;
    if (this.plot) this.plot.destroy();
    const { from, to } = this.shown;
    scales.x.range = () => [from.getTime() / 1000, to.getTime() / 1000];
    const opts = {
      ...this.size(),
      series,
      bands,
      scales,
      axes,
      cursor: { drag: { x: true, y: false, setScale: false } },
      hooks: {
        setSelect: [(u) => {
          if (u.select.width < 5) return;
          const a = u.posToVal(u.select.left, 'x');
          const b = u.posToVal(u.select.left + u.select.width, 'x');
          u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
          this.setCustom(new Date(a * 1000), new Date(b * 1000));
        }],
      },
    };
    this.plot = new uPlot(opts, data, this.box);
  }

  /** Live values: appended where stored values are drawn; buckets are read again. */
  push(values) {
    if (!this.results.length || this.custom) return;
    let changed = false;
    let stale = false;
    for (const value of values) {
      const i = this.datapoints.findIndex((d) => d.id === value.datapoint_id);
      if (i < 0) continue;
      const r = this.results[i];
      const t = seconds(value.timestamp);
      if (r.mode === 'raw' && !r.truncated) {
        const at = r.t.findIndex((x) => x >= t);
        if (at === -1) { r.t.push(t); r.v.push(toNumber(value.value)); } else if (r.t[at] === t) { r.v[at] = toNumber(value.value); } else { r.t.splice(at, 0, t); r.v.splice(at, 0, toNumber(value.value)); }
        changed = true;
      } else {
        stale = true;
      }
    }
    if (stale) {
      clearTimeout(this.reread);
      this.reread = setTimeout(() => this.load(), 10000);
    } else if (changed) {
      this.shown = this.window();
      this.draw();
      this.describe();
    }
  }

  /** The drawn columns as CSV, one row per timestamp. */
  csv() {
    if (!this.plot) return '';
    const data = this.plot.data;
    const quote = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const lines = [this.columns.map(quote).join(',')];
    for (let i = 0; i < data[0].length; i++) {
      const cells = [new Date(data[0][i] * 1000).toISOString()];
      const row = data.slice(1).map((column) => column[i]);
      // A row of only empty (or bridged) buckets is not data.
      if (row.every((v) => v === null || v === undefined)) continue;
      for (const v of row) cells.push(v === null || v === undefined ? '' : String(v));
      lines.push(cells.join(','));
    }
    return `${lines.join('\n')}\n`;
  }

  download() {
    const text = this.csv();
    if (!text) return;
    const { from, to } = this.shown;
    const stamp = (d) => d.toISOString().slice(0, 16).replace(/[:T]/g, '');
    const name = `${this.datapoints.map((d) => d.key).join('+')}_${stamp(from)}-${stamp(to)}.csv`.replace(/[^\w.+-]/g, '_');
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
    const link = h('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  destroy() {
    this.loading++;
    clearTimeout(this.reread);
    this.resize.disconnect();
    if (this.plot) this.plot.destroy();
  }
}
