/** Home page: paste or upload an article, try the sample, list the articles already read. */
import { ApiError, createArticle, createSample, fetchArticle, listArticles, uploadArticle } from './api.js';
import { Emitter, byId, clear, el } from './dom.js';
import { formatDate, plural } from './labels.js';

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

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = this.file.files && this.file.files[0];
      this.emit('submit', { title: this.title.value, text: this.text.value, file: file ?? null, url: this.url.value });
    });
    this.sample.addEventListener('click', () => this.emit('sample'));
    this.text.addEventListener('input', () => this.render('error', null));
    this.file.addEventListener('change', () => this.render('error', null));
    this.url.addEventListener('input', () => this.render('error', null));
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
      case 'articles':
        this.renderArticles(data);
        break;
      case 'listError':
        this.listStatus.hidden = false;
        this.listStatus.textContent = data;
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  renderArticles(articles) {
    clear(this.list);
    this.listStatus.hidden = articles.length > 0;
    this.listStatus.textContent = articles.length ? '' : 'Nothing read yet. Paste an article or try the sample.';
    for (const article of articles) {
      const meta = [
        el('time', { datetime: article.createdAt, text: formatDate(article.createdAt) }),
        ` · ${plural(article.claimCount ?? 0, 'claim')}`,
      ];
      if (article.wordCount) meta.push(` · ${plural(article.wordCount, 'word')}`);
      if (article.language && !/^(en|eng)$/i.test(article.language)) meta.push(` · language: ${article.language}`);
      this.list.append(el('li', { class: 'article-item', dataset: { id: article.id } },
        el('a', { class: 'article-link', href: article.url || `/a/${encodeURIComponent(article.id)}`, text: article.title || 'Untitled article' }),
        el('p', { class: 'article-meta' }, ...meta)));
    }
  }
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
  listArticles()
    .then((articles) => view.render('articles', articles))
    .catch((error) => view.render('listError', messageOf(error)));
}

start();
