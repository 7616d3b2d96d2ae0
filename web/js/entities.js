/** Entity views: the legend with per-type toggles, the entity list and the hover/focus card. */
import { Emitter, clear, el, safeUrl } from './dom.js';
import { LOADED } from './article.js';
import { ENTITY_TYPES, entityTypeLabel, plural } from './labels.js';

/** How many clusters the entity list shows before "Show all". */
export const ENTITY_LIST_INITIAL = 20;
/** Delay before the card follows the pointer, so sweeping across the text does not flash cards. */
const CARD_SHOW_DELAY_MS = 150;
/** Delay before the card hides, long enough to move the pointer into it and click a link. */
const CARD_HIDE_DELAY_MS = 300;
/** Gap between a highlight and its card, and between the card and the window edge, in pixels. */
const CARD_GAP_PX = 8;

/** Legend: one checkbox per entity type present, and one for loaded wording. Events: 'toggle' (type, visible). */
export class LegendView extends Emitter {
  constructor(root) {
    super();
    this.root = root;
    root.addEventListener('change', (event) => {
      const box = event.target.closest('input[data-type]');
      if (box) this.emit('toggle', box.dataset.type, box.checked);
    });
  }

  render(command, data) {
    if (command === 'types') {
      const { counts, hidden } = data;
      const types = [...ENTITY_TYPES.filter((type) => counts.has(type)),
        ...[...counts.keys()].filter((type) => !ENTITY_TYPES.includes(type) && type !== LOADED)];
      if (counts.has(LOADED)) types.push(LOADED);
      clear(this.root);
      if (!types.length) {
        this.root.append(el('span', { class: 'muted', text: 'No entities found in this article.' }));
      }
      for (const type of types) {
        this.root.append(el('label', { class: 'legend-item', dataset: { type } },
          el('input', { type: 'checkbox', class: 'legend-toggle', checked: !hidden.has(type), dataset: { type } }),
          el('span', { class: type === LOADED ? 'loaded' : 'swatch', dataset: { entityType: type }, text: entityTypeLabel(type) }),
          el('span', { class: 'legend-count', 'aria-label': plural(counts.get(type), 'mention'), text: String(counts.get(type)) })));
      }
    } else if (command === 'hidden') {
      for (const box of this.root.querySelectorAll('input[data-type]')) box.checked = !data.has(box.dataset.type);
    } else {
      throw new Error(`unknown render command ${command}`);
    }
  }
}

/** Entity list: clusters by mentions. Events: 'select' (clusterId or null), 'next' (), 'more' (). */
export class EntityListView extends Emitter {
  constructor({ list, more, filter, filterText, clearButton, nextButton, count }) {
    super();
    Object.assign(this, { list, more, filter, filterText, count });
    this.items = new Map();
    this.selected = null;
    list.addEventListener('click', (event) => {
      const item = event.target.closest('.entity-item');
      if (item) this.emit('select', item.dataset.cluster === this.selected ? null : item.dataset.cluster);
    });
    more.addEventListener('click', () => this.emit('more'));
    clearButton.addEventListener('click', () => this.emit('select', null));
    nextButton.addEventListener('click', () => this.emit('next'));
  }

  render(command, data) {
    switch (command) {
      case 'clusters':
        this.renderClusters(data.clusters, data.limit);
        break;
      case 'selected':
        this.renderSelected(data);
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  renderClusters(clusters, limit) {
    clear(this.list);
    this.items.clear();
    this.count.textContent = `(${clusters.length})`;
    clusters.forEach((cluster, index) => {
      const button = el('button', {
        class: 'entity-item', type: 'button', 'aria-pressed': String(cluster.id === this.selected),
        dataset: { cluster: cluster.id, entityType: cluster.type },
      },
      el('span', { class: 'entity-name' }, el('span', { class: 'swatch', dataset: { entityType: cluster.type }, text: cluster.name })),
      el('span', { class: 'entity-type', text: entityTypeLabel(cluster.type) }),
      el('span', { class: 'entity-mentions', 'aria-label': plural(cluster.mentions, 'mention'), text: String(cluster.mentions) }));
      const item = el('li', { class: 'entity-row', hidden: index >= limit && cluster.id !== this.selected }, button);
      this.items.set(cluster.id, item);
      this.list.append(item);
    });
    if (!clusters.length) this.list.append(el('li', { class: 'muted', text: 'No entities found in this article.' }));
    const hiddenCount = Math.max(clusters.length - limit, 0);
    this.more.hidden = hiddenCount === 0;
    this.more.textContent = `Show all ${clusters.length} entities`;
  }

  renderSelected({ cluster, mentionCount, claimCount }) {
    const previous = this.items.get(this.selected);
    if (previous) previous.querySelector('.entity-item').setAttribute('aria-pressed', 'false');
    this.selected = cluster?.id ?? null;
    this.filter.hidden = !cluster;
    if (!cluster) {
      this.filterText.textContent = '';
      return;
    }
    const item = this.items.get(cluster.id);
    if (item) {
      item.hidden = false;
      item.querySelector('.entity-item').setAttribute('aria-pressed', 'true');
    }
    this.filterText.textContent = `${cluster.name}: ${plural(mentionCount, 'mention')}, in ${plural(claimCount, 'claim')}.`;
  }
}

/** Sorts clusters for the list: most mentioned first, then by name. */
export function rankClusters(clusters) {
  return [...(clusters ?? [])].sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || String(a.name).localeCompare(String(b.name)));
}

/**
 * The card shown for a hovered or focused mention: type, display name, mentions in this article, links.
 * Events: 'select' (clusterId) from its "Show all mentions" button, 'close' (anchor) on Escape inside the card.
 */
export class EntityCardView extends Emitter {
  constructor(root) {
    super();
    this.root = root;
    this.type = root.querySelector('#entity-card-type');
    this.name = root.querySelector('#entity-card-name');
    this.mentions = root.querySelector('#entity-card-mentions');
    this.links = root.querySelector('#entity-card-links');
    this.selectButton = root.querySelector('#entity-card-select');
    this.anchor = null;
    this.clusterId = null;
    this.timer = 0;

    root.addEventListener('mouseenter', () => window.clearTimeout(this.timer));
    root.addEventListener('focusin', () => window.clearTimeout(this.timer));
    root.addEventListener('mouseleave', () => this.render('hide', { delayed: true }));
    root.addEventListener('focusout', (event) => {
      if (!root.contains(event.relatedTarget)) this.render('hide', { delayed: true });
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.emit('close', this.anchor);
      }
    });
    this.selectButton.addEventListener('click', () => this.emit('select', this.clusterId));
  }

  render(command, data = {}) {
    window.clearTimeout(this.timer);
    if (command === 'show') {
      const show = () => {
        this.show(data.anchor, data.cluster, data.mentionCount);
        if (data.focus) (this.links.querySelector('a') ?? this.selectButton).focus();
      };
      if (data.delayed) this.timer = window.setTimeout(show, CARD_SHOW_DELAY_MS);
      else show();
    } else if (command === 'hide') {
      if (data.delayed) this.timer = window.setTimeout(() => this.hide(), CARD_HIDE_DELAY_MS);
      else this.hide();
    } else {
      throw new Error(`unknown render command ${command}`);
    }
  }

  isOpen() {
    return !this.root.hidden;
  }

  show(anchor, cluster, mentionCount) {
    if (!anchor || !anchor.isConnected) return;
    this.anchor = anchor;
    this.clusterId = anchor.dataset.cluster;
    const type = anchor.dataset.entityType;
    this.root.dataset.entityType = type;
    this.type.textContent = entityTypeLabel(type);
    this.name.textContent = cluster?.name ?? anchor.textContent;
    this.mentions.textContent = `${plural(mentionCount, 'mention')} in this article`;
    clear(this.links);
    for (const link of cluster?.links ?? []) {
      this.links.append(el('li', {},
        el('a', { href: safeUrl(link.url), target: '_blank', rel: 'noopener noreferrer', text: link.label || link.url })));
    }
    this.links.hidden = this.links.childElementCount === 0;
    this.root.hidden = false;
    this.place(anchor);
  }

  /** Below the highlight, or above it when there is no room below; kept inside the window. */
  place(anchor) {
    const box = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
    const width = this.root.offsetWidth;
    const height = this.root.offsetHeight;
    const maxLeft = document.documentElement.clientWidth - width - CARD_GAP_PX;
    const left = Math.max(CARD_GAP_PX, Math.min(box.left, maxLeft));
    const below = box.bottom + CARD_GAP_PX;
    const top = below + height > window.innerHeight && box.top - height - CARD_GAP_PX > 0
      ? box.top - height - CARD_GAP_PX
      : below;
    this.root.style.left = `${left + window.scrollX}px`;
    this.root.style.top = `${top + window.scrollY}px`;
  }

  hide() {
    this.root.hidden = true;
    this.anchor = null;
  }
}
