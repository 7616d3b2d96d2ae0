/**
 * The team's work on each claim, inside its card in the sidebar: status, assignee, notes (safe Markdown) and the
 * history of who changed what. Editors and admins get controls; viewers read everything; a share link shows the
 * status only.
 *
 * Every write carries the version of the claim the writer saw: for the status, the version on screen when it was
 * picked; for a note or an assignee being typed, the version on screen when typing began, so a change someone else
 * made meanwhile turns the write into a conflict instead of silently passing over it. Live updates never overwrite
 * what is being typed.
 */
import { Emitter, clear, el } from './dom.js';
import { CLAIM_STATUSES, claimStatusLabel, formatDate, plural } from './labels.js';
import { renderMarkdown } from './markdown.js';

/** What a page may do with claims: change them, read their notes, or only see their status (a share link). */
export const MODES = Object.freeze({ EDIT: 'edit', VIEW: 'view', STATUS_ONLY: 'status' });
/** The server's limit on one note. */
const NOTE_MAX_CHARS = 10_000;
/** The server's limit on an assignee's name. */
const ASSIGNEE_MAX_CHARS = 80;

export const CONFLICT_MESSAGE = 'Someone else changed this claim; showing their version.';

/** A claim nobody has touched: what the page shows until the workflow says otherwise. */
function untouched(claimId) {
  return { claimId, status: 'unchecked', assignee: null, version: 0, notes: [], history: [] };
}

/**
 * Events (edit mode only): 'status' (claimId, {version, status}), 'assignee' (claimId, {version, assignee}; "" for
 * nobody),
 * 'note' (claimId, {version, text}). The controller answers with render('state' | 'conflict' | 'error' | 'pending').
 */
export class WorkflowView extends Emitter {
  constructor(list, mode) {
    super();
    this.list = list;
    this.mode = mode;
    this.sections = new Map();
    this.states = new Map();
    if (mode !== MODES.EDIT) return;

    list.addEventListener('change', (event) => {
      const select = event.target.closest('.claim-status-select');
      if (!select) return;
      const claimId = this.claimOf(select);
      this.emit('status', claimId, { version: this.versionOf(claimId), status: select.value });
    });
    // typing starts a draft: remember the version it is written against
    list.addEventListener('input', (event) => {
      const form = event.target.closest('.claim-note-form, .claim-assignee-form');
      if (form && form.dataset.baseVersion === undefined) form.dataset.baseVersion = String(this.versionOf(this.claimOf(form)));
    });
    list.addEventListener('submit', (event) => {
      const form = event.target.closest('.claim-note-form, .claim-assignee-form');
      if (!form) return;
      event.preventDefault();
      const claimId = this.claimOf(form);
      const version = form.dataset.baseVersion === undefined ? this.versionOf(claimId) : Number(form.dataset.baseVersion);
      if (form.classList.contains('claim-note-form')) {
        const text = form.querySelector('.claim-note-input').value;
        if (!text.trim()) {
          this.render('error', { claimId, message: 'Write the note first.' });
          return;
        }
        this.emit('note', claimId, { version, text });
      } else {
        // an empty box clears the assignee
        this.emit('assignee', claimId, { version, assignee: form.querySelector('.claim-assignee-input').value.trim() });
      }
    });
  }

  claimOf(node) {
    return node.closest('.claim-workflow').dataset.claim;
  }

  /** The version of a claim as shown now. */
  versionOf(claimId) {
    return this.states.get(claimId)?.version ?? 0;
  }

  /** Builds the workflow section inside every claim card (a Map of claimId → card element). */
  mount(cards) {
    for (const [claimId, card] of cards) {
      const section = this.section(claimId);
      this.sections.set(claimId, section);
      const actions = card.querySelector('.claim-actions');
      card.insertBefore(section, actions);
      this.renderState(untouched(claimId));
    }
  }

  render(command, data) {
    switch (command) {
      case 'states':
        for (const state of data) this.renderState(state);
        break;
      case 'state':
        this.renderState(data.state);
        this.renderAlert(data.state.claimId, null);
        this.clearDraft(data.state.claimId, data.kind);
        break;
      case 'conflict':
        this.renderConflict(data);
        break;
      case 'error': {
        const select = this.sections.get(data.claimId)?.querySelector('.claim-status-select');
        if (select) select.value = this.states.get(data.claimId)?.status ?? select.value; // back to what is saved
        this.renderAlert(data.claimId, { kind: 'error', message: data.message });
        break;
      }
      case 'pending':
        this.renderPending(data.claimId, data.pending);
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  section(claimId) {
    const id = (part) => `${part}-${claimId}`;
    const edit = this.mode === MODES.EDIT;
    const readsNotes = this.mode !== MODES.STATUS_ONLY;
    return el('section', { class: 'claim-workflow', dataset: { claim: claimId }, 'aria-label': 'Checking' },
      el('div', { class: 'workflow-row' },
        el('span', { class: 'status-badge claim-status', id: id('status') }),
        edit
          ? el('label', { class: 'workflow-field' },
            el('span', { class: 'visually-hidden', text: 'Status' }),
            el('select', { class: 'claim-status-select', 'aria-describedby': id('status') },
              ...CLAIM_STATUSES.map((status) => el('option', { value: status, text: claimStatusLabel(status) }))))
          : null,
        readsNotes && !edit ? el('span', { class: 'claim-assignee' }) : null),
      el('p', { class: 'claim-alert', role: 'alert', hidden: true }),
      edit
        ? el('form', { class: 'claim-assignee-form workflow-form' },
          el('label', { for: id('assignee'), text: 'Assignee' }),
          el('input', {
            class: 'claim-assignee-input', id: id('assignee'), type: 'text', maxlength: ASSIGNEE_MAX_CHARS,
            autocomplete: 'off', list: 'assignee-names', placeholder: 'Nobody',
          }),
          el('button', { class: 'button button-small', type: 'submit', text: 'Assign' }))
        : null,
      readsNotes
        ? el('div', { class: 'claim-notes' },
          el('h3', { class: 'claim-subhead claim-notes-heading' }),
          el('ol', { class: 'note-list' }))
        : null,
      edit
        ? el('form', { class: 'claim-note-form workflow-form' },
          el('label', { for: id('note'), text: 'Add a note' }),
          el('textarea', { class: 'claim-note-input', id: id('note'), rows: 3, maxlength: NOTE_MAX_CHARS, 'aria-describedby': id('note-hint') }),
          el('p', { class: 'hint', id: id('note-hint'), text: '**bold**, *italic*, `code`, "- " lists and [links](https://…)' }),
          el('button', { class: 'button button-small claim-note-submit', type: 'submit', text: 'Add note' }))
        : null,
      readsNotes
        ? el('details', { class: 'claim-history' },
          el('summary', { class: 'claim-history-summary' }),
          el('ol', { class: 'history-list' }))
        : null);
  }

  /** Shows a claim's state, unless the page already shows a newer one (answers can arrive out of order). */
  renderState(state) {
    const section = this.sections.get(state.claimId);
    if (!section) return; // a claim the analysis no longer lists
    if (this.states.has(state.claimId) && state.version < this.versionOf(state.claimId)) return;
    this.states.set(state.claimId, state);
    const card = section.closest('.claim');
    card.dataset.status = state.status;
    card.dataset.version = String(state.version);

    const badge = section.querySelector('.claim-status');
    badge.dataset.status = state.status;
    badge.textContent = claimStatusLabel(state.status);
    badge.title = state.updatedBy ? `Set by ${state.updatedBy}, ${formatDate(state.updatedAt)}` : '';
    const select = section.querySelector('.claim-status-select');
    if (select) select.value = state.status;

    const assigneeForm = section.querySelector('.claim-assignee-form');
    if (assigneeForm && assigneeForm.dataset.baseVersion === undefined) {
      assigneeForm.querySelector('.claim-assignee-input').value = state.assignee ?? '';
    }
    const assignee = section.querySelector('.claim-assignee');
    if (assignee) assignee.textContent = state.assignee ? `Assigned to ${state.assignee}` : 'Not assigned';

    const notes = section.querySelector('.note-list');
    if (notes) {
      const sorted = [...(state.notes ?? [])].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
      clear(notes).append(...sorted.map((note) => el('li', { class: 'note', dataset: { note: note.id } },
        el('p', { class: 'note-meta' },
          el('span', { class: 'note-author', text: note.author }), ' · ',
          el('time', { datetime: note.createdAt, text: formatDate(note.createdAt) })),
        el('div', { class: 'note-body' }, renderMarkdown(note.text)))));
      section.querySelector('.claim-notes-heading').textContent = sorted.length ? plural(sorted.length, 'note') : 'No notes yet';
    }

    const history = section.querySelector('.history-list');
    if (history) {
      const changes = [...(state.history ?? [])].sort((a, b) => String(b.at).localeCompare(String(a.at)));
      clear(history).append(...changes.map((change) => el('li', { class: 'change', dataset: { kind: change.kind } },
        describeChange(change), ' · ',
        el('time', { datetime: change.at, text: formatDate(change.at) }))));
      section.querySelector('.claim-history-summary').textContent = `History (${changes.length})`;
      section.querySelector('.claim-history').hidden = changes.length === 0;
    }
  }

  renderConflict({ claimId, current, kind }) {
    if (current) this.renderState(current);
    const lost = {
      status: 'Your status change was not saved.',
      assignee: 'Your assignee was not saved: it is still in the box; assign again if it still applies.',
      note: 'Your note was not saved: it is still in the box; add it again if it still applies.',
    }[kind] ?? '';
    this.renderAlert(claimId, { kind: 'conflict', message: `${CONFLICT_MESSAGE} ${lost}`.trim() });
    // the draft stays, now written against the version on screen
    for (const form of this.sections.get(claimId)?.querySelectorAll('.workflow-form') ?? []) delete form.dataset.baseVersion;
  }

  renderAlert(claimId, alert) {
    const node = this.sections.get(claimId)?.querySelector('.claim-alert');
    if (!node) return;
    node.hidden = !alert;
    node.textContent = alert?.message ?? '';
    if (alert) node.dataset.kind = alert.kind;
    else delete node.dataset.kind;
  }

  renderPending(claimId, pending) {
    const section = this.sections.get(claimId);
    if (!section) return;
    section.setAttribute('aria-busy', String(pending));
    for (const control of section.querySelectorAll('select, button')) control.disabled = pending;
  }

  clearDraft(claimId, kind) {
    const section = this.sections.get(claimId);
    if (!section) return;
    if (kind === 'note') {
      const form = section.querySelector('.claim-note-form');
      form.querySelector('.claim-note-input').value = '';
      delete form.dataset.baseVersion;
    } else if (kind === 'assignee') {
      const form = section.querySelector('.claim-assignee-form');
      delete form.dataset.baseVersion;
      form.querySelector('.claim-assignee-input').value = this.states.get(claimId)?.assignee ?? '';
    }
  }

  /** Every name seen in the workflow (authors, assignees), for suggesting assignees. */
  knownNames() {
    const names = new Set();
    for (const state of this.states.values()) {
      if (state.assignee) names.add(state.assignee);
      if (state.updatedBy) names.add(state.updatedBy);
      for (const note of state.notes ?? []) names.add(note.author);
    }
    return [...names].sort((a, b) => a.localeCompare(b));
  }
}

/** "Ada changed the status from Unchecked to False" and the like, as text. */
function describeChange({ actor, kind, from, to }) {
  const who = actor ?? 'Someone';
  if (kind === 'status') {
    return from
      ? `${who} changed the status from ${claimStatusLabel(from)} to ${claimStatusLabel(to)}`
      : `${who} set the status to ${claimStatusLabel(to)}`;
  }
  if (kind === 'assignee') {
    if (!to) return `${who} removed the assignee${from ? ` (${from})` : ''}`;
    return from ? `${who} reassigned the claim from ${from} to ${to}` : `${who} assigned the claim to ${to}`;
  }
  if (kind === 'note') return to ? `${who} added a note: “${to}”` : `${who} added a note`;
  return `${who} changed ${kind}`;
}
