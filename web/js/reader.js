/**
 * Reader page controller: loads /api/articles/{id}, builds the views and keeps them in step with each other
 * and with the URL (`#claim-{id}` for the focused claim, `?entity={cluster}` for the selected entity), and with the
 * team's work on the claims. Under a share link (`/s/{token}`) the same page runs read-only, without team navigation.
 */
import { ApiError, exportUrl, getArticle, getMe, getWorkflow, shareToken } from './api.js';
import { ArticleView } from './article.js';
import { ClaimsView } from './claims.js';
import { byId, clear, copyText, el, isTypingTarget, scrollBehavior } from './dom.js';
import { ENTITY_LIST_INITIAL, EntityCardView, EntityListView, LegendView, rankClusters } from './entities.js';
import { canWrite, formatDate, plural } from './labels.js';
import { OverviewView } from './overview.js';
import { showAccount } from './session.js';
import { ShareView, wireSharing } from './share.js';
import { Teamwork } from './teamwork.js';
import { MODES, WorkflowView } from './workflow.js';

/** Performance mark set once the text and the sidebar are built and wired. */
const READY_MARK = 'crosscheck:ready';

/**
 * "By Jane Roe · The Example Times · published 24 Nov 2026 · original page" from what the page said about itself,
 * or the name of the uploaded file.
 */
function sourceLine(article) {
  const parts = [];
  if (article.byline) parts.push(`By ${article.byline}`);
  if (article.outlet) parts.push(article.outlet);
  if (article.published) parts.push(`published ${formatDate(article.published)}`);
  if (typeof article.origin === 'string' && article.origin.startsWith('file:')) parts.push(`uploaded file ${article.origin.slice(5)}`);
  const web = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);
  const original = web(article.canonicalUrl) || web(article.origin);
  if (!parts.length && !original) return null;
  const line = el('p', { class: 'article-source', id: 'article-source' }, parts.join(' · '));
  if (original) {
    if (parts.length) line.append(' · ');
    line.append(el('a', { href: original, rel: 'noopener noreferrer', target: '_blank', text: 'original page' }));
  }
  return line;
}

const CLAIM_HASH_PREFIX = '#claim-';
const ENTITY_PARAM = 'entity';
/** The exports offered below the title: `format` of /api/articles/{id}/export per link. */
const EXPORT_LINKS = { 'export-md': 'md', 'export-json': 'json', 'export-claimreview': 'claimreview' };
/** Where the reader's hidden highlight types are remembered between articles. */
const HIDDEN_TYPES_KEY = 'crosscheck.hiddenTypes';
const NOT_FOUND = 404;
/** Wait this long after the last resize before measuring where the overview marks go. */
const RESIZE_SETTLE_MS = 150;
/** How long a "Copied" message stays on screen. */
const TOAST_MS = 2500;

function articleIdFromPath(pathname) {
  const match = /^\/a\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

function claimIdFromHash(hash) {
  return hash.startsWith(CLAIM_HASH_PREFIX) ? decodeURIComponent(hash.slice(CLAIM_HASH_PREFIX.length)) : null;
}

function loadHiddenTypes() {
  try {
    const stored = JSON.parse(window.localStorage.getItem(HIDDEN_TYPES_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((type) => typeof type === 'string') : []);
  } catch {
    return new Set();
  }
}

function saveHiddenTypes(types) {
  try {
    window.localStorage.setItem(HIDDEN_TYPES_KEY, JSON.stringify([...types]));
  } catch {
    // storage may be disabled: the toggles still work for this page
  }
}

class Reader {
  /** role: the member's role, or "share" under a share link (then `share` is its token). */
  constructor(article, { role, share }) {
    this.article = article;
    this.role = role;
    this.share = share;
    this.articleUrl = share ? `/s/${encodeURIComponent(share)}` : article.url || `/a/${encodeURIComponent(article.id)}`;
    this.analysis = article.analysis ?? {};
    this.claims = this.analysis.claims ?? [];
    this.claimById = new Map(this.claims.map((claim) => [claim.id, claim]));
    this.ranks = new Map(this.claims.map((claim, index) => [claim.id, index + 1]));
    this.clusters = rankClusters(this.analysis.clusters);
    this.clusterById = new Map(this.clusters.map((cluster) => [cluster.id, cluster]));
    this.currentClaim = null;
    this.selectedEntity = null;
    this.mentionCursor = -1;
    this.hiddenTypes = loadHiddenTypes();
    this.entityLimit = ENTITY_LIST_INITIAL;

    this.root = byId('reader');
    this.live = byId('live');
    this.text = new ArticleView(byId('article'));
    this.claimsView = new ClaimsView({
      list: byId('claim-list'), filter: byId('claim-type-filter'), count: byId('claim-count'), status: byId('claims-status'),
    });
    this.legend = new LegendView(byId('legend-items'));
    this.entityList = new EntityListView({
      list: byId('entity-list'), more: byId('entity-more'), filter: byId('entity-filter'), filterText: byId('entity-filter-text'),
      clearButton: byId('entity-clear'), nextButton: byId('entity-next'), count: byId('entity-count'),
    });
    this.card = new EntityCardView(byId('entity-card'));
    this.overview = new OverviewView({ root: byId('overview'), track: byId('overview-track'), viewport: byId('overview-viewport') });
    this.dialog = byId('shortcuts-dialog');
    const mode = share ? MODES.STATUS_ONLY : canWrite(role) ? MODES.EDIT : MODES.VIEW;
    this.workflow = new WorkflowView(byId('claim-list'), mode);
    this.teamwork = new Teamwork(article.id, this.workflow, {
      onNames: (names) => clear(byId('assignee-names')).append(...names.map((name) => el('option', { value: name }))),
      onProblem: (message) => {
        byId('workflow-status').textContent = message ?? '';
      },
    });
  }

  /** Builds the page; `workflow` is the first read of the claims' workflow, already under way. */
  start(workflow) {
    this.renderAll();
    this.wire();
    const params = new URLSearchParams(window.location.search);
    const claimId = claimIdFromHash(window.location.hash);
    const entity = params.get(ENTITY_PARAM);
    if (entity) {
      if (this.clusterById.has(entity)) this.selectEntity(entity, { scroll: !claimId, updateUrl: false });
      else this.announce('The entity in this link is not in this article.');
    }
    if (claimId) this.selectClaim(claimId, { focus: true, scrollText: true, smooth: false });
    this.updateMarks();
    this.updateViewport();
    this.root.setAttribute('aria-busy', 'false');
    this.root.dataset.state = 'ready';
    // for the browser timing benchmark: when the text and the sidebar became usable
    performance.mark(READY_MARK);
    this.teamwork.start(workflow).then(() => {
      this.root.dataset.workflow = 'ready';
    });
  }

  /** The address of this article (or of this share link) with a claim or an entity in it, absolute. */
  link({ claimId = null, entity = null } = {}) {
    const url = new URL(this.articleUrl, window.location.origin);
    if (entity) url.searchParams.set(ENTITY_PARAM, entity);
    if (claimId) url.hash = `claim-${claimId}`;
    return url.href;
  }

  renderAll() {
    const { article, analysis } = this;
    document.title = `${analysis.title || article.title || 'Untitled article'} — Crosscheck`;
    const notice = byId('notice');
    const noticeText = article.notice ?? analysis.notice;
    notice.hidden = !noticeText;
    notice.textContent = noticeText ?? '';

    this.text.render('article', analysis);
    const text = String(analysis.text ?? '');
    const meta = el('p', { class: 'article-meta', id: 'article-meta' },
      el('time', { datetime: article.createdAt, text: formatDate(article.createdAt) }),
      ` · ${plural(text.slice(analysis.bodyStart ?? 0).split(/\s+/).filter(Boolean).length, 'word')}`,
      ` · ${plural(this.claims.length, 'claim')}`,
      ` · ${plural(this.clusters.length, 'entity', 'entities')}`);
    const title = byId('article').querySelector('.article-title');
    if (title) title.after(meta);
    else byId('article').prepend(meta);
    const source = sourceLine(article);
    if (source) meta.after(source);

    this.legend.render('types', { counts: this.text.typeCounts, hidden: this.hiddenTypes });
    this.text.render('hiddenTypes', this.hiddenTypes);
    this.claimsView.render('claims', { claims: this.claims, articleUrl: this.articleUrl });
    this.workflow.mount(this.claimsView.cards);
    this.entityList.render('clusters', { clusters: this.clusters, limit: this.entityLimit });
    this.renderTools();
  }

  /** Copy link for everyone; exports for members; the share dialog for editors and admins. */
  renderTools() {
    if (this.share) return;
    for (const [id, format] of Object.entries(EXPORT_LINKS)) byId(id).href = exportUrl(this.article.id, format);
    byId('export-links').hidden = false;
    if (canWrite(this.role)) wireSharing(this.article.id, new ShareView(), { copy: (url, what) => this.copy(url, what) });
  }

  wire() {
    this.text.bind('claim', (id) => this.selectClaim(id, { focus: false, scrollText: false }));
    this.text.bind('claimRef', (id) => this.selectClaim(id, { focus: true, scrollText: false }));
    const showCard = (anchor, options) => {
      const clusterId = anchor.dataset.cluster;
      this.card.render('show', { anchor, cluster: this.clusterById.get(clusterId), mentionCount: this.text.mentionCount(clusterId), ...options });
    };
    this.text.bind('entityOpen', (anchor, { focusCard }) => showCard(anchor, { delayed: false, focus: focusCard }));
    this.text.bind('entityEnter', (anchor) => showCard(anchor, { delayed: true }));
    this.text.bind('entityLeave', () => this.card.render('hide', { delayed: true }));

    this.claimsView.bind('select', (id) => this.selectClaim(id, { focus: false, scrollText: true, smooth: true }));
    this.claimsView.bind('showSentence', (id) => {
      this.selectClaim(id, { focus: false, scrollText: false });
      this.text.render('focusClaimSentence', id);
    });
    this.claimsView.bind('copy', (url, what) => this.copy(url, what));
    this.claimsView.bind('filter', (type) => {
      this.claimsView.render('filter', type);
      this.updateMarks();
    });

    this.legend.bind('toggle', (type, visible) => {
      if (visible) this.hiddenTypes.delete(type);
      else this.hiddenTypes.add(type);
      this.text.render('hiddenTypes', this.hiddenTypes);
      if (!visible) this.card.render('hide');
      saveHiddenTypes(this.hiddenTypes);
    });

    this.entityList.bind('select', (id) => this.selectEntity(id, { scroll: true }));
    this.entityList.bind('next', () => this.nextMention());
    this.entityList.bind('more', () => {
      this.entityLimit = Infinity;
      this.entityList.render('clusters', { clusters: this.clusters, limit: this.entityLimit });
    });
    this.card.bind('select', (id) => {
      this.card.render('hide');
      this.selectEntity(id, { scroll: false });
    });
    this.card.bind('close', (anchor) => {
      this.card.render('hide');
      if (anchor?.isConnected) this.text.render('focusMentionQuietly', anchor);
    });

    this.overview.bind('claim', (id) => this.selectClaim(id, { focus: false, scrollText: true, smooth: true }));
    this.overview.bind('jump', (fraction) => {
      const { top, height } = this.text.measure([], null);
      window.scrollTo({ top: top + fraction * height - window.innerHeight / 2, behavior: scrollBehavior() });
    });

    byId('copy-article-link').addEventListener('click', () => this.copy(this.link(), 'Link to this article'));
    byId('entity-copy').addEventListener('click', () => {
      if (this.selectedEntity) this.copy(this.link({ entity: this.selectedEntity }), 'Link to this entity');
    });
    byId('entity-card-copy').addEventListener('click', () => {
      const clusterId = this.card.clusterId;
      if (clusterId) this.copy(this.link({ entity: clusterId }), 'Link to this entity');
    });

    byId('open-shortcuts').addEventListener('click', () => this.openShortcuts());
    byId('shortcuts-close').addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close(); // a click on the backdrop
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('hashchange', () => {
      const id = claimIdFromHash(window.location.hash);
      if (id) this.selectClaim(id, { focus: true, scrollText: true, smooth: true, updateUrl: false });
    });

    let frame = 0;
    window.addEventListener('scroll', () => {
      if (!frame) frame = window.requestAnimationFrame(() => {
        frame = 0;
        this.updateViewport();
      });
    }, { passive: true });
    let settle = 0;
    new ResizeObserver(() => {
      window.clearTimeout(settle);
      settle = window.setTimeout(() => {
        this.updateMarks();
        this.updateViewport();
      }, RESIZE_SETTLE_MS);
    }).observe(byId('article'));
  }

  selectClaim(id, { focus = false, scrollText = false, smooth = true, updateUrl = true } = {}) {
    if (!this.claimById.has(id)) {
      this.announce('The claim in this link is not in this article.');
      return;
    }
    this.currentClaim = id;
    this.text.render('currentClaim', id);
    this.claimsView.render('current', { claimId: id, focus });
    this.overview.render('current', id);
    if (scrollText) this.text.render('scrollToClaim', { claimId: id, smooth });
    if (updateUrl) this.replaceUrl();
  }

  moveClaim(step) {
    const ids = this.claimsView.visibleIds();
    if (!ids.length) return;
    const index = ids.indexOf(this.currentClaim);
    const next = index < 0 ? (step > 0 ? 0 : ids.length - 1) : Math.min(Math.max(index + step, 0), ids.length - 1);
    this.selectClaim(ids[next], { focus: true, scrollText: true, smooth: true });
  }

  selectEntity(id, { scroll = false, updateUrl = true } = {}) {
    const cluster = id ? this.clusterById.get(id) : null;
    this.selectedEntity = cluster ? cluster.id : null;
    this.mentionCursor = -1;
    const claimIds = cluster ? this.text.claimsMentioning(cluster.id) : new Set();
    this.text.render('selectedEntity', this.selectedEntity);
    this.entityList.render('selected', { cluster, mentionCount: cluster ? this.text.mentionCount(cluster.id) : 0, claimCount: claimIds.size });
    this.claimsView.render('entityClaims', { claimIds, name: cluster?.name ?? '' });
    this.updateMarks();
    if (updateUrl) this.replaceUrl();
    if (cluster && scroll) this.nextMention({ focus: false });
  }

  nextMention({ focus = true } = {}) {
    const count = this.selectedEntity ? this.text.mentionCount(this.selectedEntity) : 0;
    if (!count) return;
    this.mentionCursor = (this.mentionCursor + 1) % count;
    this.text.render('scrollToMention', { clusterId: this.selectedEntity, index: this.mentionCursor, smooth: true, focus });
  }

  replaceUrl() {
    const url = new URL(window.location.href);
    if (this.selectedEntity) url.searchParams.set(ENTITY_PARAM, this.selectedEntity);
    else url.searchParams.delete(ENTITY_PARAM);
    url.hash = this.currentClaim ? `claim-${this.currentClaim}` : '';
    window.history.replaceState(null, '', url);
  }

  updateMarks() {
    const measured = this.text.measure(this.claimsView.visibleIds(), this.selectedEntity);
    this.overview.render('marks', { claims: measured.claims, mentions: measured.mentions, ranks: this.ranks });
  }

  updateViewport() {
    const { top, height } = this.text.measure([], null);
    this.overview.render('viewport', { top: (window.scrollY - top) / height, height: window.innerHeight / height });
  }

  openShortcuts() {
    if (!this.dialog.open) this.dialog.showModal();
  }

  onKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector('dialog[open]')) return; // a dialog handles its own keys, Escape included
    if (event.key === 'Escape') {
      if (this.card.isOpen()) this.card.render('hide');
      else if (this.selectedEntity) this.selectEntity(null);
      return;
    }
    if (isTypingTarget(event.target)) return;
    const actions = {
      j: () => this.moveClaim(1),
      k: () => this.moveClaim(-1),
      n: () => this.nextMention(),
      '?': () => this.openShortcuts(),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  async copy(url, what) {
    try {
      await copyText(url);
      this.announce(`${what} copied.`);
    } catch {
      this.announce(`Could not copy. The link is ${url}`);
    }
  }

  announce(message) {
    this.live.textContent = message;
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => {
      this.live.textContent = '';
    }, TOAST_MS);
  }
}

function showLoadError(message, { shared = false } = {}) {
  const root = byId('reader');
  root.hidden = true;
  root.setAttribute('aria-busy', 'false');
  root.dataset.state = 'error';
  const error = byId('load-error');
  error.replaceChildren(message);
  if (!shared) error.append(' ', el('a', { href: '/', text: 'Go to the home page' }));
  error.hidden = false;
  document.title = 'Article not found — Crosscheck';
}

/** A share link shows the article alone: no links into the team's pages, no account. */
function enterSharedMode() {
  document.body.classList.add('is-shared');
  for (const node of document.querySelectorAll('.team-nav')) node.remove();
  byId('brand').removeAttribute('href');
  byId('share-banner').hidden = false;
}

/** The article id and the role reading it: from the share link, or from the path for a signed-in member. */
async function whoReadsWhat(share) {
  if (share) {
    const me = await getMe();
    if (typeof me.article !== 'string') throw new ApiError(NOT_FOUND, 'not_found', 'This share link does not work any more.');
    return { id: me.article, role: Promise.resolve('share') };
  }
  return { id: articleIdFromPath(window.location.pathname), role: showAccount().then((me) => me.role) };
}

async function main() {
  const share = shareToken();
  if (share) enterSharedMode();
  let loaded;
  try {
    const { id, role } = await whoReadsWhat(share);
    if (!id) {
      showLoadError('This address does not name an article.');
      return;
    }
    // the article, who reads it and the claims' workflow are asked for at once
    const workflow = getWorkflow(id);
    workflow.catch(() => {}); // a failure is reported when the reader reads it
    const [article, reader] = await Promise.all([getArticle(id), role]);
    loaded = { article, role: reader, workflow };
  } catch (error) {
    const gone = share && error instanceof ApiError && error.status === NOT_FOUND;
    showLoadError(gone ? 'This share link does not work any more: it was revoked or it expired.'
      : error instanceof ApiError ? error.message : 'The article could not be loaded.', { shared: Boolean(share) });
    if (!(error instanceof ApiError)) console.error(error);
    return;
  }
  new Reader(loaded.article, { role: loaded.role, share }).start(loaded.workflow);
}

main();
