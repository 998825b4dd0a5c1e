// The timeline of one entity or a pair: chart, the list of events, and the evidence of the chosen one.
import { el, route, clear } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { timelineChart } from './chart.js';
import { evidencePanel, eventDate, typeChip } from './common.js';

/** Chart, event list and evidence panel for timeline rows; used by the timeline and entity pages. */
export function timelineBlock(rows) {
  const panel = el('div', { class: 'evidence-slot' });
  const list = el('ol', { class: 'event-list' });
  let chart;
  const show = (row, i) => {
    chart.select(i);
    for (const li of list.children) li.classList.toggle('selected', +li.dataset.index === i);
    clear(panel).append(evidencePanel(row));
  };
  chart = timelineChart(rows, show);
  rows.forEach((row, i) => {
    const link = el('a', { href: '#', class: 'event-link' }, row.summary || row.type);
    link.addEventListener('click', e => { e.preventDefault(); show(row, i); });
    list.append(el('li', { dataset: { index: String(i) } },
      el('span', { class: 'when' }, eventDate(row)), ' ', typeChip(row.type), ' ', link,
      ' ', el('span', { class: 'count' }, t('event.sourcesN', { n: row.sources }))));
  });
  return el('div', { class: 'timeline' }, chart, panel, el('h3', {}, t('timeline.list')), list);
}

export async function timelineView(params) {
  const entities = [].concat(params.entity || []).filter(Boolean);
  const a = el('input', { name: 'a', id: 'tl-entity-a', value: entities[0] || '', placeholder: t('timeline.entityA'), 'aria-label': t('timeline.entityA') });
  const b = el('input', { name: 'b', id: 'tl-entity-b', value: entities[1] || '', placeholder: t('timeline.entityB'), 'aria-label': t('timeline.entityB') });
  const f = el('form', { class: 'timeline-form' }, a, b, el('button', { type: 'submit', id: 'tl-go' }, t('timeline.show')));
  f.addEventListener('submit', e => {
    e.preventDefault();
    location.hash = route('timeline', { entity: [a.value.trim(), b.value.trim()].filter(Boolean) });
  });
  const out = [el('h2', {}, t('timeline.title')), f];
  if (!entities.length) return [...out, el('p', {}, t('timeline.pick'))];
  let result;
  try {
    result = await get('timeline', { entity: entities, limit: 500 });
  } catch (e) {
    // an entity that matches nothing: say so under the form, which stays to correct the name
    if (e.status === 404) return [...out, el('p', { class: 'empty', id: 'tl-unknown', role: 'status' }, t('timeline.unknown', { m: e.message }))];
    throw e;
  }
  if (!result.items.length) return [...out, el('p', { class: 'empty' }, t('timeline.none'))];
  return [...out, timelineBlock(result.items)];
}
