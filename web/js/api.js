/**
 * The only module that talks to the server. Every function resolves with the parsed JSON body or rejects
 * with an ApiError whose message can be shown to a person as is.
 */

const JSON_TYPE = 'application/json';

/** A failed request: `status` (0 when the server could not be reached), `code` and a readable `message`. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

async function request(method, path, body) {
  const init = { method, headers: { Accept: JSON_TYPE }, credentials: 'same-origin' };
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
  const payload = await readJson(response);
  if (!response.ok) {
    if (payload && typeof payload.message === 'string' && payload.message.trim()) {
      throw new ApiError(response.status, payload.error ?? 'error', payload.message);
    }
    throw new ApiError(response.status, 'unexpected', fallbackMessage(response.status));
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

/** GET /api/articles: resolves with the list of stored articles, newest first. */
export async function listArticles() {
  const payload = await request('GET', '/api/articles');
  return Array.isArray(payload.articles) ? payload.articles : [];
}

/** GET /api/articles/{id}: resolves with {id, url, title, createdAt, language, notice, analysis}. */
export function getArticle(id) {
  return request('GET', `/api/articles/${encodeURIComponent(id)}`);
}
