/**
 * The article text: built once from the analysis offsets in one pass, then changed only through classes.
 *
 * Nesting, outermost first: block (title heading or paragraph) > claim sentence > quote > loaded wording >
 * entity mention.
 * A span that crosses an outer boundary is split into pieces carrying the same data attributes.
 * Offsets are UTF-16 indices into `text` (Java and JavaScript agree), end exclusive.
 */
import { Emitter, el, scrollBehavior } from './dom.js';
import { ENTITY_TYPES, entityTypeLabel } from './labels.js';

/** The legend key of the loaded-wording layer, toggled like an entity type (class `hide-LOADED`). */
export const LOADED = 'LOADED';

/** A blank line (possibly holding spaces) separates paragraphs; a single newline is a line break. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n\s*/g;

/** The title block and the body paragraphs as [start, end) ranges of text. */
export function splitBlocks(text, bodyStart) {
  const blocks = [];
  const start = Math.min(Math.max(bodyStart | 0, 0), text.length);
  const titleEnd = text.slice(0, start).trimEnd().length;
  if (titleEnd > 0) blocks.push({ kind: 'title', start: 0, end: titleEnd });
  let paragraphStart = start;
  PARAGRAPH_BREAK.lastIndex = start;
  for (let match = PARAGRAPH_BREAK.exec(text); match; match = PARAGRAPH_BREAK.exec(text)) {
    pushParagraph(blocks, text, paragraphStart, match.index);
    paragraphStart = match.index + match[0].length;
  }
  pushParagraph(blocks, text, paragraphStart, text.length);
  return blocks;
}

function pushParagraph(blocks, text, start, end) {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (to > from) blocks.push({ kind: 'paragraph', start: from, end: to });
}

/** Valid spans sorted by start, with any span overlapping an earlier one of the same layer dropped. */
function layer(spans, length) {
  const valid = (spans ?? [])
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0
      && span.start < span.end && span.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let lastEnd = -1;
  for (const span of valid) {
    if (span.start >= lastEnd) {
      kept.push(span);
      lastEnd = span.end;
    }
  }
  return kept;
}

/** Walks a sorted, non-overlapping layer forward: the span covering an offset, if any. */
class Cursor {
  constructor(spans) {
    this.spans = spans;
    this.index = 0;
  }

  at(offset) {
    const spans = this.spans;
    while (this.index < spans.length && spans[this.index].end <= offset) this.index++;
    const span = spans[this.index];
    return span && span.start <= offset ? span : null;
  }

  /** Every start and end of the spans touching [from, to), without moving the cursor. */
  cuts(from, to, into) {
    for (let i = this.index; i < this.spans.length && this.spans[i].start < to; i++) {
      const span = this.spans[i];
      if (span.end <= from) continue;
      if (span.start > from) into.push(span.start);
      if (span.end < to) into.push(span.end);
    }
  }
}

function mentionLabel(entity, cluster, mentionText) {
  const typeLabel = entityTypeLabel(entity.type);
  const name = cluster?.name;
  return name && name !== mentionText ? `${typeLabel}: ${mentionText} (${name})` : `${typeLabel}: ${mentionText}`;
}

function quoteTitle(quote) {
  if (quote.kind !== 'direct') return 'Scare quotes: words quoted without a speaker';
  const speaker = quote.speaker ? `Quote from ${quote.speaker}` : 'Quote, speaker unknown';
  return quote.medium ? `${speaker} (to ${quote.medium})` : speaker;
}

/** Appends text, turning single newlines into line breaks. */
function appendText(parent, value) {
  const lines = value.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) parent.append(el('br'));
    if (line) parent.append(document.createTextNode(line));
  });
}

/**
 * Builds the article DOM. Returns the fragment plus indexes the view keeps: the pieces of each claim sentence,
 * the mention elements of each cluster and the count per entity type (and of loaded wording, under LOADED).
 */
export function buildArticle(analysis) {
  const text = String(analysis.text ?? '');
  const clusters = new Map((analysis.clusters ?? []).map((cluster) => [cluster.id, cluster]));
  const rankOf = new Map((analysis.claims ?? []).map((claim, index) => [claim.id, index + 1]));
  const claims = layer(analysis.claims, text.length);
  const quotes = layer(analysis.quotes, text.length);
  const loaded = layer(analysis.loaded, text.length);
  const entities = layer(analysis.entities, text.length);

  const fragment = document.createDocumentFragment();
  const claimPieces = new Map();
  const mentions = new Map();
  const typeCounts = new Map();
  const cursors = [new Cursor(claims), new Cursor(quotes), new Cursor(loaded), new Cursor(entities)];
  const makers = [
    (claim) => {
      const piece = el('span', { class: 'claim-sentence', dataset: { claim: claim.id, rank: rankOf.get(claim.id) } });
      const pieces = claimPieces.get(claim.id);
      if (pieces) {
        pieces.push(piece);
      } else {
        piece.id = `sentence-${claim.id}`;
        piece.tabIndex = -1;
        claimPieces.set(claim.id, [piece]);
      }
      return piece;
    },
    (quote) => el('span', {
      class: `quote quote-${quote.kind === 'direct' ? 'direct' : 'scare'}`,
      title: quoteTitle(quote),
      dataset: { quoteKind: quote.kind, speakerCluster: quote.cluster ?? undefined },
    }),
    (term) => el('span', {
      class: 'loaded',
      title: term.reason ? `Loaded wording: ${term.reason}` : 'Loaded wording',
      dataset: { reason: term.reason },
    }),
    (entity) => {
      const mentionText = text.slice(entity.start, entity.end).replace(/\s+/g, ' ');
      const node = el('span', {
        class: 'ent',
        role: 'button',
        tabindex: 0,
        'aria-haspopup': 'dialog',
        'aria-label': mentionLabel(entity, clusters.get(entity.cluster), mentionText),
        dataset: { entityType: entity.type, cluster: entity.cluster },
      });
      if (!mentions.has(entity.cluster)) mentions.set(entity.cluster, []);
      mentions.get(entity.cluster).push(node);
      typeCounts.set(entity.type, (typeCounts.get(entity.type) ?? 0) + 1);
      return node;
    },
  ];

  for (const block of splitBlocks(text, analysis.bodyStart)) {
    const blockNode = block.kind === 'title'
      ? el('h1', { class: 'article-title', id: 'article-title' })
      : el('p', { class: 'paragraph' });
    const cuts = [block.start, block.end];
    for (const cursor of cursors) cursor.cuts(block.start, block.end, cuts);
    cuts.sort((a, b) => a - b);

    const open = []; // [{span, node}] from the outermost layer in
    for (let i = 0; i < cuts.length - 1; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      if (from === to) continue;
      const wanted = [];
      cursors.forEach((cursor, depth) => {
        const span = cursor.at(from);
        if (span) wanted.push({ span, depth });
      });
      let keep = 0;
      while (keep < open.length && keep < wanted.length && open[keep].span === wanted[keep].span) keep++;
      open.length = keep;
      for (let w = keep; w < wanted.length; w++) {
        const node = makers[wanted[w].depth](wanted[w].span);
        (w === 0 ? blockNode : open[w - 1].node).append(node);
        open.push({ span: wanted[w].span, node });
      }
      appendText(open.length ? open[open.length - 1].node : blockNode, text.slice(from, to));
    }
    fragment.append(blockNode);
  }

  // A numbered marker after each claim sentence leads back to its claim (like a footnote call); a claim in the
  // headline keeps it clean: its highlight alone leads there.
  for (const [claimId, pieces] of claimPieces) {
    const rank = rankOf.get(claimId);
    if (pieces[pieces.length - 1].closest('.article-title')) continue;
    pieces[pieces.length - 1].after(el('a', {
      class: 'claim-ref',
      href: `#claim-${claimId}`,
      'aria-label': `Back to claim ${rank}`,
      dataset: { claim: claimId },
      text: String(rank),
    }));
  }
  if (loaded.length) typeCounts.set(LOADED, loaded.length);
  return { fragment, claimPieces, mentions, typeCounts };
}

/**
 * The article view. Events: 'claim' (claimId) when a claim sentence is clicked; 'claimRef' (claimId) for the
 * back-to-claim markers and Enter on a focused sentence; 'entityOpen' (element, {focusCard}) when a mention is
 * clicked or activated with Enter/Space; 'entityEnter' (element) / 'entityLeave' () for the hover/focus card.
 */
export class ArticleView extends Emitter {
  constructor(root) {
    super();
    this.root = root;
    this.claimPieces = new Map();
    this.mentions = new Map();
    this.typeCounts = new Map();
    this.current = null;
    this.selected = null;
    this.hovered = null;

    root.addEventListener('click', (event) => {
      const ref = event.target.closest('.claim-ref');
      if (ref) {
        event.preventDefault();
        this.emit('claimRef', ref.dataset.claim);
        return;
      }
      // A click on a mention opens its card at once (there is no hover on touch screens) ...
      const mention = event.target.closest('.ent');
      if (mention && !this.isHiddenType(mention.dataset.entityType)) this.emit('entityOpen', mention, { focusCard: false });
      // ... and a click, or a text selection ending, inside a claim sentence focuses its claim.
      const sentence = event.target.closest('.claim-sentence');
      if (sentence) this.emit('claim', sentence.dataset.claim);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const mention = event.target.closest('.ent');
      if (mention) {
        event.preventDefault();
        if (!this.isHiddenType(mention.dataset.entityType)) this.emit('entityOpen', mention, { focusCard: true });
      } else if (event.key === 'Enter' && event.target.classList.contains('claim-sentence')) {
        event.preventDefault();
        this.emit('claimRef', event.target.dataset.claim);
      }
    });
    root.addEventListener('mouseover', (event) => this.hover(event.target.closest('.ent')));
    root.addEventListener('mouseleave', () => this.hover(null));
    root.addEventListener('focusin', (event) => {
      const mention = event.target.closest('.ent');
      if (mention) this.hover(mention);
    });
    root.addEventListener('focusout', (event) => {
      if (event.target.closest('.ent')) this.hover(null);
    });
  }

  hover(mention) {
    if (mention === this.hovered) return;
    this.hovered = mention;
    if (mention && !this.isHiddenType(mention.dataset.entityType)) this.emit('entityEnter', mention);
    else this.emit('entityLeave');
  }

  isHiddenType(type) {
    return this.root.classList.contains(`hide-${type}`);
  }

  render(command, data) {
    switch (command) {
      case 'article': {
        const { fragment, claimPieces, mentions, typeCounts } = buildArticle(data);
        this.claimPieces = claimPieces;
        this.mentions = mentions;
        this.typeCounts = typeCounts;
        this.root.replaceChildren(fragment);
        break;
      }
      case 'hiddenTypes':
        this.renderHiddenTypes(data);
        break;
      case 'currentClaim':
        this.renderCurrentClaim(data);
        break;
      case 'selectedEntity':
        this.renderSelectedEntity(data);
        break;
      case 'scrollToClaim':
        this.scrollTo(this.claimPieces.get(data.claimId)?.[0], data);
        break;
      case 'focusClaimSentence': {
        const first = this.claimPieces.get(data)?.[0];
        if (first) {
          first.focus({ preventScroll: true });
          this.scrollTo(first, { smooth: true });
        }
        break;
      }
      case 'focusMentionQuietly':
        // Focus returns to a mention from its card: mark it hovered first so the card does not reopen.
        this.hovered = data;
        data.focus({ preventScroll: true });
        break;
      case 'scrollToMention': {
        const node = this.mentions.get(data.clusterId)?.[data.index];
        if (node) {
          this.scrollTo(node, data);
          if (data.focus) node.focus({ preventScroll: true });
        }
        break;
      }
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  /**
   * Hidden types are classes on the container (`hide-PERSON`); reader.css removes their styling. A type that
   * reader.css does not know (added to the contract later) is switched off mention by mention instead.
   */
  renderHiddenTypes(hiddenTypes) {
    for (const name of [...this.root.classList]) {
      if (name.startsWith('hide-')) this.root.classList.remove(name);
    }
    for (const type of hiddenTypes) this.root.classList.add(`hide-${type}`);
    for (const type of this.typeCounts.keys()) {
      if (ENTITY_TYPES.includes(type) || type === LOADED) continue;
      for (const node of this.root.querySelectorAll('.ent')) {
        if (node.dataset.entityType === type) node.classList.toggle('ent-off', hiddenTypes.has(type));
      }
    }
  }

  renderCurrentClaim(claimId) {
    if (this.current) {
      for (const piece of this.claimPieces.get(this.current) ?? []) piece.classList.remove('is-current');
    }
    this.current = claimId;
    for (const piece of this.claimPieces.get(claimId) ?? []) piece.classList.add('is-current');
  }

  renderSelectedEntity(clusterId) {
    if (this.selected) {
      for (const node of this.mentions.get(this.selected) ?? []) node.classList.remove('is-selected');
    }
    this.selected = clusterId;
    this.root.classList.toggle('has-selection', Boolean(clusterId));
    for (const node of this.mentions.get(clusterId) ?? []) node.classList.add('is-selected');
  }

  scrollTo(node, { smooth = false } = {}) {
    if (node) node.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? scrollBehavior() : 'auto' });
  }

  /** Positions, as fractions of the article's height, of the first piece of each claim and of some mentions. */
  measure(claimIds, clusterId) {
    const box = this.root.getBoundingClientRect();
    const height = Math.max(box.height, 1);
    const fraction = (node) => (node.getBoundingClientRect().top - box.top) / height;
    const claims = claimIds
      .map((id) => ({ id, node: this.claimPieces.get(id)?.[0] }))
      .filter((entry) => entry.node)
      .map((entry) => ({ id: entry.id, at: fraction(entry.node) }));
    const mentions = (this.mentions.get(clusterId) ?? []).map((node, index) => ({ index, at: fraction(node) }));
    return { claims, mentions, top: box.top + window.scrollY, height };
  }

  mentionCount(clusterId) {
    return this.mentions.get(clusterId)?.length ?? 0;
  }

  /** The claims whose sentence contains a mention of a cluster. */
  claimsMentioning(clusterId) {
    const found = new Set();
    for (const node of this.mentions.get(clusterId) ?? []) {
      const sentence = node.closest('.claim-sentence');
      if (sentence) found.add(sentence.dataset.claim);
    }
    return found;
  }
}
