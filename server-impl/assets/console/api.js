// The console's client of the API (every call is an operation of
// /api/v1/openapi.json). Credentials live in memory only: a reload signs out.
// A signed-in user's access token is renewed with the refresh token a minute before
// it expires, and once more when an answer says it expired; an API key (for wall
// displays) is sent as X-API-Key and only reads.

export const BASE = '/api/v1';

/** An answer that is not a 2xx, with its problem document. */
export class Problem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
    this.errors = Array.isArray(this.body.errors) ? this.body.errors : [];
  }
}

const session = { access: null, refresh: null, apiKey: null, me: null, timer: null };
const sessionListeners = new Set();
const tokenListeners = new Set();

/** `fn(who)` after every sign-in and sign-out (who is null when signed out). */
export function onSession(fn) { sessionListeners.add(fn); }
/** `fn()` after the access token was renewed; answers how to stop. */
export function onToken(fn) {
  tokenListeners.add(fn);
  return () => tokenListeners.delete(fn);
}

/** Who is signed in: {mode: 'user' | 'key', role, name}, or null. */
export function who() {
  if (session.apiKey) return { mode: 'key', role: 'reader', name: 'API key' };
  if (session.me) return { mode: 'user', role: session.me.role, name: session.me.username, id: session.me.id };
  return null;
}

/** Whether the caller may write metadata, values, setpoints and schedules. */
export const canEdit = () => ['editor', 'admin'].includes(who()?.role);
/** Whether the caller manages users and API keys. */
export const isAdmin = () => who()?.role === 'admin';

/** The credentials of the WebSocket's `auth` message. */
export function liveCredentials() {
  if (session.apiKey) return { api_key: session.apiKey };
  if (session.access) return { token: session.access };
  return null;
}

function changed() {
  const current = who();
  for (const fn of sessionListeners) fn(current);
}

/** A query string; lists are joined by commas (the spec's `explode: false`). */
export function query(params) {
  const parts = [];
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    const text = Array.isArray(value) ? value.map((v) => encodeURIComponent(v)).join(',') : encodeURIComponent(value);
    parts.push(`${encodeURIComponent(key)}=${text}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * Calls an operation: `call('GET', '/sites', {query: {limit: 50}})`. Answers the
 * JSON (or text) body, null for a 204; throws a Problem otherwise.
 */
export async function call(method, path, options = {}) {
  const { body, accept = 'application/json', anonymous = false, renewed = false } = options;
  const headers = { accept };
  if (!anonymous) {
    if (session.apiKey) headers['x-api-key'] = session.apiKey;
    else if (session.access) headers.authorization = `Bearer ${session.access}`;
  }
  const init = { method, headers, cache: 'no-store' };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(BASE + path + query(options.query), init);
  } catch (error) {
    throw new Problem(0, { title: 'No answer', detail: `the server did not answer (${error.message})` });
  }
  if (response.status === 401 && !anonymous && !renewed && session.refresh) {
    if (await renew()) return call(method, path, { ...options, renewed: true });
  }
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json().catch(() => null) : null;
    if (response.status === 401 && !anonymous) ended('Your session ended; sign in again.');
    throw new Problem(response.status, problem);
  }
  if (response.status === 204) return null;
  return type.includes('json') ? response.json() : response.text();
}

/** Every item of a list, page after page (for small lists such as a select's options). */
export async function all(path, params = {}, most = 1000) {
  const items = [];
  let cursor = null;
  do {
    const page = await call('GET', path, { query: { ...params, limit: Math.min(most, 1000), cursor } });
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < most);
  return items;
}

function adopt(pair) {
  session.apiKey = null;
  session.access = pair.access_token;
  session.refresh = pair.refresh_token;
  clearTimeout(session.timer);
  // A minute before expiry, or halfway through a short life.
  const seconds = Math.max(5, Math.min(pair.expires_in - 60, pair.expires_in / 2));
  session.timer = setTimeout(() => { renew(); }, seconds * 1000);
}

let renewing = null;
/** Trades the refresh token for a new pair (once at a time); false if it failed. */
export function renew() {
  if (!renewing) {
    renewing = (async () => {
      try {
        const pair = await call('POST', '/auth/refresh', { body: { refresh_token: session.refresh }, anonymous: true });
        adopt(pair);
        for (const fn of tokenListeners) fn();
        return true;
      } catch {
        ended('Your session ended; sign in again.');
        return false;
      } finally {
        renewing = null;
      }
    })();
  }
  return renewing;
}

/** Why the last session ended, shown on the sign-in page once. */
export let endedBecause = null;
function ended(reason) {
  if (!session.access && !session.apiKey) return;
  forget();
  endedBecause = reason;
  changed();
}

function forget() {
  clearTimeout(session.timer);
  Object.assign(session, { access: null, refresh: null, apiKey: null, me: null, timer: null });
}

/** Signs in with a username and password. */
export async function signIn(username, password) {
  const pair = await call('POST', '/auth/login', { body: { username, password }, anonymous: true });
  adopt(pair);
  try {
    session.me = await call('GET', '/auth/me');
  } catch (error) {
    forget();
    throw error;
  }
  endedBecause = null;
  changed();
}

/** Uses an API key (read-only display); checked by reading one site. */
export async function useKey(key) {
  forget();
  session.apiKey = key;
  try {
    await call('GET', '/sites', { query: { limit: 1 } });
  } catch (error) {
    forget();
    throw error;
  }
  endedBecause = null;
  changed();
}

/** Signs out: the session's tokens are revoked on the server too. */
export async function signOut() {
  if (session.access) {
    try { await call('POST', '/auth/logout', { renewed: true }); } catch { /* gone already */ }
  }
  forget();
  endedBecause = null;
  changed();
}
