// An entity: who or what it is, when the corpus names it, the roles articles give it over time,
// who appears with it, what it said, and its timeline.
import { el, route } from '../dom.js';
import { t, formatPublished } from '../i18n.js';
import { get, id } from '../api.js';
import { timelineBlock } from './timeline.js';
import { pager, orNone } from './common.js';

export async function entityView(params, entityId) {
  const r = await orNone(get('entities/' + id(entityId)));
  if (!r) return [el('p', { class: 'empty' }, t('entity.notFound'))];
  const e = r.entity;
  const out = [
    el('h2', { class: 'entity-name' }, e.name, ' ', el('span', { class: 'type' }, t('type.' + e.type))),
    el('dl', { class: 'facts' },
      (e.aliases || []).length ? [el('dt', {}, t('entity.aliases')), el('dd', {}, e.aliases.join(', '))] : null,
      e.country ? [el('dt', {}, t('entity.country')), el('dd', {}, e.country)] : null),
    el('p', {}, t('entity.articles', { n: r.articles }), r.first ? ' (' + t('entity.span', { a: formatPublished(r.first), b: formatPublished(r.last) }) + ')' : ''),
  ];
  if ((r.roles || []).length) {
    out.push(el('h3', {}, t('entity.roles')), el('table', { class: 'roles' }, el('tbody', {}, r.roles.map(d =>
      el('tr', {}, el('td', {}, formatPublished(d.published)), el('td', {}, d.role.title),
        el('td', {}, d.role.affiliation ? el('a', { href: route('entity', d.role.affiliation) }, d.role.affiliation) : ''),
        el('td', {}, el('a', { href: route('article', d.articleId, { hl: `${d.role.span.start}-${d.role.span.end}` }) }, '↗')))))));
  }
  if ((r.cooccurring || []).length) {
    out.push(el('h3', {}, t('entity.cooccurring')), el('ul', { class: 'cooccurring' }, r.cooccurring.map(c =>
      el('li', {}, el('a', { href: route('entity', c.id) }, c.name), ' ', el('span', { class: 'count' }, String(c.articles)), ' · ',
        el('a', { href: route('timeline', { entity: [e.id, c.id] }) }, t('entity.pairTimeline'))))));
  }
  if ((r.quotes || []).length) {
    out.push(el('h3', {}, t('entity.quotes')), el('ul', { class: 'quotes' }, r.quotes.map(q =>
      el('li', {}, el('q', {}, q.quote.text), ' — ', q.quote.role || '', ' ',
        el('a', { href: route('article', q.articleId, { hl: `${q.quote.span.start}-${q.quote.span.end}` }) }, `${q.outlet || ''} ${formatPublished(q.published)}`)))));
  }
  const timeline = await get('timeline', { entity: e.id, limit: 200 });
  out.push(el('h3', {}, t('entity.timeline')), el('p', {}, el('a', { href: route('timeline', { entity: e.id }) }, t('entity.openTimeline'))));
  if (timeline.items.length) out.push(timelineBlock(timeline.items));
  else out.push(el('p', { class: 'empty' }, t('timeline.none')));
  return out;
}

export async function entitiesView(params) {
  const limit = 50;
  const offset = +params.offset || 0;
  const filter = el('input', { name: 'q', value: params.q || '', placeholder: t('entities.filter'), id: 'entities-q' });
  const f = el('form', { class: 'entities-form' }, filter, el('button', { type: 'submit' }, t('search.go')));
  f.addEventListener('submit', ev => { ev.preventDefault(); location.hash = route('entities', { q: filter.value.trim() }); });
  const r = await get('entities', { q: params.q, type: params.type, limit, offset });
  return [el('h2', {}, t('entities.title')), f,
    el('table', { class: 'entity-table' }, el('tbody', {}, r.items.map(c =>
      el('tr', {}, el('td', {}, el('a', { href: route('entity', c.id) }, c.name)), el('td', {}, c.type ? t('type.' + c.type) : ''),
        el('td', { class: 'count' }, `${c.articles} ${t('entities.articles')}`))))),
    pager('entities', params, r.total, limit, offset)];
}
