// Sites → devices → datapoints: keyset-paged lists, search, and the forms that
// create, edit and delete them (shown to editors and admins only).

import { call, canEdit } from './api.js';
import { h, fill, time, shown, facts, pagedList, form, opener, heading, showError } from './ui.js';

const FORMATS = ['generic_numeric', 'continuous_numeric', 'discrete_numeric', 'generic_text', 'discrete_text', 'boolean'];
const PAGE = 50;

const link = (href, text) => h('a', { href }, text);

function siteFields(site = {}) {
  return [
    { name: 'name', value: site.name, required: true },
    { name: 'timezone', value: site.timezone || 'UTC', hint: 'IANA name, e.g. Europe/Berlin' },
    { name: 'address', value: site.address, nullable: true },
    { name: 'latitude', type: 'number', value: site.latitude, nullable: true },
    { name: 'longitude', type: 'number', value: site.longitude, nullable: true },
    { name: 'description', type: 'textarea', rows: 2, value: site.description, nullable: true },
  ];
}

function deviceFields(device = {}, siteId) {
  return [
    { name: 'site_id', label: 'site id', type: 'number', value: device.site_id ?? siteId, required: true },
    { name: 'name', value: device.name, required: true },
    { name: 'kind', value: device.kind, nullable: true, hint: 'e.g. meter, gateway, sensor node' },
    { name: 'manufacturer', value: device.manufacturer, nullable: true },
    { name: 'model', value: device.model, nullable: true },
    { name: 'serial_number', label: 'serial number', value: device.serial_number, nullable: true },
    { name: 'description', type: 'textarea', rows: 2, value: device.description, nullable: true },
  ];
}

/** The fields of a datapoint's form (create and edit). */
export function datapointFields(datapoint = {}, deviceId) {
  return [
    { name: 'key', value: datapoint.key, required: true, hint: 'unique, e.g. depot.power' },
    { name: 'name', value: datapoint.name, nullable: true },
    { name: 'device_id', label: 'device id', type: 'number', value: datapoint.device_id ?? deviceId, nullable: true },
    { name: 'type', type: 'select', options: ['sensor', 'actuator'], value: datapoint.type },
    { name: 'data_format', label: 'data format', type: 'select', options: FORMATS, value: datapoint.data_format || 'continuous_numeric' },
    { name: 'unit', value: datapoint.unit, nullable: true },
    { name: 'min_value', label: 'min value', type: 'number', value: datapoint.min_value, nullable: true },
    { name: 'max_value', label: 'max value', type: 'number', value: datapoint.max_value, nullable: true },
    { name: 'allowed_values', label: 'allowed values', type: 'list', value: datapoint.allowed_values, nullable: true, hint: 'comma-separated, for discrete formats' },
    { name: 'description', type: 'textarea', rows: 2, value: datapoint.description, nullable: true },
  ];
}

/**
 * Deletes after a confirmation; a site or device that still has children is
 * deleted with them only after a second, explicit confirmation.
 */
export function removeButton(what, path, then, cascades = true) {
  const errors = h('span');
  const button = h('button', {
    type: 'button', class: 'edit danger', onclick: async () => {
      if (!window.confirm(`Delete ${what}?`)) return;
      try {
        await call('DELETE', path);
      } catch (error) {
        if (!(cascades && error.status === 409 && window.confirm(`${error.message}\n\nDelete ${what} with everything in it?`))) {
          showError(errors, error);
          return;
        }
        try { await call('DELETE', `${path}?cascade=true`); } catch (again) { showError(errors, again); return; }
      }
      location.hash = then;
    },
  }, 'Delete');
  return h('span', {}, button, errors);
}

/** A box that filters the rows of the page shown by their text. */
function pageFilter(list) {
  return h('input', {
    type: 'search', placeholder: 'filter this page…', 'aria-label': 'filter', oninput: (event) => {
      const text = event.target.value.toLowerCase();
      for (const row of list.el.querySelectorAll('tbody tr')) row.hidden = text && !row.textContent.toLowerCase().includes(text);
    },
  });
}

export function sitesPage(main) {
  const list = pagedList((cursor) => call('GET', '/sites', { query: { limit: PAGE, cursor } }),
    ['site', 'time zone', 'address', 'created'],
    (s) => [link(`#/sites/${s.id}`, s.name), s.timezone, shown(s.address), time(s.created_at)]);
  fill(main,
    heading('Sites'),
    canEdit() ? opener('New site', (close) => form(siteFields(), 'Create site', async (body) => {
      const site = await call('POST', '/sites', { body });
      location.hash = `#/sites/${site.id}`;
    }, { onCancel: close })) : null,
    h('div', { class: 'toolbar' }, pageFilter(list), h('a', { href: '#/datapoints' }, 'search all datapoints →')),
    list.el);
}

export async function sitePage(main, id) {
  const site = await call('GET', `/sites/${id}`);
  const devices = pagedList((cursor) => call('GET', '/devices', { query: { site_id: id, limit: PAGE, cursor } }),
    ['device', 'kind', 'model', 'created'],
    (d) => [link(`#/devices/${d.id}`, d.name), shown(d.kind), shown(d.model), time(d.created_at)]);
  const editBox = h('div');
  fill(main,
    heading(site.name,
      canEdit() ? h('button', { type: 'button', class: 'edit', onclick: () => fill(editBox, form(siteFields(site), 'Save', async (body) => {
        await call('PATCH', `/sites/${id}`, { body });
        sitePage(main, id);
      }, { onCancel: () => fill(editBox) })) }, 'Edit') : null,
      canEdit() ? removeButton(`site ${site.name}`, `/sites/${id}`, '#/') : null),
    h('div', { class: 'crumbs' }, link('#/', '← sites')),
    editBox,
    facts([['time zone', site.timezone], ['address', shown(site.address)],
      ['coordinates', site.latitude === null || site.latitude === undefined ? '—' : `${site.latitude}, ${site.longitude}`],
      ['description', shown(site.description)], ['created', time(site.created_at)]]),
    h('h2', {}, 'Devices'),
    canEdit() ? opener('New device', (close) => form(deviceFields({}, site.id), 'Create device', async (body) => {
      const device = await call('POST', '/devices', { body });
      location.hash = `#/devices/${device.id}`;
    }, { onCancel: close })) : null,
    h('div', { class: 'toolbar' }, pageFilter(devices), link(`#/datapoints?site_id=${site.id}`, 'datapoints of this site →')),
    devices.el);
}

export async function devicePage(main, id) {
  const device = await call('GET', `/devices/${id}`);
  const datapoints = pagedList((cursor) => call('GET', '/datapoints', { query: { device_id: id, limit: PAGE, cursor } }),
    ['datapoint', 'name', 'type', 'format', 'unit'],
    (d) => [link(`#/datapoints/${d.id}`, d.key), shown(d.name), d.type, d.data_format, shown(d.unit)]);
  const editBox = h('div');
  fill(main,
    heading(device.name,
      canEdit() ? h('button', { type: 'button', class: 'edit', onclick: () => fill(editBox, form(deviceFields(device), 'Save', async (body) => {
        await call('PATCH', `/devices/${id}`, { body });
        devicePage(main, id);
      }, { onCancel: () => fill(editBox) })) }, 'Edit') : null,
      canEdit() ? removeButton(`device ${device.name}`, `/devices/${id}`, `#/sites/${device.site_id}`) : null),
    h('div', { class: 'crumbs' }, link(`#/sites/${device.site_id}`, '← site')),
    editBox,
    facts([['kind', shown(device.kind)], ['manufacturer', shown(device.manufacturer)], ['model', shown(device.model)],
      ['serial number', shown(device.serial_number)], ['description', shown(device.description)], ['created', time(device.created_at)]]),
    h('h2', {}, 'Datapoints'),
    canEdit() ? opener('New datapoint', (close) => form(datapointFields({}, device.id), 'Create datapoint', async (body) => {
      const datapoint = await call('POST', '/datapoints', { body });
      location.hash = `#/datapoints/${datapoint.id}`;
    }, { onCancel: close })) : null,
    h('div', { class: 'toolbar' }, pageFilter(datapoints)),
    datapoints.el);
}

/** Every datapoint, searched on the server (name and description, exact key, type). */
export function datapointsPage(main, params) {
  const q = h('input', { type: 'search', name: 'q', value: params.get('q') || '', placeholder: 'search name or description', 'aria-label': 'search' });
  const key = h('input', { type: 'search', name: 'key', value: params.get('key') || '', placeholder: 'exact key', 'aria-label': 'key' });
  const type = h('select', { name: 'type', 'aria-label': 'type' }, ['', 'sensor', 'actuator'].map((t) => h('option', { value: t, selected: params.get('type') === t }, t || 'any type')));
  const results = h('div');
  const search = () => {
    const query = { q: q.value.trim(), key: key.value.trim(), type: type.value, site_id: params.get('site_id') };
    const list = pagedList((cursor) => call('GET', '/datapoints', { query: { ...query, limit: PAGE, cursor } }),
      ['datapoint', 'name', 'type', 'format', 'unit', 'device'],
      (d) => [link(`#/datapoints/${d.id}`, d.key), shown(d.name), d.type, d.data_format, shown(d.unit), d.device_id ? link(`#/devices/${d.device_id}`, `#${d.device_id}`) : '—']);
    fill(results, list.el);
  };
  const bar = h('form', { class: 'toolbar', onsubmit: (event) => { event.preventDefault(); search(); } },
    q, key, type, h('button', { type: 'submit' }, 'Search'));
  fill(main, heading(params.get('site_id') ? `Datapoints of site ${params.get('site_id')}` : 'Datapoints'),
    h('div', { class: 'crumbs' }, link('#/', '← sites')), bar, results,
    canEdit() ? h('p', { class: 'muted' }, 'New datapoints are created on their device’s page.') : null);
  search();
}
