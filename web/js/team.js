/** Team page (admins): the members, invite links with a role, API tokens for scripts. */
import { ApiError, createInvite, createToken, listMembers } from './api.js';
import { Emitter, byId, clear, copyText, el } from './dom.js';
import { formatDate, roleLabel } from './labels.js';
import { showAccount } from './session.js';

/** How long a "Copied" message stays on screen. */
const TOAST_MS = 2500;

/** The team page's DOM. Events: 'invite' (role), 'token' ({name, role}), 'copy' (text, what). */
class TeamView extends Emitter {
  constructor() {
    super();
    this.error = byId('team-error');
    this.members = byId('member-list');
    this.table = byId('member-table');
    this.membersStatus = byId('members-status');
    this.memberCount = byId('member-count');
    this.inviteResult = byId('invite-result');
    this.inviteUrl = byId('invite-url');
    this.tokenResult = byId('token-result');
    this.tokenValue = byId('token-value');
    this.live = byId('live');

    byId('invite-create-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.emit('invite', byId('invite-role').value);
    });
    byId('token-create-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.emit('token', { name: byId('token-name').value.trim(), role: byId('token-role').value });
    });
    byId('invite-copy').addEventListener('click', () => this.emit('copy', this.inviteUrl.value, 'Invite link'));
    byId('token-copy').addEventListener('click', () => this.emit('copy', this.tokenValue.value, 'Token'));
  }

  render(command, data) {
    switch (command) {
      case 'members':
        clear(this.members);
        for (const member of data) {
          this.members.append(el('tr', { class: 'member', dataset: { name: member.name, role: member.role } },
            el('td', { class: 'member-name', text: member.name }),
            el('td', { class: 'member-role', text: roleLabel(member.role) }),
            el('td', {}, el('time', { datetime: member.createdAt, text: formatDate(member.createdAt) }))));
        }
        this.table.hidden = data.length === 0;
        this.memberCount.textContent = `(${data.length})`;
        this.membersStatus.hidden = data.length > 0;
        this.membersStatus.textContent = data.length ? '' : 'No members yet.';
        break;
      case 'invite':
        this.inviteUrl.value = data.url;
        byId('invite-url-role').textContent = `(${roleLabel(data.role)}, works once, until ${formatDate(data.expiresAt)})`;
        this.inviteResult.hidden = false;
        this.inviteUrl.select();
        break;
      case 'token':
        this.tokenValue.value = data.token;
        this.tokenResult.hidden = false;
        this.tokenValue.select();
        break;
      case 'error':
        this.error.textContent = data ?? '';
        this.error.hidden = !data;
        break;
      case 'announce':
        this.live.textContent = data;
        window.clearTimeout(this.toastTimer);
        this.toastTimer = window.setTimeout(() => {
          this.live.textContent = '';
        }, TOAST_MS);
        break;
      default:
        throw new Error(`unknown render command ${command}`);
    }
  }
}

function messageOf(error) {
  return error instanceof ApiError ? error.message : 'Something went wrong in this page. Reload it and try again.';
}

async function start() {
  const view = new TeamView();
  const attempt = async (action) => {
    view.render('error', null);
    try {
      await action();
    } catch (error) {
      view.render('error', messageOf(error));
      if (!(error instanceof ApiError)) console.error(error);
    }
  };
  const refreshMembers = () => attempt(async () => view.render('members', await listMembers()));
  view.bind('invite', (role) => attempt(async () => view.render('invite', await createInvite(role))));
  view.bind('token', ({ name, role }) => attempt(async () => view.render('token', await createToken(role, name))));
  view.bind('copy', async (text, what) => {
    try {
      await copyText(text);
      view.render('announce', `${what} copied.`);
    } catch {
      view.render('announce', 'Could not copy: select the text and copy it yourself.');
    }
  });
  await attempt(showAccount);
  await refreshMembers();
}

start();
