/**
 * The only module that talks to the server. Every function resolves with the parsed JSON body or rejects
 * with an ApiError whose message can be shown to a person as is.
 */

const JSON_TYPE = 'application/json';

/**
 * A failed request: `status` (0 when the server could not be reached), `code` and a readable `message`;
 * `body` is the error's JSON (a 409 carries the claim's `current` state in it) or null.
 */
export class ApiError extends Error {
  constructor(status, code, message, body = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

const CSRF_HEADER = 'X-CSRF-Token';
const SHARE_HEADER = 'X-Share-Token';
/** Pages opened through a read-only share link live under this path: `/s/{token}`. */
const SHARE_PATH = /^\/s\/([^/?#]+)\/?$/;
/** Requests that change nothing; every other method carries the CSRF token of a signed-in session. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const NO_CONTENT = 204;
const UNAUTHENTICATED = 401;

/** The share token when this page was opened through a share link, else null. */
export function shareToken() {
  const match = SHARE_PATH.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The sign-in page, coming back to this page (with its `#claim-…` part) afterwards. */
export function signInUrl() {
  const here = window.location.pathname + window.location.search + window.location.hash;
  return `/signin?next=${encodeURIComponent(here)}`;
}

let mePromise = null;

/**
 * GET /api/me, asked once per page: `{name, role, csrf}` for a member, `{name: null, role: "share", article}`
 * under a share link.
 */
export function getMe() {
  if (!mePromise) {
    mePromise = send('GET', '/api/me').catch((error) => {
      mePromise = null; // a later call may try again
      throw error;
    });
  }
  return mePromise;
}

async function request(method, path, body) {
  const headers = {};
  if (!SAFE_METHODS.has(method) && !shareToken()) {
    const { csrf } = await getMe();
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  return send(method, path, body, headers);
}

async function send(method, path, body, extraHeaders = {}) {
  const init = { method, headers: { Accept: JSON_TYPE, ...extraHeaders }, credentials: 'same-origin' };
  const share = shareToken();
  if (share) init.headers[SHARE_HEADER] = share;
  if (body instanceof FormData) {
    init.body = body; // the browser sets the multipart boundary
  } else if (body !== undefined) {
    init.headers['Content-Type'] = JSON_TYPE;
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError(0, 'unreachable', 'Could not reach the Crosscheck server. Check that it is still running, then try again.');
  }
  if (response.status === NO_CONTENT) return {};
  const payload = await readJson(response);
  if (!response.ok) {
    if (response.status === UNAUTHENTICATED && !share) {
      // the session ended (signed out in another tab, or expired): sign in again and come back here
      window.location.assign(signInUrl());
    }
    if (payload && typeof payload.message === 'string' && payload.message.trim()) {
      throw new ApiError(response.status, payload.error ?? 'error', payload.message, payload);
    }
    throw new ApiError(response.status, 'unexpected', fallbackMessage(response.status), payload);
  }
  if (payload === null) {
    throw new ApiError(response.status, 'bad_response', 'The server sent an answer this page cannot read. Reload the page and try again.');
  }
  return payload;
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function fallbackMessage(status) {
  if (status === 401) return 'You are signed out. Sign in again to continue.';
  if (status === 403) return 'Your role does not allow this. Ask an admin of your team.';
  if (status === 404) return 'This article or page does not exist on this server.';
  if (status === 413) return 'The article is too large. Paste a shorter text or upload a smaller file.';
  if (status >= 500) return 'Something went wrong on the server. Try again in a moment; if it keeps happening, tell whoever runs Crosscheck.';
  return 'The server could not handle this request. Check what you sent and try again.';
}

/** POST /api/articles with pasted text: resolves with {id, url}. */
export function createArticle({ title, text }) {
  const body = { text };
  if (title && title.trim()) body.title = title.trim();
  return request('POST', '/api/articles', body);
}

/** POST /api/articles as multipart/form-data with a `file` field: resolves with {id, url}. */
export function uploadArticle(file, title) {
  const form = new FormData();
  form.append('file', file, file.name);
  if (title && title.trim()) form.append('title', title.trim());
  return request('POST', '/api/articles', form);
}

/** POST /api/articles with {url}: the server fetches and extracts the page; resolves with {id, url}. */
export function fetchArticle(url) {
  return request('POST', '/api/articles', { url: url.trim() });
}

/** POST /api/sample: stores the bundled sample article, resolves with {id, url}. */
export function createSample() {
  return request('POST', '/api/sample');
}

/**
 * GET /api/articles: the library, newest first, each article with its claim `counts` by status. `q` searches
 * titles, text and notes; `status` keeps articles with at least one claim in that status.
 */
export async function listArticles({ q = '', status = '' } = {}) {
  const query = new URLSearchParams();
  if (q.trim()) query.set('q', q.trim());
  if (status) query.set('status', status);
  const search = query.toString();
  const payload = await request('GET', search ? `/api/articles?${search}` : '/api/articles');
  return Array.isArray(payload.articles) ? payload.articles : [];
}

/** GET /api/articles/{id}: resolves with {id, url, title, createdAt, language, notice, analysis}. */
export function getArticle(id) {
  return request('GET', `/api/articles/${encodeURIComponent(id)}`);
}

function articlePath(id) {
  return `/api/articles/${encodeURIComponent(id)}`;
}

/** GET /api/articles/{id}/workflow: `{claims: {claimId: ClaimState}}` for the claims anyone touched. */
export async function getWorkflow(id) {
  const payload = await request('GET', `${articlePath(id)}/workflow`);
  return payload.claims && typeof payload.claims === 'object' ? payload.claims : {};
}

/**
 * PUT /api/articles/{id}/claims/{claimId} with `{version, status?, assignee?}`: resolves with the new ClaimState;
 * a stale version rejects with status 409 and the newer state in `error.body.current`.
 */
export function updateClaim(id, claimId, change) {
  return request('PUT', `${articlePath(id)}/claims/${encodeURIComponent(claimId)}`, change);
}

/** POST /api/articles/{id}/claims/{claimId}/notes with `{version, text}`: resolves with the new ClaimState (409 as above). */
export function addNote(id, claimId, { version, text }) {
  return request('POST', `${articlePath(id)}/claims/${encodeURIComponent(claimId)}/notes`, { version, text });
}

/** POST /api/articles/{id}/share: a new read-only link, `{id, url, expiresAt}`. */
export function createShare(id, days) {
  return request('POST', `${articlePath(id)}/share`, days ? { days } : {});
}

/** GET /api/articles/{id}/shares: `[{id, createdBy, createdAt, expiresAt, revoked}]`. */
export async function listShares(id) {
  const payload = await request('GET', `${articlePath(id)}/shares`);
  return Array.isArray(payload.shares) ? payload.shares : [];
}

/** DELETE /api/shares/{shareId}: the link stops working at once. */
export function revokeShare(shareId) {
  return request('DELETE', `/api/shares/${encodeURIComponent(shareId)}`);
}

/** Where an export downloads from (a plain link: the browser sends the session cookie). format: md, json or claimreview. */
export function exportUrl(id, format) {
  return `${articlePath(id)}/export?format=${encodeURIComponent(format)}`;
}

/** POST /api/invites: a single-use link for a new member, `{url, role, expiresAt}`. */
export function createInvite(role) {
  return request('POST', '/api/invites', { role });
}

/** GET /api/members: `[{name, role, createdAt}]` (admins only). */
export async function listMembers() {
  const payload = await request('GET', '/api/members');
  return Array.isArray(payload.members) ? payload.members : [];
}

/** POST /api/tokens: a new API token for scripts, `{token, role, name}`; the token is shown this once. */
export function createToken(role, name) {
  return request('POST', '/api/tokens', { role, name });
}

/**
 * Subscribes to GET /api/articles/{id}/events (server-sent events). `onReady` runs on every (re)connection, when
 * changes may have been missed; `onClaim` with `{claimId, version, status, assignee, actor, kind}` on each change.
 * The browser reconnects by itself after a dropped connection. Returns a function that closes the stream.
 */
export function subscribeToArticle(id, { onReady, onClaim, onError }) {
  const share = shareToken();
  const url = `${articlePath(id)}/events${share ? `?share=${encodeURIComponent(share)}` : ''}`;
  const source = new EventSource(url, { withCredentials: true });
  source.addEventListener('ready', () => onReady?.());
  source.addEventListener('claim', (event) => {
    let change;
    try {
      change = JSON.parse(event.data);
    } catch {
      return; // not ours to understand: the next 'ready' re-reads everything
    }
    onClaim?.(change);
  });
  source.addEventListener('error', () => onError?.(source.readyState === EventSource.CLOSED));
  return () => source.close();
}
