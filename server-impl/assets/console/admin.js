// Admin pages: users (role, active, password) and API keys (the secret is shown
// once, right after creation), and the signed-in user's own password.

import { call, who } from './api.js';
import { h, fill, time, pagedList, form, opener, heading, showError } from './ui.js';

export function usersPage(main) {
  const list = pagedList((cursor) => call('GET', '/users', { query: { limit: 50, cursor } }),
    ['user', 'role', 'active', 'created', ''],
    (user) => {
      const role = h('select', { 'aria-label': `role of ${user.username}` }, ['viewer', 'editor', 'admin'].map((r) => h('option', { value: r, selected: r === user.role }, r)));
      const active = h('input', { type: 'checkbox', checked: user.active, 'aria-label': `${user.username} active` });
      const errors = h('div');
      const save = h('button', {
        type: 'button', class: 'edit', onclick: async () => {
          try {
            await call('PATCH', `/users/${user.id}`, { body: { role: role.value, active: active.checked } });
            list.reload();
          } catch (error) { showError(errors, error); }
        },
      }, 'Save');
      const password = h('button', {
        type: 'button', class: 'edit', onclick: async () => {
          const value = window.prompt(`New password for ${user.username} (at least 8 characters):`);
          if (!value) return;
          try {
            await call('PATCH', `/users/${user.id}`, { body: { password: value } });
            fill(errors, h('div', { class: 'ok' }, 'Password changed; their sessions ended.'));
          } catch (error) { showError(errors, error); }
        },
      }, 'Set password');
      const remove = h('button', {
        type: 'button', class: 'edit danger', disabled: user.id === who()?.id, onclick: async () => {
          if (!window.confirm(`Delete user ${user.username}?`)) return;
          try { await call('DELETE', `/users/${user.id}`); list.reload(); } catch (error) { showError(errors, error); }
        },
      }, 'Delete');
      return [user.username, role, active, time(user.created_at), h('div', { class: 'row-actions' }, save, password, remove, errors)];
    });
  fill(main, heading('Users'),
    opener('New user', (close) => form([
      { name: 'username', required: true, hint: 'letters, digits and . _ - @' },
      { name: 'password', type: 'password', required: true, autocomplete: 'new-password', hint: 'at least 8 characters' },
      { name: 'role', type: 'select', options: ['viewer', 'editor', 'admin'] },
    ], 'Create user', async (body) => {
      await call('POST', '/users', { body });
      close();
      list.reload();
    }, { onCancel: close })),
    list.el);
}

export function keysPage(main) {
  const secret = h('div');
  const list = pagedList((cursor) => call('GET', '/api-keys', { query: { limit: 50, cursor } }),
    ['name', 'role', 'sites', 'prefix', 'created', 'last used', ''],
    (key) => {
      const errors = h('div');
      const revoke = h('button', {
        type: 'button', class: 'edit danger', onclick: async () => {
          if (!window.confirm(`Revoke the key ${key.name}? Devices using it stop working.`)) return;
          try { await call('DELETE', `/api-keys/${key.id}`); list.reload(); } catch (error) { showError(errors, error); }
        },
      }, 'Revoke');
      return [key.name, key.role, key.site_ids ? key.site_ids.join(', ') : 'all', h('code', {}, `${key.prefix}…`), time(key.created_at), time(key.last_used_at), h('div', {}, revoke, errors)];
    });
  fill(main, heading('API keys'),
    h('p', { class: 'muted' }, 'Keys are for devices, connectors and read-only displays (sent as X-API-Key). A reader key reads; a writer key also writes values.'),
    opener('New API key', (close) => form([
      { name: 'name', required: true, hint: 'what the key is for, e.g. the device' },
      { name: 'role', type: 'select', options: ['reader', 'writer'] },
      { name: 'site_ids', label: 'site ids', type: 'list', numbers: true, nullable: true, hint: 'comma-separated; empty for every site' },
    ], 'Create key', async (body) => {
      const created = await call('POST', '/api-keys', { body });
      close();
      const value = h('input', { type: 'text', readonly: true, value: created.key, 'data-testid': 'secret', 'aria-label': 'secret' });
      fill(secret, h('div', { class: 'secret', role: 'status' },
        h('strong', {}, `The secret of “${created.name}”, shown only now:`),
        value,
        h('button', { type: 'button', onclick: () => { value.select(); navigator.clipboard?.writeText(created.key); } }, 'Copy'),
        h('button', { type: 'button', onclick: () => fill(secret) }, 'Done')));
      list.reload();
    }, { onCancel: close })),
    secret,
    list.el);
}

export function accountPage(main) {
  const me = who();
  const done = h('div');
  fill(main, heading('Account'),
    h('p', {}, `Signed in as ${me.name} (${me.role}).`),
    h('h2', {}, 'Change password'),
    form([
      { name: 'old_password', label: 'current password', type: 'password', required: true, autocomplete: 'current-password' },
      { name: 'new_password', label: 'new password', type: 'password', required: true, autocomplete: 'new-password', hint: 'at least 8 characters' },
    ], 'Change password', async (body) => {
      await call('POST', '/auth/password', { body });
      fill(done, h('div', { class: 'ok' }, 'Password changed.'));
    }),
    done);
}
