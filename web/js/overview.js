/**
 * The slim overview bar beside the text: one mark per claim and per mention of the selected entity, placed at
 * the same relative height as in the article, plus a frame showing the part of the article in view.
 * Events: 'claim' (claimId) when a claim mark is clicked, 'jump' (fraction of the article) elsewhere on the bar.
 */
import { Emitter, el } from './dom.js';

/** Marks closer than this (fraction of the bar) would overlap: only the first is drawn. */
const MIN_MARK_GAP = 0.004;

export class OverviewView extends Emitter {
  constructor({ root, track, viewport }) {
    super();
    this.root = root;
    this.track = track;
    this.viewport = viewport;
    this.marks = new Map();
    this.current = null;
    track.addEventListener('click', (event) => {
      const mark = event.target.closest('.overview-mark[data-claim]');
      if (mark) {
        this.emit('claim', mark.dataset.claim);
        return;
      }
      const box = track.getBoundingClientRect();
      this.emit('jump', (event.clientY - box.top) / Math.max(box.height, 1));
    });
  }

  render(command, data) {
    switch (command) {
      case 'marks':
        this.renderMarks(data);
        break;
      case 'current':
        this.renderCurrent(data);
        break;
      case 'viewport':
        this.viewport.style.top = `${clamp(data.top) * 100}%`;
        this.viewport.style.height = `${Math.max(clamp(data.height), 0.02) * 100}%`;
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  /** Claim marks are kept and moved (they survive re-measuring); mention marks are redrawn. */
  renderMarks({ claims, mentions, ranks }) {
    for (const mark of this.track.querySelectorAll('.overview-mention')) mark.remove();
    const wanted = new Set(claims.map((claim) => claim.id));
    for (const [id, mark] of this.marks) {
      if (!wanted.has(id)) {
        mark.remove();
        this.marks.delete(id);
      }
    }
    const fragment = document.createDocumentFragment();
    for (const { id, at } of claims) {
      let mark = this.marks.get(id);
      if (!mark) {
        mark = el('span', { class: 'overview-mark overview-claim', title: `Claim ${ranks.get(id)}`, dataset: { claim: id } });
        this.marks.set(id, mark);
        fragment.append(mark);
      }
      mark.style.top = `${clamp(at) * 100}%`;
    }
    // Mentions of the selected entity go on top of the claim marks.
    let last = -1;
    for (const { index, at } of [...mentions].sort((a, b) => a.at - b.at)) {
      if (at - last < MIN_MARK_GAP) continue;
      last = at;
      const mark = el('span', { class: 'overview-mark overview-mention', dataset: { mention: index } });
      mark.style.top = `${clamp(at) * 100}%`;
      fragment.append(mark);
    }
    this.track.append(fragment);
    this.renderCurrent(this.current);
  }

  renderCurrent(claimId) {
    this.marks.get(this.current)?.classList.remove('is-current');
    this.current = claimId;
    this.marks.get(claimId)?.classList.add('is-current');
  }
}

function clamp(value) {
  return Math.min(Math.max(Number(value) || 0, 0), 1);
}
