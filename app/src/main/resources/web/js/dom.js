// Building the page from data without ever parsing data as markup: text goes in with textContent,
// attributes with setAttribute, and links only to this app's own routes (or http(s) pages outside).

/**
 * el('a', {href: route('article', id), class: 'hit'}, 'text', child...). Strings become text nodes;
 * 'on*' attributes are refused so that no string can become a handler.
 */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.toLowerCase().startsWith('on')) throw new Error('event handlers are attached with listen()');
    if (k === 'href') e.setAttribute('href', safeHref(v));
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, children);
  return e;
}

export function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

export function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.toLowerCase().startsWith('on')) throw new Error('event handlers are attached with listen()');
    if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

/** An in-app route ("#/article/ID?hl=1-9"): every part URI-encoded, so data never leaves the hash. */
export function route(...parts) {
  let query = '';
  if (parts.length && typeof parts[parts.length - 1] === 'object') {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(parts.pop())) {
      for (const one of [].concat(v)) if (one !== null && one !== undefined && one !== '') params.append(k, one);
    }
    query = params.toString() ? '?' + params : '';
  }
  return '#/' + parts.map(p => encodeURIComponent(p)).join('/') + query;
}

/** Only in-app routes and absolute http(s) addresses may become links; anything else (javascript:, data:) is dropped. */
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith('#/')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (e) { /* not an absolute URL */ }
  return '#';
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/**
 * The text with its annotated ranges wrapped: spans [{start, end, cls, title}] may overlap or nest;
 * each run of text gets one element carrying every class that covers it.
 */
export function marked(text, spans, tag = 'mark') {
  const cuts = new Set([0, text.length]);
  const valid = spans.filter(s => s && s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = valid.filter(s => s.start <= a && b <= s.end);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const m = document.createElement(tag);
    m.className = [...new Set(covering.map(s => s.cls))].join(' ');
    const titled = covering.filter(s => s.title).map(s => s.title);
    if (titled.length) m.title = titled.join(' · ');
    m.textContent = piece;
    out.push(m);
  }
  return out;
}
