// Stories: the list, and one story as its coverage: which outlets reported it, when, and what each added.
import { el, route } from '../dom.js';
import { t, formatPublished, formatDate } from '../i18n.js';
import { get, id } from '../api.js';
import { pager, orNone, typeChip } from './common.js';

export async function storiesView(params) {
  const limit = 30;
  const offset = +params.offset || 0;
  const r = await get('stories', { limit, offset });
  return [el('h2', {}, t('stories.title')),
    el('table', { class: 'stories' },
      el('thead', {}, el('tr', {}, el('th', {}, t('stories.title')), el('th', {}, t('stories.first')), el('th', {}, t('stories.last')),
        el('th', {}, t('stories.outlets')), el('th', {}, t('stories.articles')))),
      el('tbody', {}, r.items.map(s => el('tr', {},
        el('td', {}, el('a', { href: route('story', s.id) }, s.title || t('article.untitled'))),
        el('td', {}, formatPublished(s.first)), el('td', {}, formatPublished(s.last)),
        el('td', {}, (s.outlets || []).join(', ')), el('td', { class: 'count' }, s.copies ? `${s.articles} (+${s.copies})` : String(s.articles)))))),
    pager('stories', params, r.total, limit, offset)];
}

/** An event a report added ("CONSULT/visit 2025-02-27"): its type chip, mode and date. */
function newEvent(key) {
  const m = /^([A-Z]+)(?:\/(\S+))?(?: (\S+))?$/.exec(key);
  if (!m) return el('span', { class: 'new-event' }, key);
  return el('span', { class: 'new-event' }, typeChip(m[1]), m[2] ? ' ' + m[2] : '', m[3] ? ' ' + formatDate(m[3]) : '', ' ');
}

export async function storyView(params, storyId) {
  const s = await orNone(get('stories/' + id(storyId)));
  if (!s) return [el('p', { class: 'empty' }, t('story.notFound'))];
  const sum = s.summary;
  const added = r => {
    if (r.duplicateOf) return [t('article.copyOf'), ' ', el('a', { href: route('article', r.duplicateOf) }, r.duplicateOf)];
    const parts = [];
    if (r.newEvents.length) parts.push(el('div', {}, t('story.newEvents'), ': ', r.newEvents.map(newEvent)));
    if (r.newEntities.length) parts.push(el('div', {}, t('story.newEntities'), ': ', r.newEntities.join(', ')));
    if (r.newQuotes.length) parts.push(el('div', {}, t('story.newQuotes'), ': ', r.newQuotes.join(', ')));
    return parts.length ? parts : t('story.nothingNew');
  };
  return [
    el('h2', { class: 'story-title' }, sum.title || t('article.untitled')),
    el('p', { class: 'story-coverage' }, t('story.coverage', { n: sum.outlets.length, a: formatPublished(sum.first), b: formatPublished(sum.last) }), ': ', sum.outlets.join(', ')),
    el('h3', {}, t('story.reports')),
    el('table', { class: 'reports' }, el('tbody', {}, s.reports.map(r => el('tr', { class: r.duplicateOf ? 'copy' : '' },
      el('td', { class: 'when' }, formatPublished(r.published)), el('td', { class: 'outlet' }, r.outlet || ''),
      el('td', {}, el('a', { href: route('article', r.id) }, r.title || t('article.untitled'))),
      el('td', { class: 'added' }, added(r)))))),
  ];
}
