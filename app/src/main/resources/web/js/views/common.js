// Pieces several views share: the evidence panel of an event, type chips, pagers, error lines.
import { el, marked, route, clear } from '../dom.js';
import { t, formatDate, formatPublished } from '../i18n.js';
import { get, id } from '../api.js';
import { colour } from '../plover.js';

export function typeChip(type) {
  const chip = el('span', { class: 'chip', title: type }, type || '?');
  chip.style.setProperty('--chip', colour(type));
  return chip;
}

/** The item a request fetches, or null when the server has none (404); other failures propagate. */
export async function orNone(request) {
  try {
    return await request;
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

export function errorLine(e) {
  return el('p', { class: 'error', role: 'alert' }, t('error', { m: e.message }));
}

export function loading() {
  return el('p', { class: 'loading' }, t('loading'));
}

/** Previous/next links for a paged list, keeping the other parameters of the route. */
export function pager(name, params, total, limit, offset) {
  if (total <= limit && offset === 0) return null;
  const nav = el('nav', { class: 'pager' });
  if (offset > 0) nav.append(el('a', { href: route(name, { ...params, offset: Math.max(0, offset - limit) }), class: 'prev' }, t('page.prev')));
  nav.append(el('span', {}, t('page.of', { a: offset + 1, b: Math.min(total, offset + limit), n: total })));
  if (offset + limit < total) nav.append(el('a', { href: route(name, { ...params, offset: offset + limit }), class: 'next' }, t('page.next')));
  return nav;
}

export function eventDate(row) {
  return formatDate(row.date, row.precision);
}

const articleCache = new Map();

export function article(articleId) {
  if (!articleCache.has(articleId)) articleCache.set(articleId, get('articles/' + id(articleId)).catch(e => { articleCache.delete(articleId); throw e; }));
  return articleCache.get(articleId);
}

/** The paragraph of the article around a span, with the span highlighted. */
function inContext(a, span) {
  const text = a.analysisText;
  const start = Math.max(0, text.lastIndexOf('\n', span.start - 1) + 1);
  let end = text.indexOf('\n', span.end);
  if (end < 0) end = text.length;
  return el('p', { class: 'context' }, marked(text.slice(start, end), [{ start: span.start - start, end: span.end - start, cls: 'm-hl' }]));
}

/** What a timeline row says, and every sentence that reports it, in its article, with outlet and date. */
export function evidencePanel(row) {
  const panel = el('section', { class: 'evidence', 'aria-label': t('event.evidence') });
  panel.append(
    el('h3', { class: 'ev-summary' }, row.summary || ''),
    el('dl', { class: 'facts' },
      el('dt', {}, t('event.date')), el('dd', { class: 'ev-date' }, eventDate(row), ' (', t('precision.' + row.precision), ')'),
      el('dt', {}, t('event.type')), el('dd', {}, typeChip(row.type), row.mode ? ' ' + row.mode : ''),
      el('dt', {}, t('event.actors')), el('dd', {}, (row.actors || []).join(', ')),
      el('dt', {}, t('event.sources')), el('dd', { class: 'ev-sources' }, t('event.sourcesN', { n: row.sources })),
      row.otherDates && row.otherDates.length ? [el('dt', {}, t('event.otherDates')), el('dd', {}, row.otherDates.map(d => formatDate(d)).join(', '))] : null),
    el('h4', {}, t('event.evidence')));
  const list = el('ol', { class: 'ev-list' });
  for (const ev of row.evidence || []) {
    const item = el('li', { class: 'ev-item' },
      el('div', { class: 'ev-source' },
        el('strong', { class: 'ev-outlet' + (ev.outlet ? '' : ' unknown') }, ev.outlet || t('event.unknownOutlet')), ' · ',
        el('span', { class: 'ev-published' }, formatPublished(ev.published)),
        ev.caption ? ' · ' + t('event.caption') : '', ' · ',
        el('a', { href: route('article', ev.articleId, { hl: ev.span ? `${ev.span.start}-${ev.span.end}` : '' }), class: 'ev-open' }, t('event.open'))),
      el('blockquote', { class: 'ev-sentence' }, el('mark', { class: 'm-hl' }, ev.sentence || '')));
    list.append(item);
    if (ev.span) {
      article(ev.articleId).then(a => {
        const ctx = inContext(a, ev.span);
        const quote = item.querySelector('.ev-sentence');
        clear(quote).append(ctx);
      }).catch(() => { /* the sentence alone stays shown */ });
    }
  }
  panel.append(list);
  return panel;
}
