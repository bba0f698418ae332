// The console's entry: the sign-in page, the navigation, and a router on the URL's
// fragment (#/sites/3), so the server serves one page and every view is a link.

import { signIn, useKey, signOut, onSession, who, isAdmin, endedBecause } from './api.js';
import { h, fill, form, showError } from './ui.js';
import { sitesPage, sitePage, devicePage, datapointsPage } from './registry.js';
import { datapointPage } from './datapoint.js';
import { usersPage, keysPage, accountPage } from './admin.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let cleanups = [];

const ROUTES = [
  [/^\/$/, (m, p) => sitesPage(main, p)],
  [/^\/sites\/(\d+)$/, (m) => sitePage(main, m[1])],
  [/^\/devices\/(\d+)$/, (m) => devicePage(main, m[1])],
  [/^\/datapoints$/, (m, p) => datapointsPage(main, p)],
  [/^\/datapoints\/(\d+)$/, (m) => datapointPage(main, m[1], (fn) => cleanups.push(fn))],
  [/^\/users$/, () => (isAdmin() ? usersPage(main) : denied())],
  [/^\/api-keys$/, () => (isAdmin() ? keysPage(main) : denied())],
  [/^\/account$/, () => (who()?.mode === 'user' ? accountPage(main) : denied())],
];

function denied() {
  fill(main, h('div', { class: 'error' }, 'This page is for admins.'));
}

async function route() {
  for (const fn of cleanups) fn();
  cleanups = [];
  if (!who()) { signInPage(); return; }
  const [path, search] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(search || '');
  for (const [pattern, view] of ROUTES) {
    const m = path.match(pattern);
    if (!m) continue;
    fill(main, h('div', { class: 'muted' }, 'Loading…'));
    try {
      await view(m, params);
    } catch (error) {
      showError(main, error);
    }
    return;
  }
  fill(main, h('div', { class: 'error' }, 'No such page. ', h('a', { href: '#/' }, 'Back to the sites.')));
}

function showNav() {
  const current = who();
  if (!current) { fill(nav); return; }
  fill(nav,
    h('a', { href: '#/' }, 'Sites'),
    h('a', { href: '#/datapoints' }, 'Datapoints'),
    isAdmin() ? h('a', { href: '#/users', class: 'admin' }, 'Users') : null,
    isAdmin() ? h('a', { href: '#/api-keys', class: 'admin' }, 'API keys') : null,
    h('a', { href: '/api/v1/ui/' }, 'API docs'),
    h('span', { class: 'who', 'data-testid': 'who' },
      current.mode === 'user' ? h('a', { href: '#/account' }, `${current.name} · ${current.role}`) : 'API key · read-only'),
    h('button', { type: 'button', 'data-testid': 'sign-out', onclick: () => signOut() }, 'Sign out'));
}

function signInPage() {
  const keyBox = h('div');
  fill(main, h('div', { class: 'signin' },
    h('h1', {}, 'Sign in to Joule'),
    endedBecause ? h('div', { class: 'error' }, endedBecause) : null,
    form([
      { name: 'username', required: true, autocomplete: 'username' },
      { name: 'password', type: 'password', required: true, autocomplete: 'current-password' },
    ], 'Sign in', ({ username, password }) => signIn(username, password)),
    h('details', { class: 'keymode' },
      h('summary', {}, 'Use an API key (read-only display)'),
      form([{ name: 'api_key', label: 'API key', type: 'password', required: true, placeholder: 'jk_…' }],
        'Open with key', ({ api_key: key }) => useKey(key)),
      keyBox)));
}

onSession(() => {
  showNav();
  route();
});
window.addEventListener('hashchange', route);
showNav();
route();
