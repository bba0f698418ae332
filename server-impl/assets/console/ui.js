// DOM helpers shared by the views. Text from the API is only ever set as text
// (never parsed as HTML), so a site named "<script>" stays a name.

import { Problem } from './api.js';

/** Creates an element: h('a', {href: '#/'}, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  for (const child of children.flat()) if (child) el.append(child);
  return el;
}

/** A timestamp in the browser's time zone, to the second. */
export function time(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { hour12: false });
}

/** A value as shown: null as a dash, numbers as they are. */
export function shown(value) {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Shows an error in `box`: a problem's detail and each field it names. With a
 * form, the named fields are marked too.
 */
export function showError(box, error, form) {
  const problem = error instanceof Problem ? error : new Problem(0, { detail: String(error) });
  const items = problem.errors.map((e) => h('li', {}, h('code', {}, e.field), ': ', e.message));
  fill(box, h('div', { class: 'error', role: 'alert' },
    h('strong', {}, problem.status ? `${problem.status} ` : '', problem.body.title || 'Error'),
    problem.body.detail ? h('div', {}, problem.body.detail) : null,
    items.length ? h('ul', {}, items) : null));
  if (form) {
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    for (const e of problem.errors) {
      const input = form.querySelector(`[name="${CSS.escape(String(e.field))}"]`);
      if (input) input.setAttribute('aria-invalid', 'true');
    }
  }
}

/** A table with a header row; `rows` are arrays of cells. */
export function table(headers, rows, attrs = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', attrs,
      h('thead', {}, h('tr', {}, headers.map((c) => h('th', {}, c)))),
      h('tbody', {}, rows.length ? rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c))))
        : h('tr', {}, h('td', { colspan: headers.length, class: 'muted' }, 'Nothing here.')))));
}

/** A definition list of label → value pairs. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
}

/**
 * A list read a keyset page at a time: `load(cursor)` answers `{items,
 * next_cursor}`; the cursors of the pages seen are kept so "Previous" can go back.
 */
export function pagedList(load, headers, row) {
  const box = h('div', { class: 'paged' });
  const cursors = [null];
  let page = 0;
  async function show() {
    const status = h('div', { class: 'muted' }, 'Loading…');
    fill(box, status);
    try {
      const answer = await load(cursors[page]);
      cursors[page + 1] = answer.next_cursor;
      const prev = h('button', { type: 'button', disabled: page === 0, onclick: () => { page -= 1; show(); } }, '← Previous');
      const next = h('button', { type: 'button', disabled: !answer.next_cursor, onclick: () => { page += 1; show(); } }, 'Next →');
      fill(box, table(headers, answer.items.map(row)), h('div', { class: 'pager' }, prev, h('span', {}, `page ${page + 1}`), next));
    } catch (error) {
      showError(box, error);
    }
  }
  show();
  return { el: box, reload: () => { cursors.length = 1; page = 0; show(); } };
}

/**
 * A form from field descriptions: {name, label, type: text|number|select|textarea|
 * password|checkbox|list, options, value, nullable, required}. `submit(body)` is
 * called with the values (numbers as numbers, empty nullable fields as null,
 * lists split at commas); its error is shown beside the form, fields marked.
 */
export function form(fields, submitLabel, submit, { onCancel } = {}) {
  const errors = h('div', { class: 'errors' });
  const inputs = fields.map((f) => {
    let input;
    const value = f.value === undefined || f.value === null ? '' : f.value;
    if (f.type === 'select') {
      input = h('select', { name: f.name }, f.options.map((o) => h('option', { value: o, selected: String(value) === o }, o)));
    } else if (f.type === 'textarea') {
      input = h('textarea', { name: f.name, rows: f.rows || 4 }, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    } else if (f.type === 'checkbox') {
      input = h('input', { type: 'checkbox', name: f.name, checked: Boolean(f.value) });
    } else {
      const type = f.type === 'number' ? 'text' : f.type === 'list' ? 'text' : f.type || 'text';
      const shownValue = Array.isArray(value) ? value.join(', ') : value;
      input = h('input', { type, name: f.name, value: shownValue, required: f.required, inputmode: f.type === 'number' ? 'decimal' : undefined, autocomplete: f.autocomplete || 'off', placeholder: f.placeholder });
    }
    return { f, input };
  });
  const el = h('form', { class: 'form' },
    inputs.map(({ f, input }) => h('label', { class: f.type === 'checkbox' ? 'check' : '' }, h('span', {}, f.label || f.name), input, f.hint ? h('small', { class: 'muted' }, f.hint) : null)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, submitLabel),
      onCancel ? h('button', { type: 'button', onclick: onCancel }, 'Cancel') : null),
    errors);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    for (const { f, input } of inputs) {
      if (f.readonly) continue;
      let v = f.type === 'checkbox' ? input.checked : input.value.trim();
      if (f.type === 'number' && v !== '') {
        if (Number.isNaN(Number(v))) {
          showError(errors, new Problem(0, { title: 'Not a number', errors: [{ field: f.name, message: `“${v}” is not a number` }] }), el);
          return;
        }
        v = Number(v);
      } else if (f.type === 'list' && v !== '') {
        v = v.split(',').map((s) => s.trim()).filter(Boolean);
        if (f.numbers) v = v.map((s) => (Number.isNaN(Number(s)) ? s : Number(s)));
      } else if (f.type === 'textarea' && f.json && v !== '') {
        try { v = JSON.parse(v); } catch (e) {
          showError(errors, new Problem(0, { title: 'Not JSON', detail: e.message, errors: [{ field: f.name, message: 'is not valid JSON' }] }), el);
          return;
        }
      }
      if (v === '') {
        if (f.omitEmpty) continue;
        v = f.nullable ? null : v;
      }
      body[f.name] = v;
    }
    const button = el.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      fill(errors);
      await submit(body);
    } catch (error) {
      showError(errors, error, el);
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

/** A section that opens a form when its button is pressed (editors only). */
export function opener(label, makeForm) {
  const box = h('div', { class: 'opener edit' });
  const button = h('button', { type: 'button', class: 'edit', onclick: open }, label);
  function open() { fill(box, makeForm(close)); }
  function close() { fill(box, button); }
  close();
  return box;
}

/** A heading with actions beside it. */
export function heading(text, ...actions) {
  return h('div', { class: 'heading' }, h('h1', {}, text), h('div', { class: 'actions' }, actions));
}
