/**
 * Small DOM helpers. Every piece of text goes in through Text nodes (append / textContent),
 * never through HTML parsing, so article text such as "<script>" stays text.
 */

/**
 * Creates an element. props: `class`, `text`, `hidden`, `dataset` (object) and plain attributes;
 * null, undefined and false values (and null or undefined dataset entries) are skipped. Children are nodes or strings (strings become Text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'hidden') node.hidden = true;
    else if (key === 'dataset') {
      for (const [name, data] of Object.entries(value)) if (data !== null && data !== undefined) node.dataset[name] = data;
    }
    else if (key.startsWith('on')) throw new Error(`event handler attributes are not allowed: ${key}`);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** The element for an id, or an error naming the missing hook (a page and its script disagree). */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing element #${id}`);
  return node;
}

/** Smooth scrolling unless the reader asked the system for reduced motion. */
export function scrollBehavior() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

/** Input types where a letter key does not type anything, so shortcuts still apply. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a keyboard event comes from a place where typing letters means typing. */
export function isTypingTarget(target) {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** Copies text to the clipboard; falls back to a selected textarea where the Clipboard API is missing (plain http). */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = el('textarea', { class: 'copy-buffer', readonly: true, 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

/** Only http(s) links become hrefs; anything else (javascript:, data:) is not followed. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '#';
  } catch {
    return '#';
  }
}

/** A minimal event hub for view modules: bind(event, handler) / emit(event, ...args). */
export class Emitter {
  constructor() {
    this.handlers = new Map();
  }

  bind(event, handler) {
    if (!this.handlers.has(event)) this.handlers.set(event, []);
    this.handlers.get(event).push(handler);
  }

  emit(event, ...args) {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}
