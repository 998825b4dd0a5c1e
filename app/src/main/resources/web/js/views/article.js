// One article: its metadata, and its text with entities, time expressions and quotes highlighted
// (each kind can be switched off), plus the lists of what the analysis found, each pointing at its span.
import { el, marked, route, safeHref } from '../dom.js';
import { t, formatPublished, formatDate } from '../i18n.js';
import { typeChip, orNone, article as fetchArticle } from './common.js';

function meta(a) {
  const rows = [];
  const add = (key, value) => { if (value && (!Array.isArray(value) || value.length)) rows.push(el('dt', {}, t(key)), el('dd', { class: 'meta-' + key.split('.')[1] }, value)); };
  add('article.outlet', a.outlet);
  add('article.published', formatPublished(a.published));
  add('article.modified', formatPublished(a.modified));
  add('article.authors', (a.authors || []).join(', '));
  add('article.editors', (a.editors || []).join(', '));
  add('article.dateline', a.dateline);
  add('article.credits', (a.credits || []).join(', '));
  // The page's address is shown as text and linked only when it is a plain http(s) address.
  if (a.url) add('article.url', safeHref(a.url) === '#' ? a.url : el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url));
  return el('dl', { class: 'facts' }, rows);
}

function annotations(a, hl) {
  const names = new Map((a.entities || []).map(e => [e.id, e.name]));
  const spans = [];
  for (const m of a.mentions || []) spans.push({ ...m.span, cls: 'm-ent m-' + m.type, title: names.get(m.entityId) || m.text, kind: 'entity' });
  for (const x of a.timexes || []) spans.push({ ...x.span, cls: 'm-timex', title: x.value, kind: 'timex' });
  for (const q of a.quotes || []) spans.push({ ...q.span, cls: 'm-quote', title: q.speaker || t('quote.unknown'), kind: 'quote' });
  if (hl) spans.push({ ...hl, cls: 'm-hl', kind: 'hl' });
  return spans;
}

/** The text from..to of the analysis text, with the spans that fall in it shifted to local offsets. */
function part(text, spans, from, to) {
  const local = spans.filter(s => s.start < to && s.end > from)
    .map(s => ({ ...s, start: Math.max(s.start, from) - from, end: Math.min(s.end, to) - from }));
  return marked(text.slice(from, to), local);
}

/** One paragraph element per line of from..to, keeping every span (a span across lines is cut at the break). */
function paragraphs(text, spans, from, to) {
  const out = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    if (end > start) out.push(el('p', {}, part(text, spans, start, end)));
    start = end + 1;
  }
  return out;
}

function toggles(body) {
  const box = el('div', { class: 'legend', role: 'group', 'aria-label': t('article.legend') }, t('article.legend'), ': ');
  for (const kind of ['entity', 'timex', 'quote']) {
    const input = el('input', { type: 'checkbox', checked: true, id: 'show-' + kind });
    input.addEventListener('change', () => body.classList.toggle('hide-' + kind, !input.checked));
    box.append(el('label', { class: 'legend-' + kind }, input, ' ', t('mark.' + kind)));
  }
  return box;
}

function sideLists(a) {
  const side = el('aside', { class: 'analysis' });
  if ((a.entities || []).length) {
    side.append(el('h4', {}, t('article.entities')), el('ul', { class: 'entities' }, a.entities.map(e =>
      el('li', {}, el('a', { href: route('entity', e.id) }, e.name), ' ', el('span', { class: 'type' }, t('type.' + e.type)),
        (e.roles || []).length ? el('div', { class: 'roles' }, e.roles.map(r => r.title).join('; ')) : null))));
  }
  if ((a.timexes || []).length) {
    side.append(el('h4', {}, t('article.timexes')), el('ul', { class: 'timexes' }, a.timexes.map(x =>
      el('li', {}, el('q', {}, x.text), ' → ', el('code', {}, x.value)))));
  }
  if ((a.quotes || []).length) {
    side.append(el('h4', {}, t('article.quotes')), el('ul', { class: 'quotes' }, a.quotes.map(q =>
      el('li', {}, el('strong', {}, q.speakerId ? el('a', { href: route('entity', q.speakerId) }, q.speaker) : (q.speaker || t('quote.unknown'))),
        q.role ? ` (${q.role})` : '', q.direct ? '' : ` [${t('quote.indirect')}]`, ': ', el('q', {}, q.text)))));
  }
  if ((a.events || []).length) {
    const text = a.analysisText;
    side.append(el('h4', {}, t('article.events')), el('ul', { class: 'events' }, a.events.map(ev =>
      el('li', {}, typeChip(ev.type), ev.mode ? ` ${ev.mode} ` : ' ',
        ev.date ? el('span', { class: 'when' }, formatDate(ev.date.value, ev.date.precision)) : '',
        ' ', el('a', { href: route('article', a.id, { hl: `${ev.sentence.start}-${ev.sentence.end}` }) },
          ev.trigger ? text.slice(ev.trigger.start, ev.trigger.end) : '…')))));
  }
  if ((a.related || []).length) {
    const relation = r => r.relation === 'DUPLICATE_OF' ? t('article.original') : r.relation === 'DUPLICATE' ? t('article.copy') : t('article.sameStory');
    side.append(el('h4', {}, t('article.related')), el('ul', { class: 'related' }, a.related.map(r =>
      el('li', {}, el('a', { href: route('article', r.id) }, r.title || t('article.untitled')), ` · ${r.outlet || ''} · ${formatPublished(r.published)} (${relation(r)})`))));
  }
  return side;
}

export async function articleView(params, articleId) {
  const a = await orNone(fetchArticle(articleId));
  if (!a) return [el('p', { class: 'empty' }, t('article.notFound'))];
  const hlMatch = /^(\d+)-(\d+)$/.exec(params.hl || '');
  const hl = hlMatch ? { start: +hlMatch[1], end: +hlMatch[2] } : null;
  const text = a.analysisText || a.text || '';
  const spans = annotations(a, hl);
  const bodyEnd = a.captionStart != null && a.captionStart < text.length ? a.captionStart - 2 : text.length;
  const body = el('div', { class: 'article-body' }, paragraphs(text, spans, 0, Math.max(0, bodyEnd)));
  const out = [
    el('h2', { class: 'article-title' }, a.title || t('article.untitled')),
    a.duplicateOf ? el('p', { class: 'notice' }, t('article.copyOf'), ' ', el('a', { href: route('article', a.duplicateOf) }, a.duplicateOf)) : null,
    a.storyId ? el('p', {}, el('a', { href: route('story', a.storyId), class: 'story-link' }, t('article.story'))) : null,
    meta(a), toggles(body),
    el('div', { class: 'article' }, el('div', { class: 'reading' }, body,
      bodyEnd < text.length ? [el('h4', {}, t('article.captions')), el('div', { class: 'captions article-body' }, paragraphs(text, spans, a.captionStart, text.length))] : null),
      sideLists(a)),
  ];
  if (hl) requestAnimationFrame(() => document.querySelector('.m-hl')?.scrollIntoView({ block: 'center' }));
  return out;
}
