/**
 * Home page: paste or upload an article, try the sample (editors and admins), and the library: every article with
 * its claims counted by status, searchable and filtered by status.
 */
import { ApiError, createArticle, createSample, fetchArticle, listArticles, uploadArticle } from './api.js';
import { Emitter, byId, clear, el } from './dom.js';
import { CLAIM_STATUSES, canWrite, claimStatusLabel, formatDate, plural } from './labels.js';
import { showAccount } from './session.js';

/** Wait this long after the last keystroke in the search box before asking the server. */
const SEARCH_DEBOUNCE_MS = 250;
/** The library's search and filter are kept in the page address under these names, so a search can be linked. */
const QUERY_PARAM = 'q';
const STATUS_PARAM = 'status';

/** The home page's DOM, behind bind(event, handler) and render(command, data). */
class HomeView extends Emitter {
  constructor() {
    super();
    this.form = byId('article-form');
    this.title = byId('article-title');
    this.text = byId('article-text');
    this.file = byId('article-file');
    this.url = byId('article-url');
    this.error = byId('form-error');
    this.status = byId('form-status');
    this.submit = byId('submit-article');
    this.sample = byId('try-sample');
    this.list = byId('article-list');
    this.listStatus = byId('article-list-status');
    this.query = byId('library-q');
    this.statusFilter = byId('library-status');
    for (const status of CLAIM_STATUSES) {
      this.statusFilter.append(el('option', { value: status, text: claimStatusLabel(status).toLowerCase() }));
    }

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = this.file.files && this.file.files[0];
      this.emit('submit', { title: this.title.value, text: this.text.value, file: file ?? null, url: this.url.value });
    });
    this.sample.addEventListener('click', () => this.emit('sample'));
    this.text.addEventListener('input', () => this.render('error', null));
    this.file.addEventListener('change', () => this.render('error', null));
    this.url.addEventListener('input', () => this.render('error', null));

    let typing = 0;
    const search = () => this.emit('search', { q: this.query.value, status: this.statusFilter.value });
    byId('library-form').addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(typing);
      search();
    });
    this.query.addEventListener('input', () => {
      window.clearTimeout(typing);
      typing = window.setTimeout(search, SEARCH_DEBOUNCE_MS);
    });
    this.statusFilter.addEventListener('change', search);
  }

  render(command, data) {
    switch (command) {
      case 'busy':
        this.submit.disabled = data;
        this.sample.disabled = data;
        this.form.setAttribute('aria-busy', String(data));
        this.status.textContent = data ? 'Analysing…' : '';
        break;
      case 'error':
        this.error.textContent = data ?? '';
        this.error.hidden = !data;
        break;
      case 'role':
        byId('home-new').hidden = !canWrite(data);
        byId('main').classList.toggle('home-library-only', !canWrite(data));
        byId('main').dataset.state = 'ready';
        break;
      case 'search':
        this.query.value = data.q;
        this.statusFilter.value = data.status;
        break;
      case 'articles':
        this.renderArticles(data.articles, data.filtered);
        break;
      case 'listError':
        this.listStatus.hidden = false;
        this.listStatus.textContent = data;
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  renderArticles(articles, filtered) {
    clear(this.list);
    this.listStatus.hidden = articles.length > 0;
    const empty = filtered ? 'No article matches this search.' : 'Nothing read yet. Paste an article or try the sample.';
    this.listStatus.textContent = articles.length ? '' : empty;
    for (const article of articles) {
      const meta = [
        el('time', { datetime: article.createdAt, text: formatDate(article.createdAt) }),
        ` · ${plural(article.claimCount ?? 0, 'claim')}`,
      ];
      if (article.wordCount) meta.push(` · ${plural(article.wordCount, 'word')}`);
      if (article.language && !/^(en|eng)$/i.test(article.language)) meta.push(` · language: ${article.language}`);
      this.list.append(el('li', { class: 'article-item', dataset: { id: article.id } },
        el('a', { class: 'article-link', href: article.url || `/a/${encodeURIComponent(article.id)}`, text: article.title || 'Untitled article' }),
        el('p', { class: 'article-meta' }, ...meta),
        statusCounts(article.counts)));
    }
  }
}

/** "3 false · 1 verified · 5 unchecked" as badges, statuses in workflow order, the ones with no claim left out. */
function statusCounts(counts) {
  if (!counts || typeof counts !== 'object') return null;
  const items = CLAIM_STATUSES.filter((status) => Number(counts[status]) > 0)
    .map((status) => el('li', { class: 'status-count', dataset: { status } },
      el('span', { class: 'status-badge', dataset: { status }, text: `${counts[status]} ${claimStatusLabel(status).toLowerCase()}` })));
  return items.length ? el('ul', { class: 'status-counts', 'aria-label': 'Claims by status' }, ...items) : null;
}

function messageOf(error) {
  return error instanceof ApiError ? error.message : 'Something went wrong in this page. Reload it and try again.';
}

async function run(view, action) {
  view.render('error', null);
  view.render('busy', true);
  try {
    const created = await action();
    window.location.assign(created.url || `/a/${encodeURIComponent(created.id)}`);
  } catch (error) {
    view.render('busy', false);
    view.render('error', messageOf(error));
    if (!(error instanceof ApiError)) console.error(error);
  }
}

function start() {
  const view = new HomeView();
  view.bind('submit', ({ title, text, file, url }) => run(view, () => {
    if (file) return uploadArticle(file, title);
    if (!text.trim() && url.trim()) return fetchArticle(url);
    return createArticle({ title, text });
  }));
  view.bind('sample', () => run(view, createSample));
  // Coming back with the Back button restores this page from the cache with its buttons still disabled.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) view.render('busy', false);
  });
  let latest = 0;
  const search = ({ q, status }) => {
    const asked = ++latest;
    const url = new URL(window.location.href);
    for (const [name, value] of [[QUERY_PARAM, q.trim()], [STATUS_PARAM, status]]) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    window.history.replaceState(null, '', url);
    listArticles({ q, status })
      .then((articles) => {
        if (asked === latest) view.render('articles', { articles, filtered: Boolean(q.trim() || status) }); // an older answer arriving late is dropped
      })
      .catch((error) => {
        if (asked === latest) view.render('listError', messageOf(error));
      });
  };
  view.bind('search', search);

  const params = new URLSearchParams(window.location.search);
  const status = params.get(STATUS_PARAM) ?? '';
  const initial = { q: params.get(QUERY_PARAM) ?? '', status: CLAIM_STATUSES.includes(status) ? status : '' };
  view.render('search', initial);
  search(initial);
  showAccount()
    .then((me) => view.render('role', me.role))
    .catch((error) => view.render('listError', messageOf(error)));
}

start();
