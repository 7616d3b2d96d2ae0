/**
 * The small Markdown subset of claim notes, turned into DOM nodes (never into an HTML string): paragraphs split by
 * blank lines, "- " list items, **bold**, *italic*, `code` and [text](https://…) links. Anything else — HTML tags
 * included — stays literal text, and a link that is not plain http(s) stays text too.
 */
import { el } from './dom.js';

/** A list item: "- " at the start of a line, after at most three spaces. */
const LIST_ITEM = /^ {0,3}- (.*)$/;
/** [text](url): text without brackets, an address without spaces or parentheses. */
const LINK = /^\[([^[\]\n]+)\]\(([^\s()]+)\)/;
/** Links may go to web pages only: no javascript:, data:, relative or protocol-relative addresses. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
/** Emphasis nests this deep at most (bold inside italic inside a link…); deeper markers stay text. */
const MAX_NESTING = 4;

/** Renders note text into a fragment of p, ul/li, strong, em, code and a elements. */
export function renderMarkdown(source) {
  const fragment = document.createDocumentFragment();
  let paragraph = null;
  let list = null;
  for (const line of String(source ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      paragraph = null;
      list = null;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      paragraph = null;
      if (!list) {
        list = el('ul');
        fragment.append(list);
      }
      list.append(el('li', {}, ...inline(item[1], { links: true, depth: 0 })));
      continue;
    }
    list = null;
    if (paragraph) {
      paragraph.append(el('br'));
    } else {
      paragraph = el('p');
      fragment.append(paragraph);
    }
    paragraph.append(...inline(line, { links: true, depth: 0 }));
  }
  return fragment;
}

/** The inline nodes of one line: text, code, strong, em and (unless inside a link already) links. */
function inline(text, { links, depth }) {
  const nodes = [];
  let plain = '';
  const flush = () => {
    if (plain) nodes.push(document.createTextNode(plain));
    plain = '';
  };
  let index = 0;
  while (index < text.length) {
    const rest = text.slice(index);
    const token = depth < MAX_NESTING ? readToken(text, index, rest, links, depth) : null;
    if (token) {
      flush();
      nodes.push(token.node);
      index = token.end;
    } else {
      plain += text[index];
      index += 1;
    }
  }
  flush();
  return nodes;
}

/** The element starting at `index`, with where it ends, or null when the character there is just text. */
function readToken(text, index, rest, links, depth) {
  const char = text[index];
  if (char === '`') {
    const close = text.indexOf('`', index + 1);
    if (close > index + 1) return { node: el('code', { text: text.slice(index + 1, close) }), end: close + 1 };
    return null;
  }
  if (char === '*') {
    const strong = rest.startsWith('**');
    const marker = strong ? '**' : '*';
    const start = index + marker.length;
    const close = strong ? text.indexOf('**', start) : closingStar(text, start);
    if (close <= start) return null;
    const inner = text.slice(start, close);
    if (/^\s|\s$/.test(inner)) return null; // "2 * 3 * 4" is arithmetic, not emphasis
    return { node: el(strong ? 'strong' : 'em', {}, ...inline(inner, { links, depth: depth + 1 })), end: close + marker.length };
  }
  if (char === '[' && links) {
    const match = LINK.exec(rest);
    if (!match || !WEB_ADDRESS.test(match[2])) return null;
    let href;
    try {
      href = new URL(match[2]).href;
    } catch {
      return null;
    }
    const node = el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, ...inline(match[1], { links: false, depth: depth + 1 }));
    return { node, end: index + match[0].length };
  }
  return null;
}

/** The next single "*" from `start`, stepping over "**" pairs (bold inside italic); -1 when there is none. */
function closingStar(text, start) {
  for (let index = start; index < text.length; index++) {
    if (text[index] !== '*') continue;
    if (text[index + 1] === '*') {
      index += 1;
      continue;
    }
    return index;
  }
  return -1;
}
