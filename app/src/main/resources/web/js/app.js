// The page's router: the hash names the view (#/search?q=..., #/timeline?entity=A&entity=B,
// #/article/ID, #/entity/ID, #/stories, #/story/ID, #/entities); switching language re-renders it.
import { el, route, clear } from './dom.js';
import { t, setLang, currentLang, translateStatic, formatPublished } from './i18n.js';
import { get } from './api.js';
import { errorLine, loading } from './views/common.js';
import { searchView } from './views/search.js';
import { timelineView } from './views/timeline.js';
import { articleView } from './views/article.js';
import { entityView, entitiesView } from './views/entity.js';
import { storiesView, storyView } from './views/story.js';

let stats = null;

function statsList(s) {
  const item = (n, key) => el('li', {}, el('strong', {}, String(n)), ' ', t(key));
  return el('ul', { class: 'stats' },
    item(s.articles, 'stats.articles'), item(s.duplicates, 'stats.duplicates'), item(s.stories, 'stats.stories'),
    item(s.outlets, 'stats.outlets'), item(s.entities, 'stats.entities'), item(s.events, 'stats.events'),
    s.first ? el('li', {}, t('stats.range'), ' ', formatPublished(s.first), ' – ', formatPublished(s.last)) : null);
}

async function homeView() {
  const q = el('input', { type: 'search', name: 'q', id: 'home-q', placeholder: t('search.placeholder'), 'aria-label': t('nav.search') });
  const f = el('form', { class: 'search-form', role: 'search' }, q, el('button', { type: 'submit' }, t('search.go')));
  f.addEventListener('submit', e => { e.preventDefault(); location.hash = route('search', { q: q.value.trim() }); });
  stats = await get('stats');
  return [el('h2', {}, t('home.title')), el('p', {}, t('home.intro')), f, statsList(stats)];
}

const VIEWS = {
  '': homeView, search: searchView, timeline: timelineView, article: articleView, entity: entityView,
  entities: entitiesView, stories: storiesView, story: storyView,
};

/** "#/article/abc?hl=1-5" → {name: 'article', arg: 'abc', params: {hl: '1-5'}}; repeated params become lists. */
function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [name = '', ...rest] = path.split('/').map(decodeURIComponent);
  const params = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = k in params ? [].concat(params[k], v) : v;
  return { name, arg: rest.join('/'), params };
}

// The section of the interface each view belongs to, for the window title.
const TITLES = {
  search: 'nav.search', article: 'nav.search', timeline: 'nav.timeline', entity: 'nav.entities',
  entities: 'nav.entities', stories: 'nav.stories', story: 'nav.stories',
};

let rendering = 0;

async function render() {
  const ticket = ++rendering;
  const view = document.getElementById('view');
  clear(view).append(loading());
  let nodes;
  let name = '';
  try {
    const parsed = parseHash(); // a hand-edited address may hold a malformed %-escape
    name = parsed.name;
    for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.getAttribute('href') === '#/' + name);
    nodes = await (VIEWS[name] || homeView)(parsed.params, parsed.arg);
  } catch (e) {
    nodes = [errorLine(e)];
  }
  if (ticket !== rendering) return; // a newer navigation won
  clear(view);
  for (const n of [].concat(nodes).flat()) if (n) view.append(n);
  view.dataset.view = name || 'home';
  document.title = 'linimasa · ' + t(TITLES[name] || 'home.title');
}

function chrome() {
  document.documentElement.lang = currentLang();
  translateStatic();
  for (const b of document.querySelectorAll('.lang button')) b.setAttribute('aria-pressed', String(b.dataset.lang === currentLang()));
}

async function footer() {
  try {
    const s = stats || await get('stats');
    clear(document.getElementById('footer')).append(el('span', {}, `${s.articles} ${t('stats.articles')} · ${s.outlets} ${t('stats.outlets')} · ${s.events} ${t('stats.events')}`));
  } catch (e) { /* the footer is decoration */ }
}

for (const b of document.querySelectorAll('.lang button')) {
  b.addEventListener('click', () => { setLang(b.dataset.lang); chrome(); footer(); render(); });
}
window.addEventListener('hashchange', render);
chrome();
render().then(footer);
