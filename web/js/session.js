/**
 * Who is signed in, shown in the page header: the name and role, a link to the team page for admins and a sign-out
 * button (a plain form POST to /signout carrying the CSRF token).
 */
import { getMe } from './api.js';
import { byId, clear, el } from './dom.js';
import { roleLabel } from './labels.js';

/** Fills `#account` for the signed-in member and resolves with `{name, role, csrf}`. */
export async function showAccount() {
  const me = await getMe();
  const account = byId('account');
  clear(account).append(
    el('span', { class: 'account-who' },
      el('span', { class: 'account-name', id: 'account-name', text: me.name ?? '' }),
      el('span', { class: 'account-role', id: 'account-role', dataset: { role: me.role }, text: roleLabel(me.role) })),
    me.role === 'admin' ? el('a', { class: 'header-link', id: 'team-link', href: '/team', text: 'Team' }) : null,
    el('form', { class: 'signout-form', id: 'signout-form', method: 'post', action: '/signout' },
      el('input', { type: 'hidden', name: '_csrf', value: me.csrf ?? '' }),
      el('button', { class: 'button button-small', id: 'sign-out', type: 'submit', text: 'Sign out' })));
  account.hidden = false;
  return me;
}
