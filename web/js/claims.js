/**
 * The claims sidebar: claims ranked by score (the server's order), each with its types, reasons,
 * source links and a permalink; a type filter. The team's workflow (workflow.js) mounts into each card.
 */
import { Emitter, clear, el, safeUrl } from './dom.js';
import { claimTypeLabel, plural, sourceKindLabel } from './labels.js';

/** Scores are shown as percentages of check-worthiness. */
const PERCENT = 100;

/**
 * Events: 'select' (claimId) when a claim is clicked, 'showSentence' (claimId) for "Show in text",
 * 'copy' (url, label) for the copy actions, 'filter' (type or '') when the type filter changes.
 */
export class ClaimsView extends Emitter {
  constructor({ list, filter, count, status }) {
    super();
    this.list = list;
    this.filter = filter;
    this.count = count;
    this.status = status;
    this.cards = new Map();
    this.current = null;
    this.total = 0;

    list.addEventListener('click', (event) => {
      const card = event.target.closest('.claim');
      if (!card) return;
      const action = event.target.closest('[data-action]');
      if (action) {
        const { claim } = card.dataset;
        if (action.dataset.action === 'show-sentence') {
          event.preventDefault();
          this.emit('showSentence', claim);
        } else if (action.dataset.action === 'copy') {
          this.emit('copy', action.dataset.url, action.dataset.what);
        }
        return;
      }
      // links keep their default behaviour; the workflow's controls are for typing and picking, not for selecting
      if (event.target.closest('a, button, input, select, textarea, label, summary')) return;
      this.emit('select', card.dataset.claim);
    });
    list.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target.classList.contains('claim')) {
        event.preventDefault();
        this.emit('showSentence', event.target.dataset.claim);
      }
    });
    filter.addEventListener('change', () => this.emit('filter', filter.value));
  }

  render(command, data) {
    switch (command) {
      case 'claims':
        this.renderClaims(data.claims, data.articleUrl);
        break;
      case 'current':
        this.renderCurrent(data.claimId, data);
        break;
      case 'filter':
        this.renderFilter(data);
        break;
      case 'entityClaims':
        this.renderEntityClaims(data);
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  renderClaims(claims, articleUrl) {
    clear(this.list);
    this.cards.clear();
    this.total = claims.length;
    this.count.textContent = `(${claims.length})`;
    const fragment = document.createDocumentFragment();
    claims.forEach((claim, index) => {
      const card = this.card(claim, index + 1, articleUrl);
      this.cards.set(claim.id, card);
      fragment.append(card);
    });
    this.list.append(fragment);

    const typeCounts = new Map();
    for (const claim of claims) for (const type of claim.types ?? []) typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
    const keep = this.filter.options[0];
    clear(this.filter).append(keep);
    for (const [type, count] of [...typeCounts].sort((a, b) => b[1] - a[1])) {
      this.filter.append(el('option', { value: type, text: `${claimTypeLabel(type)} (${count})` }));
    }
    this.filter.disabled = typeCounts.size === 0;
    this.status.textContent = claims.length ? '' : 'No check-worthy sentences were found in this article.';
  }

  card(claim, rank, articleUrl) {
    const permalink = new URL(`${articleUrl}#claim-${claim.id}`, window.location.origin).href;
    const headingId = `claim-text-${claim.id}`;
    const score = Number.isFinite(claim.score) ? Math.round(claim.score * PERCENT) : null;
    const sources = (claim.sources ?? []).map((source) => el('li', { class: 'source', dataset: { kind: source.kind } },
      el('span', { class: 'source-kind', dataset: { kind: source.kind }, text: sourceKindLabel(source.kind) }),
      el('a', { class: 'source-link', href: safeUrl(source.url), target: '_blank', rel: 'noopener noreferrer', text: source.label || source.url }),
      el('button', {
        class: 'button button-small button-quiet copy-source', type: 'button',
        dataset: { action: 'copy', url: source.url, what: 'Source link' },
        'aria-label': `Copy link: ${source.label || source.url}`, text: 'Copy',
      })));

    return el('li', {
      class: 'claim', id: `claim-card-${claim.id}`, tabindex: -1,
      'aria-labelledby': headingId, dataset: { claim: claim.id, rank, types: (claim.types ?? []).join(' ') },
    },
    el('div', { class: 'claim-head' },
      el('span', { class: 'claim-rank', 'aria-label': `Claim ${rank}`, text: String(rank) }),
      el('ul', { class: 'claim-types', 'aria-label': 'Claim types' },
        ...(claim.types ?? []).map((type) => el('li', { class: 'claim-type', dataset: { claimType: type }, text: claimTypeLabel(type) }))),
      score === null ? null : el('span', { class: 'claim-score', title: 'Check-worthiness score', text: `${score}%` })),
    el('p', { class: 'claim-text', id: headingId, text: claim.text }),
    claim.reasons?.length
      ? el('ul', { class: 'claim-reasons', 'aria-label': 'Why it was flagged' },
        ...claim.reasons.map((reason) => el('li', { text: reason })))
      : null,
    sources.length
      ? el('div', { class: 'claim-sources' },
        el('h3', { class: 'claim-subhead', text: `Check against (${sources.length})` }),
        el('ul', { class: 'source-list' }, ...sources))
      : el('p', { class: 'claim-no-sources muted', text: 'No source links for this claim.' }),
    el('p', { class: 'claim-entity-note', hidden: true }),
    el('div', { class: 'claim-actions' },
      el('a', { class: 'claim-goto', href: `#sentence-${claim.id}`, dataset: { action: 'show-sentence' }, text: 'Show in text' }),
      el('a', { class: 'claim-permalink', href: permalink, 'aria-label': `Permalink to claim ${rank}`, text: 'Permalink' }),
      el('button', {
        class: 'button button-small button-quiet copy-permalink', type: 'button',
        dataset: { action: 'copy', url: permalink, what: 'Link to this claim' },
        'aria-label': `Copy link to claim ${rank}`, text: 'Copy link',
      })));
  }

  renderCurrent(claimId, { focus = false, scroll = true } = {}) {
    if (this.current) {
      const old = this.cards.get(this.current);
      if (old) {
        old.classList.remove('is-current');
        old.removeAttribute('aria-current');
      }
    }
    this.current = claimId;
    const card = this.cards.get(claimId);
    if (!card) return;
    card.classList.add('is-current');
    card.setAttribute('aria-current', 'true');
    if (card.hidden) card.hidden = false; // a focused claim stays visible even when the filter excludes it
    if (scroll) scrollWithinSidebar(card);
    if (focus) card.focus({ preventScroll: true });
  }

  renderFilter(type) {
    this.filter.value = type;
    let shown = 0;
    for (const card of this.cards.values()) {
      const matches = !type || card.dataset.types.split(' ').includes(type);
      card.hidden = !matches && card.dataset.claim !== this.current;
      if (!card.hidden) shown++;
    }
    this.status.textContent = type ? `Showing ${plural(shown, 'claim')} of ${this.total}.` : '';
  }

  renderEntityClaims({ claimIds, name }) {
    for (const [id, card] of this.cards) {
      const mentions = claimIds.has(id);
      card.classList.toggle('mentions-entity', mentions);
      const note = card.querySelector('.claim-entity-note');
      note.hidden = !mentions;
      note.textContent = mentions ? `Mentions ${name}` : '';
    }
  }

  /** Claim ids in the order shown, skipping the ones the filter hides. */
  visibleIds() {
    return [...this.cards.values()].filter((card) => !card.hidden).map((card) => card.dataset.claim);
  }
}

/** Brings a card into view inside the sidebar's own scroll area without moving the page. */
function scrollWithinSidebar(card) {
  const container = card.closest('.sidebar');
  if (!container || container.scrollHeight <= container.clientHeight) return;
  const box = container.getBoundingClientRect();
  const cardBox = card.getBoundingClientRect();
  if (cardBox.top < box.top || cardBox.bottom > box.bottom) {
    container.scrollTop += cardBox.top - box.top - container.clientHeight / 3;
  }
}
