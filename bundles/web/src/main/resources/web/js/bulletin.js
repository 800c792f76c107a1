import * as api from './api.js';
import { t, pick, language } from './i18n.js';
import { h, table, n } from './dom.js';
import { state, divisionName } from './app.js';

function figure(f) {
  return f.unit === '%' ? f.value.toFixed(1) + ' %' : String(Math.round(f.value));
}

/** The choice of quarter and area, kept in the address so a bulletin can be reopened and printed as is. */
function chooser(year, quarter) {
  const y = h('select', { id: 'bulletin-year' });
  const thisYear = new Date().getFullYear();
  for (let i = thisYear; i >= thisYear - 5; i--) y.appendChild(h('option', { value: String(i) }, String(i)));
  y.value = String(year);
  const q = h('select', { id: 'bulletin-quarter' }, [1, 2, 3, 4].map(i => h('option', { value: String(i) }, String(i))));
  q.value = String(quarter);
  const area = h('select', { id: 'bulletin-township' });
  if (state.session.scope === 'all' || state.townships.length > 1) area.appendChild(h('option', { value: '' }, t('county')));
  state.townships.forEach(d => area.appendChild(h('option', { value: d.code }, d.name)));
  area.value = state.township;
  const show = () => {
    state.township = area.value;
    location.hash = '#/bulletin?' + new URLSearchParams({ year: y.value, quarter: q.value, township: area.value });
  };
  return h('form', { class: 'toolbar no-print', onsubmit: e => { e.preventDefault(); show(); } },
    h('h1', {}, t('nav.bulletin')),
    h('label', {}, t('year') + ' ', y), h('label', {}, t('quarter') + ' ', q), h('label', {}, t('scope') + ' ', area),
    h('button', { type: 'submit' }, t('show')),
    h('button', { type: 'button', id: 'print', onclick: () => window.print() }, t('print')));
}

export async function bulletin(params) {
  const now = new Date();
  const year = Number(params.get('year')) || now.getFullYear();
  const quarter = Number(params.get('quarter')) || Math.floor(now.getMonth() / 3) + 1;
  const township = params.has('township') ? params.get('township') : state.township;
  const b = await api.get('/bulletin', { year, quarter, township });
  const area = township ? divisionName(township) : b.divisionName;
  const page = h('article', { class: 'bulletin', id: 'bulletin' },
    h('h1', {}, t('bulletin.title', { area })),
    h('p', { class: 'period' }, t('bulletin.period', { y: b.year, q: b.quarter, from: b.from, to: b.to })),
    h('p', { class: 'muted' }, t('bulletin.counted', { d: b.countedOn }),
      state.session.scope !== 'all' ? ' ' + t('bulletin.scope') : ''),
    h('h2', {}, '一、' + t('bulletin.quarter')),
    table([t('month'), t('registered'), t('ended'), t('activeWomen'), t('activeChildren'), t('activeElderly'), t('serviceRecords')],
      b.months.map(m => [m.month, n(m.registered), n(m.ended), n(m.activeWomen), n(m.activeChildren), n(m.activeElderly), n(m.serviceRecords)])),
    h('h2', {}, '二、' + t('bulletin.today')),
    table([t('township'), t('women'), t('children'), t('elderly'), t('households'), t('sites'), t('unguarded')],
      b.townships.map(r => [r.townshipName, r.women, r.children, r.elderly, r.households, r.sites, r.childrenWithoutCapableGuardian])
        .concat(township ? [] : [[t('total'), b.today.women, b.today.children, b.today.elderly, b.today.households, b.today.sites,
          b.today.childrenWithoutCapableGuardian]]), { id: 'bulletin-today' }),
    h('h3', {}, t('migrants')),
    table([t('province'), t('city'), t('households'), t('migrantCount')],
      b.destinations.map(p => [p.province || t('elsewhere'), p.city || '', p.households, p.migrants])),
    b.actionLists.length ? [h('h2', {}, '三、' + t('bulletin.actions')),
      table([t('entry'), t('count')], b.actionLists.map(l => [pick(l, 'title'), l.total]))] : null,
    h('h2', {}, (b.actionLists.length ? '四、' : '三、') + t('bulletin.modules')),
    b.sections.length === 0 ? h('p', { class: 'muted' }, t('noModules')) : b.sections.map(s =>
      h('section', { class: 'bulletin-section', 'data-module': s.moduleId }, h('h3', {}, pick(s, 'title')),
        s.figures.length ? table([t('indicator'), t('value')], s.figures.map(f => [pick(f, 'label'), figure(f)])) : null,
        s.tables.map(tb => [h('h4', {}, pick(tb, 'title')),
          table(language() === 'en' ? tb.columnsEn : tb.columnsZh,
            language() === 'en' && tb.rowsEn && tb.rowsEn.length ? tb.rowsEn : tb.rows)]),
        s.noteZh ? h('p', { class: 'muted' }, pick(s, 'note')) : null)),
    b.unavailableModules.length ? h('p', { class: 'error' }, t('bulletin.unavailable', { m: b.unavailableModules.join(', ') })) : null,
    b.months.some(m => Object.values(m).includes(null)) ? h('p', { class: 'muted' }, t('suppressed')) : null);
  return h('div', {}, chooser(year, quarter), page);
}
