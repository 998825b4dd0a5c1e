// The timeline on a real time axis: one lane per story, each event a mark at its date (a dot for a day,
// a bar across the month or year when that is all the sources say), coloured by PLOVER type. Zoom from
// decades to days with the buttons or the mouse wheel; drag to pan.
import { el, svg, clear } from '../dom.js';
import { t, currentLang } from '../i18n.js';
import { colour } from '../plover.js';

const DAY = 86400000;
const LABEL_W = 190;
const LANE_H = 30;
const AXIS_H = 28;
const MIN_SPAN = 4 * DAY;
const MAX_SPAN = 400 * 365 * DAY;
const LEVELS = { decades: 60 * 365 * DAY, years: 6 * 365 * DAY, months: 14 * 30 * DAY, days: 21 * DAY };

/** [start, end) in UTC milliseconds of a "YYYY", "YYYY-MM" or "YYYY-MM-DD" date. */
export function interval(date) {
  const y = +date.slice(0, 4);
  if (date.length === 4) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  const m = +date.slice(5, 7) - 1;
  if (date.length === 7) return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)];
  const d = Date.UTC(y, m, +date.slice(8, 10));
  return [d, d + DAY];
}

function lanesOf(rows) {
  const lanes = new Map();
  rows.forEach((row, i) => {
    const key = row.story || '';
    if (!lanes.has(key)) lanes.set(key, { key, title: row.storyTitle || t('timeline.otherStory'), items: [] });
    lanes.get(key).items.push(i);
  });
  return [...lanes.values()];
}

/** Calendar ticks for the visible span: decades, years, months or days, whichever gives a readable count. */
function ticks(t0, t1, width) {
  const span = t1 - t0;
  const maxTicks = Math.max(2, Math.floor(width / 70));
  const out = [];
  const start = new Date(t0);
  const locale = currentLang() === 'en' ? 'en-GB' : 'id-ID';
  const fmt = opts => new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
  if (span > 25 * 365 * DAY || span / (365 * DAY) > maxTicks) {
    const yearsPerTick = [1, 2, 5, 10, 20, 50, 100].find(s => span / (s * 365 * DAY) <= maxTicks) || 100;
    for (let y = Math.floor(start.getUTCFullYear() / yearsPerTick) * yearsPerTick; Date.UTC(y, 0, 1) < t1; y += yearsPerTick) {
      out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
    }
    return { unit: yearsPerTick >= 10 ? 'decade' : 'year', ticks: out };
  }
  if (span > 2 * 365 * DAY) {
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) < t1; y++) out.push({ at: Date.UTC(y, 0, 1), label: String(y) });
    return { unit: 'year', ticks: out };
  }
  if (span > 60 * DAY) {
    const step = [1, 2, 3, 6].find(s => span / (s * 30 * DAY) <= maxTicks) || 6;
    const f = fmt({ month: 'short', year: 'numeric' });
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) < t1; m += step) {
      out.push({ at: Date.UTC(y, m, 1), label: f.format(new Date(Date.UTC(y, m, 1))) });
    }
    return { unit: 'month', ticks: out };
  }
  const step = [1, 2, 7, 14].find(s => span / (s * DAY) <= maxTicks) || 14;
  const f = fmt({ day: 'numeric', month: 'short' });
  for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); d < t1; d += step * DAY) {
    out.push({ at: d, label: f.format(new Date(d)) });
  }
  return { unit: 'day', ticks: out };
}

/**
 * Where most of the events are, when a few outliers (background years ago) would squeeze them into a
 * corner: the narrowest window holding 80% of the events, if it is under a tenth of the whole span.
 */
function focus(spans, lo, hi) {
  const starts = spans.map(s => s[0]).sort((a, b) => a - b);
  const k = Math.ceil(starts.length * 0.8);
  if (starts.length < 5 || k >= starts.length) return null;
  let best = null;
  for (let i = 0; i + k - 1 < starts.length; i++) {
    const w = starts[i + k - 1] - starts[i];
    if (!best || w < best[1] - best[0]) best = [starts[i], starts[i + k - 1]];
  }
  if (best[1] - best[0] > (hi - lo) / 10) return null;
  const pad = Math.max((best[1] - best[0]) * 0.15, 3 * DAY);
  return { t0: best[0] - pad, t1: best[1] + DAY + pad };
}

/**
 * A chart element for the rows; onSelect(row, index) is called when a mark is clicked or activated with
 * the keyboard. The element exposes select(index) to highlight a row from outside.
 */
export function timelineChart(rows, onSelect) {
  const spans = rows.map(r => interval(r.date));
  const lanes = lanesOf(rows);
  const lo = Math.min(...spans.map(s => s[0]));
  const hi = Math.max(...spans.map(s => s[1]));
  const pad = Math.max((hi - lo) * 0.06, 10 * DAY);
  const fit = () => ({ t0: lo - pad, t1: hi + pad });
  let view = focus(spans, lo, hi) || fit();
  let selected = -1;

  const wrap = el('div', { class: 'chart' });
  const tools = el('div', { class: 'zoom', role: 'toolbar', 'aria-label': t('timeline.zoom') });
  const plot = svg('svg', { class: 'tl-svg', role: 'img' });
  const help = el('p', { class: 'hint' }, t('timeline.help'));
  wrap.append(tools, plot, help);

  const zoomTo = span => {
    const c = (view.t0 + view.t1) / 2;
    span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
    view = { t0: c - span / 2, t1: c + span / 2 };
    draw();
  };
  const button = (label, action, name) => {
    const b = el('button', { type: 'button', class: 'zoom-' + name }, label);
    b.addEventListener('click', action);
    return b;
  };
  tools.append(
    button(t('zoom.decades'), () => zoomTo(LEVELS.decades), 'decades'),
    button(t('zoom.years'), () => zoomTo(LEVELS.years), 'years'),
    button(t('zoom.months'), () => zoomTo(LEVELS.months), 'months'),
    button(t('zoom.days'), () => zoomTo(LEVELS.days), 'days'),
    button(t('zoom.in'), () => zoomTo((view.t1 - view.t0) / 2), 'in'),
    button(t('zoom.out'), () => zoomTo((view.t1 - view.t0) * 2), 'out'),
    button(t('zoom.fit'), () => { view = fit(); draw(); }, 'fit'));

  function draw() {
    const width = Math.max(640, wrap.clientWidth || 900);
    const x0 = LABEL_W, x1 = width - 16;
    const scale = ms => x0 + (ms - view.t0) / (view.t1 - view.t0) * (x1 - x0);
    clear(plot);
    const axis = ticks(view.t0, view.t1, x1 - x0);
    plot.dataset.unit = axis.unit;

    // Lay out each lane's marks in as many sub-rows as it takes for marks not to overlap.
    let y = AXIS_H;
    const placed = [];
    const laneBoxes = [];
    for (const lane of lanes) {
      const ends = [];
      const items = lane.items
        .map(i => ({ i, a: scale(spans[i][0]), b: scale(spans[i][1]) }))
        .filter(m => m.b >= x0 && m.a <= x1)
        .sort((p, q) => p.a - q.a);
      for (const m of items) {
        const left = Math.max(m.a, x0), right = Math.min(Math.max(m.b, m.a + 12), x1);
        let row = ends.findIndex(e => e + 4 < left);
        if (row < 0) { row = ends.length; ends.push(0); }
        ends[row] = right;
        placed.push({ ...m, left, right, y: y + 8 + row * 20 });
      }
      const h = Math.max(LANE_H, 14 + Math.max(1, ends.length) * 20);
      laneBoxes.push({ lane, y, h });
      y += h;
    }
    plot.setAttribute('viewBox', `0 0 ${width} ${y + 4}`);
    plot.setAttribute('width', width);
    plot.setAttribute('height', y + 4);

    laneBoxes.forEach(({ lane, y: ly, h }, k) => {
      plot.append(svg('rect', { x: 0, y: ly, width, height: h, class: k % 2 ? 'lane odd' : 'lane' }));
      const label = svg('text', { x: 6, y: ly + 18, class: 'lane-label' }, lane.title.length > 28 ? lane.title.slice(0, 27) + '…' : lane.title);
      label.append(svg('title', {}, lane.title));
      plot.append(label);
    });
    for (const tick of axis.ticks) {
      const x = scale(tick.at);
      if (x < x0 || x > x1) continue;
      plot.append(svg('line', { x1: x, x2: x, y1: AXIS_H - 6, y2: y, class: 'tick' }));
      plot.append(svg('text', { x: x + 3, y: AXIS_H - 10, class: 'tick-label' }, tick.label));
    }
    for (const m of placed) {
      const row = rows[m.i];
      const g = svg('g', { class: 'tl-mark' + (m.i === selected ? ' selected' : ''), tabindex: 0, role: 'button',
        'data-index': m.i, 'data-type': row.type, 'data-date': row.date });
      const fill = colour(row.type);
      if (m.b - m.a < 12) g.append(svg('circle', { cx: (m.left + m.right) / 2 - 0, cy: m.y + 6, r: 6, fill }));
      else g.append(svg('rect', { x: m.left, y: m.y, width: m.right - m.left, height: 12, rx: 4, fill, 'fill-opacity': 0.55, stroke: fill }));
      g.append(svg('title', {}, `${row.date} · ${row.type} · ${row.summary || ''}`));
      const pick = () => { select(m.i); onSelect(row, m.i); };
      g.addEventListener('click', pick);
      g.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(); } });
      plot.append(g);
    }
  }

  function select(i) {
    selected = i;
    for (const g of plot.querySelectorAll('.tl-mark')) g.classList.toggle('selected', +g.dataset.index === i);
  }

  // Wheel zooms around the pointer; dragging pans.
  plot.addEventListener('wheel', e => {
    e.preventDefault();
    const r = plot.getBoundingClientRect();
    const width = r.width, x0 = LABEL_W * width / plot.viewBox.baseVal.width, x1 = width - 16;
    const at = view.t0 + Math.min(1, Math.max(0, (e.clientX - r.left - x0) / (x1 - x0))) * (view.t1 - view.t0);
    const f = e.deltaY > 0 ? 1.25 : 0.8;
    const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (view.t1 - view.t0) * f));
    const share = (at - view.t0) / (view.t1 - view.t0);
    view = { t0: at - share * span, t1: at - share * span + span };
    draw();
  }, { passive: false });
  let drag = null;
  plot.addEventListener('pointerdown', e => { if (!e.target.closest('.tl-mark')) drag = { x: e.clientX, view }; });
  window.addEventListener('pointerup', () => { drag = null; });
  plot.addEventListener('pointermove', e => {
    if (!drag) return;
    const width = plot.getBoundingClientRect().width - LABEL_W - 16;
    const shift = (e.clientX - drag.x) / width * (drag.view.t1 - drag.view.t0);
    view = { t0: drag.view.t0 - shift, t1: drag.view.t1 - shift };
    draw();
  });

  wrap.select = select;
  wrap.draw = draw;
  requestAnimationFrame(draw);
  return wrap;
}
