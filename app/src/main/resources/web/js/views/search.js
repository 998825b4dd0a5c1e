// Search with facets: the hits with their snippets (matched words marked), and counts by outlet, month,
// entity and event type that narrow the search when clicked.
import { el, marked, route } from '../dom.js';
import { t, formatPublished } from '../i18n.js';
import { get } from '../api.js';
import { PLOVER_TYPES } from '../plover.js';
import { pager, typeChip } from './common.js';

const FILTERS = ['q', 'from', 'to', 'outlet', 'entity', 'type'];

function form(params) {
  const input = (name, attrs = {}) => el('input', { name, id: 'search-' + name, value: params[name] || '', ...attrs });
  const typeSelect = el('select', { name: 'type', id: 'search-type' }, el('option', { value: '' }, t('any')),
    PLOVER_TYPES.map(p => el('option', { value: p, selected: params.type === p }, p)));
  const f = el('form', { class: 'search-form', role: 'search' },
    input('q', { type: 'search', placeholder: t('search.placeholder'), 'aria-label': t('nav.search') }),
    el('button', { type: 'submit', id: 'search-go' }, t('search.go')),
    el('div', { class: 'filters' },
      el('label', {}, t('search.from'), ' ', input('from', { type: 'date' })),
      el('label', {}, t('search.to'), ' ', input('to', { type: 'date' })),
      el('label', {}, t('search.outlet'), ' ', input('outlet', { size: 14 })),
      el('label', {}, t('search.entity'), ' ', input('entity', { size: 14 })),
      el('label', {}, t('search.type'), ' ', typeSelect)));
  f.addEventListener('submit', e => {
    e.preventDefault();
    const next = {};
    for (const name of FILTERS) next[name] = f.elements[name].value.trim();
    location.hash = route('search', next);
  });
  return f;
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

function facets(result, params) {
  const side = el('aside', { class: 'facets' });
  for (const name of ['outlet', 'month', 'entity', 'type']) {
    const counts = (result.facets || {})[name] || [];
    if (!counts.length) continue;
    const list = el('ul', { class: 'facet facet-' + name });
    for (const c of counts.slice(0, 12)) {
      const narrowed = name === 'month' ? { ...params, ...monthRange(c.value), offset: 0 } : { ...params, [name]: c.value, offset: 0 };
      list.append(el('li', {},
        el('a', { href: route('search', narrowed) }, name === 'type' ? typeChip(c.value) : (c.label || c.value)),
        ' ', el('span', { class: 'count' }, (result.facetsEstimated ? '≈' : '') + String(c.count))));
    }
    side.append(el('h4', {}, t('facet.' + name)), list);
  }
  if (result.facetsEstimated && side.childNodes.length) {
    side.append(el('p', { class: 'facet-sample' }, t('facet.sampled', { n: result.facetSample.toLocaleString(), total: result.total.toLocaleString() })));
  }
  if (FILTERS.some(f => f !== 'q' && params[f])) side.append(el('a', { href: route('search', { q: params.q }), class: 'clear' }, t('search.clear')));
  return side;
}

function hit(h) {
  const snippet = h.snippet ? marked(h.snippet.text, h.snippet.marks.map(m => ({ ...m, cls: 'm-hit' }))) : [];
  return el('li', { class: 'hit' },
    el('a', { href: route('article', h.id), class: 'hit-title' }, h.title || t('article.untitled')),
    el('div', { class: 'meta' }, h.outlet || '', h.outlet && h.published ? ' · ' : '', formatPublished(h.published),
      h.duplicateOf ? [' · ', el('a', { href: route('article', h.duplicateOf), class: 'copy-of' }, t('search.copy'))] : null,
      h.storyId ? [' · ', el('a', { href: route('story', h.storyId) }, t('article.story'))] : null),
    el('p', { class: 'snippet' }, snippet));
}

export async function searchView(params) {
  const limit = 20;
  const offset = +params.offset || 0;
  const out = [el('h2', {}, t('nav.search')), form(params)];
  const query = { limit, offset };
  for (const f of FILTERS) if (params[f]) query[f] = params[f];
  const result = await get('articles', query);
  const hits = el('ol', { class: 'hits', start: offset + 1 }, result.items.map(hit));
  out.push(el('div', { class: 'results' },
    facets(result, params),
    el('section', { class: 'hit-list' },
      el('p', { class: 'total' }, result.total ? t('search.total', { n: result.total }) : t('search.none')),
      hits,
      pager('search', params, result.total, limit, offset))));
  return out;
}
