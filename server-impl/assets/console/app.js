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
let generation = 0;

// Each view renders into its own element: a view still loading when the user moves
// on fills an element no longer shown, and what it opened (a socket) is closed.
const ROUTES = [
  [/^\/$/, (el, m, p) => sitesPage(el, p)],
  [/^\/sites\/(\d+)$/, (el, m) => sitePage(el, m[1])],
  [/^\/devices\/(\d+)$/, (el, m) => devicePage(el, m[1])],
  [/^\/datapoints$/, (el, m, p) => datapointsPage(el, p)],
  [/^\/datapoints\/(\d+)$/, (el, m, p, onLeave) => datapointPage(el, m[1], onLeave)],
  [/^\/users$/, (el) => (isAdmin() ? usersPage(el) : denied(el))],
  [/^\/api-keys$/, (el) => (isAdmin() ? keysPage(el) : denied(el))],
  [/^\/account$/, (el) => (who()?.mode === 'user' ? accountPage(el) : denied(el))],
];

function denied(el) {
  fill(el, h('div', { class: 'error' }, 'This page is not for this account.'));
}

async function route() {
  for (const fn of cleanups) fn();
  cleanups = [];
  const mine = ++generation;
  const onLeave = (fn) => (mine === generation ? cleanups.push(fn) : fn());
  if (!who()) { signInPage(); return; }
  const [path, search] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(search || '');
  const el = h('div', { class: 'view' }, h('div', { class: 'muted' }, 'Loading…'));
  fill(main, el);
  for (const [pattern, view] of ROUTES) {
    const m = path.match(pattern);
    if (!m) continue;
    try {
      await view(el, m, params, onLeave);
    } catch (error) {
      showError(el, error);
    }
    return;
  }
  fill(el, h('div', { class: 'error' }, 'No such page. ', h('a', { href: '#/' }, 'Back to the sites.')));
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
