/**
 * The sign-in, setup and invite pages: plain HTML forms the server answers with a redirect. This script only fills
 * the hidden fields the form needs from the page's address (`next`, `token`) and turns the `error` the server
 * sends back (`?error=…`) into a sentence. It never shows text taken from the address itself.
 */
import { byId } from './dom.js';

const ERROR_PARAM = 'error';
/** The field that says where to go after signing in. A `#claim-…` part of the address survives the redirect to this
 * page but not the form post, so it travels inside this field. */
const NEXT_FIELD = 'next';

/** Sentences for the error codes the server sends, per page; `default` for any other code. */
const ERROR_MESSAGES = {
  signin: {
    default: 'That name and password do not match a member of this team. Check both and try again.',
    csrf: 'The form expired. Sign in again.',
    throttled: 'Too many attempts with this name. Wait a minute, then try again.',
  },
  setup: {
    default: 'The admin account could not be created. Check the name and password and try again.',
    token: 'This setup link is not valid, or Crosscheck already has an admin. Sign in instead, or ask your admin for an invite.',
    name: 'A name needs 1 to 80 characters, without line breaks.',
    password: 'Choose a password of 10 to 200 characters.',
  },
  invite: {
    default: 'Your account could not be created. Check the name and password and try again.',
    token: 'This invite link is not valid any more: it was used already or it expired. Ask your admin for a new one.',
    name: 'A name needs 1 to 80 characters, without line breaks.',
    taken: 'Someone on the team already has that name. Choose another one.',
    password: 'Choose a password of 10 to 200 characters.',
  },
};

function start() {
  const form = document.querySelector('form[data-page]');
  if (!form) return;
  const params = new URLSearchParams(window.location.search);
  if (!form.hasAttribute('action')) form.action = window.location.pathname; // the invite posts to its own path

  for (const field of form.querySelectorAll('input[data-from-query]')) {
    const value = params.get(field.dataset.fromQuery);
    if (value) field.value = value;
    if (field.dataset.fromQuery === NEXT_FIELD && window.location.hash && !field.value.includes('#')) {
      field.value += window.location.hash;
    }
  }

  const code = params.get(ERROR_PARAM);
  if (code !== null) {
    const messages = ERROR_MESSAGES[form.dataset.page] ?? {};
    const error = byId('auth-error');
    error.textContent = Object.hasOwn(messages, code) ? messages[code] : messages.default ?? 'That did not work. Try again.';
    error.hidden = false;
  }
}

start();
