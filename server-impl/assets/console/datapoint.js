// The datapoint page: metadata (editable by editors), the latest value, the chart
// with overlays, recent values of text datapoints, the setpoint and schedule of an
// actuator, and live values while the page is open.

import { call, canEdit } from './api.js';
import { Chart, plottable } from './chart.js';
import { Live } from './live.js';
import { h, fill, time, shown, facts, table, form, showError, heading } from './ui.js';
import { datapointFields, removeButton } from './registry.js';

export async function datapointPage(main, id, cleanup) {
  const datapoint = await call('GET', `/datapoints/${id}`);
  const device = datapoint.device_id ? await call('GET', `/devices/${datapoint.device_id}`).catch(() => null) : null;
  const latest = h('div', { class: 'latest', 'data-testid': 'latest' }, '…');
  const liveState = h('span', { class: 'muted live-state' });
  const meta = h('div');
  const showMeta = () => fill(meta, facts([
    ['key', h('code', {}, datapoint.key)],
    ['name', shown(datapoint.name)],
    ['device', device ? h('a', { href: `#/devices/${device.id}` }, device.name) : shown(datapoint.device_id)],
    ['type', datapoint.type],
    ['data format', datapoint.data_format],
    ['unit', shown(datapoint.unit)],
    ['min … max', `${shown(datapoint.min_value)} … ${shown(datapoint.max_value)}`],
    ['allowed values', datapoint.allowed_values.length ? datapoint.allowed_values.join(', ') : '—'],
    ['description', shown(datapoint.description)],
    ['updated', time(datapoint.updated_at)],
  ]));
  showMeta();

  const editBox = h('div');
  const actions = [];
  if (canEdit()) {
    actions.push(h('button', {
      type: 'button', class: 'edit', 'data-testid': 'edit-datapoint', onclick: () => fill(editBox, form(datapointFields(datapoint), 'Save', async (body) => {
        Object.assign(datapoint, await call('PATCH', `/datapoints/${id}`, { body }));
        fill(editBox);
        showMeta();
      }, { onCancel: () => fill(editBox) })),
    }, 'Edit'));
    actions.push(removeButton(`datapoint ${datapoint.key}`, `/datapoints/${id}`, device ? `#/devices/${device.id}` : '#/datapoints', false));
  }

  const sections = [
    heading(datapoint.name || datapoint.key, ...actions),
    h('div', { class: 'crumbs' }, device ? h('a', { href: `#/devices/${device.id}` }, `← ${device.name}`) : h('a', { href: '#/datapoints' }, '← datapoints')),
    editBox,
    h('div', { class: 'columns' },
      h('section', { class: 'card' }, h('h2', {}, 'Latest value ', liveState), latest),
      h('section', { class: 'card' }, h('h2', {}, 'Metadata'), meta)),
  ];

  let chart = null;
  let recent = null;
  if (plottable(datapoint)) {
    chart = new Chart([datapoint]);
    sections.push(h('section', { class: 'card' }, h('h2', {}, 'Chart'), overlays(chart, datapoint), chart.el));
  } else {
    recent = h('div');
    sections.push(h('section', { class: 'card' }, h('h2', {}, 'Recent values'), recent));
  }
  if (datapoint.type === 'actuator') sections.push(control(datapoint));
  fill(main, sections);

  const showLatest = (value) => fill(latest,
    h('span', { class: 'value', 'data-testid': 'latest-value' }, shown(value.value), datapoint.unit ? ` ${datapoint.unit}` : ''),
    h('span', { class: 'muted' }, time(value.timestamp)));
  let latestAt = null;
  call('GET', `/datapoints/${id}/values/latest`).then((value) => {
    latestAt = value.timestamp;
    showLatest(value);
  }, (error) => (error.status === 404 ? fill(latest, h('span', { class: 'muted' }, 'No value yet.')) : showError(latest, error)));
  const showRecent = () => recent && call('GET', `/datapoints/${id}/values`, { query: { order: 'desc', limit: 50 } })
    .then((page) => fill(recent, table(['time', 'value'], page.items.map((v) => [time(v.timestamp), shown(v.value)]))), (error) => showError(recent, error));
  showRecent();

  const live = new Live([datapoint.id], (values) => {
    const mine = values.filter((v) => v.datapoint_id === datapoint.id);
    for (const value of mine) {
      if (!latestAt || value.timestamp >= latestAt) {
        latestAt = value.timestamp;
        showLatest(value);
      }
    }
    if (chart) chart.push(values);
    if (mine.length) showRecent();
  }, (state) => { liveState.textContent = state; });
  cleanup(() => { live.close(); if (chart) chart.destroy(); });
}

/** Search for other datapoints and overlay them on the chart. */
function overlays(chart, first) {
  const chips = h('span', { class: 'chips' });
  const results = h('div', { class: 'overlay-results' });
  const showChips = () => fill(chips, chart.datapoints.filter((d) => d.id !== first.id).map((d) => h('span', { class: 'chip' },
    `${d.key}${d.unit ? ` (${d.unit})` : ''}`,
    h('button', { type: 'button', title: 'remove', onclick: () => { chart.remove(d.id); showChips(); } }, '×'))));
  const input = h('input', { type: 'search', placeholder: 'overlay another datapoint: search…', 'aria-label': 'overlay' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (!q) { fill(results); return; }
      try {
        const page = await call('GET', '/datapoints', { query: { q, limit: 10 } });
        const byKey = page.items.length ? page.items : (await call('GET', '/datapoints', { query: { key: q, limit: 1 } })).items;
        fill(results, byKey.filter((d) => plottable(d) && !chart.datapoints.some((c) => c.id === d.id)).map((d) => h('button', {
          type: 'button', class: 'link', onclick: () => { chart.add(d); showChips(); fill(results); input.value = ''; },
        }, `+ ${d.key}${d.unit ? ` (${d.unit})` : ''}`)));
      } catch (error) {
        showError(results, error);
      }
    }, 250);
  });
  return h('div', { class: 'overlays' }, input, results, chips);
}

/** The setpoint and the schedule of an actuator; editors replace them. */
function control(datapoint) {
  const box = h('section', { class: 'card' }, h('h2', {}, 'Setpoint and schedule'));
  for (const [kind, field, columns, row, example] of [
    ['setpoint', 'setpoint', ['from', 'to', 'preferred', 'acceptable', 'min', 'max'],
      (s) => [time(s.from_timestamp), time(s.to_timestamp), shown(s.preferred_value), shown(s.acceptable_values), shown(s.min_value), shown(s.max_value)],
      [{ from_timestamp: null, to_timestamp: null, preferred_value: 21 }]],
    ['schedule', 'schedule', ['from', 'to', 'value'],
      (s) => [time(s.from_timestamp), time(s.to_timestamp), shown(s.value)],
      [{ from_timestamp: new Date().toISOString().slice(0, 19) + 'Z', to_timestamp: null, value: 21 }]],
  ]) {
    const part = h('div', { class: 'control', 'data-testid': kind });
    box.append(h('h3', {}, kind), part);
    const show = async () => {
      let current = null;
      try {
        current = await call('GET', `/datapoints/${datapoint.id}/${kind}`);
      } catch (error) {
        if (error.status !== 404) { showError(part, error); return; }
      }
      const items = current ? current[field] : [];
      const editor = h('div');
      fill(part,
        current ? h('p', { class: 'muted' }, `stored ${time(current.created_at)}`) : h('p', { class: 'muted' }, `No ${kind} yet.`),
        items.length ? table(columns, items.map(row)) : null,
        canEdit() ? h('button', {
          type: 'button', class: 'edit', onclick: () => fill(editor, form([
            { name: 'items', label: `${kind} items (JSON array)`, type: 'textarea', json: true, rows: 6, value: items.length ? items : example },
          ], `Replace ${kind}`, async (body) => {
            await call('PUT', `/datapoints/${datapoint.id}/${kind}`, { body: body.items });
            show();
          }, { onCancel: () => fill(editor) })),
        }, `Replace ${kind}…`) : null,
        editor);
    };
    show();
  }
  return box;
}
