/**
 * Keeps the claims' workflow in step with the server: loads it, sends each write with the version it was made
 * against, shows a conflict with the newer state the server answers, and applies changes other people make as they
 * arrive over the article's live stream (server-sent events).
 */
import { ApiError, addNote, getWorkflow, subscribeToArticle, updateClaim } from './api.js';
import { MODES } from './workflow.js';

const CONFLICT = 409;

export class Teamwork {
  /** view: a WorkflowView already mounted on the claim cards; onNames(names) gets the names seen, for suggestions. */
  constructor(articleId, view, { onNames = () => {}, onProblem = () => {} } = {}) {
    this.articleId = articleId;
    this.view = view;
    this.onNames = onNames;
    this.onProblem = onProblem;
    this.refreshing = null;
    this.refreshAgain = false;
    this.closeStream = null;

    if (view.mode === MODES.EDIT) {
      view.bind('status', (claimId, { version, status }) => this.write(claimId, 'status', () => updateClaim(articleId, claimId, { version, status })));
      view.bind('assignee', (claimId, { version, assignee }) => this.write(claimId, 'assignee', () => updateClaim(articleId, claimId, { version, assignee })));
      view.bind('note', (claimId, { version, text }) => this.write(claimId, 'note', () => addNote(articleId, claimId, { version, text })));
    }
  }

  /** Shows the workflow (`firstRead`: a read of it already under way, if any), then listens for changes. */
  async start(firstRead = null) {
    await this.refresh(firstRead);
    this.listen();
    // A page left for another keeps its stream open while the browser caches it for Back, and a browser opens only
    // six connections to one server: close the stream on leaving, open it again on coming back.
    window.addEventListener('pagehide', () => this.stop());
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) this.listen();
    });
  }

  listen() {
    this.stop();
    this.closeStream = subscribeToArticle(this.articleId, {
      // on every (re)connection: changes made while disconnected are read again
      onReady: () => this.refresh(),
      onClaim: (change) => {
        if (!change || typeof change.claimId !== 'string') return;
        if (!(Number(change.version) > this.view.versionOf(change.claimId))) return; // already shown (our own write)
        this.refresh();
      },
      // the browser reconnects after a dropped connection by itself; a refused one (signed out, link revoked) is final
      onError: (closed) => {
        if (closed) this.onProblem('Live updates stopped. Reload the page to see what others change.');
      },
    });
  }

  stop() {
    this.closeStream?.();
    this.closeStream = null;
  }

  /** Reads the whole workflow again; calls made while a read is running are folded into one more read. */
  refresh(pendingRead = null) {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        let read = pendingRead;
        do {
          this.refreshAgain = false;
          const claims = await (read ?? getWorkflow(this.articleId));
          read = null;
          // only newer states: a read that started before our own write answered must not undo it on screen
          const newer = Object.values(claims).filter((state) => state && state.version > this.view.versionOf(state.claimId));
          this.view.render('states', newer);
          this.onNames(this.view.knownNames());
        } while (this.refreshAgain);
        this.onProblem(null);
      } catch (error) {
        this.onProblem(error instanceof ApiError ? error.message : 'The claims\' statuses could not be loaded.');
        if (!(error instanceof ApiError)) console.error(error);
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  async write(claimId, kind, send) {
    this.view.render('pending', { claimId, pending: true });
    try {
      const state = await send();
      this.view.render('state', { state, kind });
      this.onNames(this.view.knownNames());
    } catch (error) {
      if (error instanceof ApiError && error.status === CONFLICT) {
        const current = error.body?.current ?? null;
        this.view.render('conflict', { claimId, current, kind });
        if (!current) this.refresh();
      } else {
        this.view.render('error', { claimId, message: error instanceof ApiError ? error.message : 'The change could not be saved.' });
        if (!(error instanceof ApiError)) console.error(error);
      }
    } finally {
      this.view.render('pending', { claimId, pending: false });
    }
  }
}
