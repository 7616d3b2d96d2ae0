/**
 * The "Share" dialog of the reader (editors and admins): creates a read-only link to the article, shows it to copy,
 * and lists the article's links with a Revoke button each.
 */
import { ApiError, createShare, listShares, revokeShare } from './api.js';
import { Emitter, byId, clear, el } from './dom.js';
import { formatDate } from './labels.js';

/** How long a new link works unless the person sharing picks otherwise, and the longest allowed (days). */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 365;

/** The dialog's DOM. Events: 'open' (), 'create' (days), 'revoke' (shareId), 'copy' (url). */
export class ShareView extends Emitter {
  constructor() {
    super();
    this.dialog = byId('share-dialog');
    this.openButton = byId('share-open');
    this.days = byId('share-days');
    this.create = byId('share-create');
    this.error = byId('share-error');
    this.result = byId('share-result');
    this.url = byId('share-url');
    this.list = byId('share-list');
    this.listStatus = byId('share-list-status');

    this.openButton.addEventListener('click', () => {
      if (!this.dialog.open) this.dialog.showModal();
      this.emit('open');
    });
    byId('share-close').addEventListener('click', () => this.dialog.close());
    byId('share-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const days = Math.round(Number(this.days.value));
      this.emit('create', Number.isFinite(days) && days >= 1 && days <= MAX_DAYS ? days : DEFAULT_DAYS);
    });
    byId('share-copy').addEventListener('click', () => this.emit('copy', this.url.value));
    this.list.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action="revoke"]');
      if (button) this.emit('revoke', button.dataset.share);
    });
  }

  render(command, data) {
    switch (command) {
      case 'available':
        this.openButton.hidden = !data;
        break;
      case 'busy':
        this.create.disabled = data;
        break;
      case 'created':
        this.url.value = data.url;
        this.result.hidden = false;
        this.url.focus();
        this.url.select();
        break;
      case 'shares':
        this.renderShares(data);
        break;
      case 'error':
        this.error.textContent = data ?? '';
        this.error.hidden = !data;
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }

  renderShares(shares) {
    clear(this.list);
    const now = Date.now();
    this.listStatus.textContent = shares.length ? '' : 'No links yet.';
    for (const share of shares) {
      const expired = Date.parse(share.expiresAt) <= now;
      const state = share.revoked ? 'revoked' : expired ? 'expired' : 'active';
      const label = { revoked: 'Revoked', expired: 'Expired', active: `Works until ${formatDate(share.expiresAt)}` }[state];
      this.list.append(el('li', { class: 'share', dataset: { share: share.id, state } },
        el('span', { class: 'share-what' },
          `Created by ${share.createdBy ?? 'a member'}, `,
          el('time', { datetime: share.createdAt, text: formatDate(share.createdAt) })),
        el('span', { class: 'share-state', text: label }),
        state === 'active'
          ? el('button', {
            class: 'button button-small share-revoke', type: 'button',
            dataset: { action: 'revoke', share: share.id }, text: 'Revoke',
          })
          : null));
    }
  }
}

/** Wires the dialog to the API for one article; copy(url, what) copies a link and says so. */
export function wireSharing(articleId, view, { copy }) {
  const attempt = async (action) => {
    view.render('error', null);
    try {
      await action();
    } catch (error) {
      view.render('error', error instanceof ApiError ? error.message : 'That did not work. Try again.');
      if (!(error instanceof ApiError)) console.error(error);
    }
  };
  const refresh = async () => view.render('shares', await listShares(articleId));
  view.bind('open', () => attempt(refresh));
  view.bind('create', (days) => attempt(async () => {
    view.render('busy', true);
    try {
      view.render('created', await createShare(articleId, days));
    } finally {
      view.render('busy', false);
    }
    await refresh();
  }));
  view.bind('revoke', (shareId) => attempt(async () => {
    await revokeShare(shareId);
    await refresh();
  }));
  view.bind('copy', (url) => copy(url, 'Share link'));
  view.render('available', true);
}
