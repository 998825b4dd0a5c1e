// Interface text in Bahasa Indonesia (default) and English. Page-derived text is never translated.
const TEXT = {
  id: {
    'nav.search': 'Cari', 'nav.timeline': 'Linimasa', 'nav.stories': 'Cerita', 'nav.entities': 'Entitas',
    'home.title': 'Korpus berita', 'home.intro': 'Cari artikel, telusuri linimasa peristiwa, dan baca cerita dari banyak media.',
    'stats.articles': 'artikel', 'stats.duplicates': 'salinan sindikasi', 'stats.stories': 'cerita', 'stats.outlets': 'media',
    'stats.entities': 'entitas', 'stats.events': 'peristiwa', 'stats.range': 'rentang terbit',
    'search.placeholder': 'Kata kunci, mis. tandatangan', 'search.go': 'Cari', 'search.from': 'Dari', 'search.to': 'Sampai',
    'search.outlet': 'Media', 'search.entity': 'Entitas', 'search.type': 'Jenis peristiwa', 'search.total': '{n} artikel ditemukan',
    'search.none': 'Tidak ada artikel yang cocok.', 'search.clear': 'hapus filter', 'search.copy': 'salinan dari',
    'facet.outlet': 'Media', 'facet.month': 'Bulan', 'facet.entity': 'Entitas', 'facet.type': 'Jenis peristiwa',
    'facet.sampled': '≈ perkiraan dari sampel acak {n} dari {total} artikel',
    'page.prev': '‹ Sebelumnya', 'page.next': 'Berikutnya ›', 'page.of': '{a}–{b} dari {n}',
    'timeline.title': 'Linimasa', 'timeline.entityA': 'Entitas', 'timeline.entityB': 'Entitas kedua (opsional)',
    'timeline.show': 'Tampilkan', 'timeline.none': 'Tidak ada peristiwa untuk entitas ini.', 'timeline.pick': 'Pilih satu atau dua entitas.',
    'timeline.zoom': 'Perbesar', 'zoom.decades': 'Dekade', 'zoom.years': 'Tahun', 'zoom.months': 'Bulan', 'zoom.days': 'Hari',
    'zoom.fit': 'Semua', 'zoom.in': '+', 'zoom.out': '−', 'timeline.otherStory': 'Lainnya', 'timeline.help': 'Klik tanda untuk melihat buktinya. Gulir untuk memperbesar, seret untuk menggeser.',
    'timeline.list': 'Daftar peristiwa', 'timeline.unknown': 'Entitas tidak ditemukan — {m}. Periksa ejaan namanya.',
    'event.date': 'Tanggal', 'event.type': 'Jenis', 'event.actors': 'Pelaku', 'event.sources': 'Sumber',
    'event.evidence': 'Bukti', 'event.otherDates': 'Tanggal lain menurut sumber', 'event.open': 'buka di artikel',
    'event.sourcesN': '{n} artikel', 'event.unknownOutlet': 'media tak disebut', 'event.caption': 'keterangan foto',
    'precision.DAY': 'hari', 'precision.MONTH': 'bulan', 'precision.YEAR': 'tahun',
    'article.published': 'Terbit', 'article.modified': 'Diperbarui', 'article.authors': 'Penulis', 'article.editors': 'Penyunting',
    'article.outlet': 'Media', 'article.dateline': 'Dateline', 'article.credits': 'Kredit', 'article.url': 'Alamat asli',
    'article.captions': 'Keterangan foto', 'article.entities': 'Entitas', 'article.timexes': 'Keterangan waktu',
    'article.quotes': 'Kutipan', 'article.events': 'Peristiwa', 'article.story': 'Cerita', 'article.related': 'Artikel terkait',
    'article.copyOf': 'Salinan sindikasi dari', 'article.copy': 'salinan', 'article.sameStory': 'cerita yang sama', 'article.original': 'asli',
    'article.legend': 'Sorotan', 'article.notFound': 'Artikel tidak ditemukan.', 'article.untitled': '(tanpa judul)',
    'mark.entity': 'entitas', 'mark.timex': 'waktu', 'mark.quote': 'kutipan', 'mark.evidence': 'bukti',
    'quote.unknown': 'tanpa nama', 'quote.indirect': 'tak langsung',
    'entities.title': 'Entitas', 'entities.filter': 'Saring nama', 'entities.articles': 'artikel', 'entities.type': 'Jenis',
    'entity.aliases': 'Nama lain', 'entity.country': 'Negara', 'entity.articles': 'Disebut dalam {n} artikel',
    'entity.span': 'pertama {a}, terakhir {b}', 'entity.cooccurring': 'Sering muncul bersama', 'entity.roles': 'Peran dari waktu ke waktu',
    'entity.quotes': 'Kutipan', 'entity.timeline': 'Linimasa', 'entity.pairTimeline': 'linimasa bersama', 'entity.openTimeline': 'buka linimasa lengkap', 'entity.notFound': 'Entitas tidak ditemukan.',
    'stories.title': 'Cerita', 'stories.first': 'Pertama', 'stories.last': 'Terakhir', 'stories.outlets': 'Media', 'stories.articles': 'Artikel',
    'story.reports': 'Liputan', 'story.added': 'Yang ditambahkan', 'story.newEntities': 'entitas baru', 'story.newEvents': 'peristiwa baru',
    'story.newQuotes': 'kutipan baru', 'story.nothingNew': 'tidak ada yang baru', 'story.notFound': 'Cerita tidak ditemukan.',
    'story.coverage': 'Diliput oleh {n} media, {a} – {b}',
    'type.PER': 'orang', 'type.LOC': 'tempat', 'type.ORG': 'organisasi',
    'error': 'Terjadi kesalahan: {m}', 'loading': 'Memuat…', 'any': 'semua',
  },
  en: {
    'nav.search': 'Search', 'nav.timeline': 'Timeline', 'nav.stories': 'Stories', 'nav.entities': 'Entities',
    'home.title': 'News corpus', 'home.intro': 'Search articles, explore the timeline of events, and read stories across outlets.',
    'stats.articles': 'articles', 'stats.duplicates': 'syndicated copies', 'stats.stories': 'stories', 'stats.outlets': 'outlets',
    'stats.entities': 'entities', 'stats.events': 'events', 'stats.range': 'published',
    'search.placeholder': 'Keywords, e.g. tandatangan', 'search.go': 'Search', 'search.from': 'From', 'search.to': 'To',
    'search.outlet': 'Outlet', 'search.entity': 'Entity', 'search.type': 'Event type', 'search.total': '{n} articles found',
    'search.none': 'No matching articles.', 'search.clear': 'clear filters', 'search.copy': 'copy of',
    'facet.outlet': 'Outlet', 'facet.month': 'Month', 'facet.entity': 'Entity', 'facet.type': 'Event type',
    'facet.sampled': '≈ estimated from a random sample of {n} of {total} articles',
    'page.prev': '‹ Previous', 'page.next': 'Next ›', 'page.of': '{a}–{b} of {n}',
    'timeline.title': 'Timeline', 'timeline.entityA': 'Entity', 'timeline.entityB': 'Second entity (optional)',
    'timeline.show': 'Show', 'timeline.none': 'No events for this entity.', 'timeline.pick': 'Pick one or two entities.',
    'timeline.zoom': 'Zoom', 'zoom.decades': 'Decades', 'zoom.years': 'Years', 'zoom.months': 'Months', 'zoom.days': 'Days',
    'zoom.fit': 'All', 'zoom.in': '+', 'zoom.out': '−', 'timeline.otherStory': 'Other', 'timeline.help': 'Click a mark to see its evidence. Scroll to zoom, drag to pan.',
    'timeline.list': 'Events', 'timeline.unknown': 'Entity not found — {m}. Check the spelling of the name.',
    'event.date': 'Date', 'event.type': 'Type', 'event.actors': 'Actors', 'event.sources': 'Sources',
    'event.evidence': 'Evidence', 'event.otherDates': 'Other dates given by sources', 'event.open': 'open in article',
    'event.sourcesN': '{n} articles', 'event.unknownOutlet': 'outlet not stated', 'event.caption': 'photo caption',
    'precision.DAY': 'day', 'precision.MONTH': 'month', 'precision.YEAR': 'year',
    'article.published': 'Published', 'article.modified': 'Updated', 'article.authors': 'Authors', 'article.editors': 'Editors',
    'article.outlet': 'Outlet', 'article.dateline': 'Dateline', 'article.credits': 'Credits', 'article.url': 'Original address',
    'article.captions': 'Photo captions', 'article.entities': 'Entities', 'article.timexes': 'Time expressions',
    'article.quotes': 'Quotes', 'article.events': 'Events', 'article.story': 'Story', 'article.related': 'Related articles',
    'article.copyOf': 'Syndicated copy of', 'article.copy': 'copy', 'article.sameStory': 'same story', 'article.original': 'original',
    'article.legend': 'Highlights', 'article.notFound': 'Article not found.', 'article.untitled': '(untitled)',
    'mark.entity': 'entity', 'mark.timex': 'time', 'mark.quote': 'quote', 'mark.evidence': 'evidence',
    'quote.unknown': 'unnamed', 'quote.indirect': 'reported',
    'entities.title': 'Entities', 'entities.filter': 'Filter names', 'entities.articles': 'articles', 'entities.type': 'Type',
    'entity.aliases': 'Also called', 'entity.country': 'Country', 'entity.articles': 'Named in {n} articles',
    'entity.span': 'first {a}, last {b}', 'entity.cooccurring': 'Often appears with', 'entity.roles': 'Roles over time',
    'entity.quotes': 'Quotes', 'entity.timeline': 'Timeline', 'entity.pairTimeline': 'timeline together', 'entity.openTimeline': 'open the full timeline', 'entity.notFound': 'Entity not found.',
    'stories.title': 'Stories', 'stories.first': 'First', 'stories.last': 'Last', 'stories.outlets': 'Outlets', 'stories.articles': 'Articles',
    'story.reports': 'Coverage', 'story.added': 'What it added', 'story.newEntities': 'new entities', 'story.newEvents': 'new events',
    'story.newQuotes': 'new quotes', 'story.nothingNew': 'nothing new', 'story.notFound': 'Story not found.',
    'story.coverage': 'Covered by {n} outlets, {a} – {b}',
    'type.PER': 'person', 'type.LOC': 'place', 'type.ORG': 'organisation',
    'error': 'Something went wrong: {m}', 'loading': 'Loading…', 'any': 'any',
  },
};

const KEY = 'linimasa.lang';
let lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'id';

export function currentLang() {
  return lang;
}

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'id';
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
}

/** The interface text for key, with {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const s = TEXT[lang][key] ?? TEXT.id[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

/** Fills every element marked data-i18n (static chrome) with the current language's text. */
export function translateStatic(root = document) {
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
}

/** Dates as people read them: "Selasa, 11 Maret 2025" / "Tuesday, 11 March 2025"; precision-aware. */
export function formatDate(iso, precision) {
  if (!iso) return '';
  const locale = lang === 'en' ? 'en-GB' : 'id-ID';
  const p = precision || (iso.length === 4 ? 'YEAR' : iso.length === 7 ? 'MONTH' : 'DAY');
  const d = new Date(Date.UTC(+iso.slice(0, 4), iso.length >= 7 ? +iso.slice(5, 7) - 1 : 0, iso.length >= 10 ? +iso.slice(8, 10) : 1));
  const opts = p === 'YEAR' ? { year: 'numeric' } : p === 'MONTH' ? { year: 'numeric', month: 'long' }
    : { year: 'numeric', month: 'long', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(d);
}

/** A publication time as given ("2025-03-05T10:30+08:00"): its date, and its clock time with the offset kept. */
export function formatPublished(iso) {
  if (!iso) return '';
  const date = formatDate(iso.slice(0, 10), 'DAY');
  const m = /T(\d\d:\d\d)(?::\d\d)?(Z|[+-]\d\d:\d\d)?/.exec(iso);
  if (!m) return date;
  const zone = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' }[m[2]] || (m[2] ? 'UTC' + (m[2] === 'Z' ? '' : m[2]) : '');
  return `${date} ${m[1]}${zone ? ' ' + zone : ''}`;
}
