import * as api from './api.js';
import { t, pick } from './i18n.js';
import { h, table, n, section } from './dom.js';
import { bars, lines, pie } from './charts.js';
import { state, every, divisionName, failed } from './app.js';

/** The township choice every view shares: the county (as far as the caller sees) or one township. */
export function townshipPicker(onChange) {
  const select = h('select', { id: 'township', onchange: e => { state.township = e.target.value; onChange(); } });
  if (state.session.scope === 'all' || state.townships.length > 1) {
    select.appendChild(h('option', { value: '' }, t('county')));
  }
  state.townships.forEach(d => select.appendChild(h('option', { value: d.code }, d.name)));
  select.value = state.township;
  return h('label', { class: 'picker' }, t('scope') + ' ', select);
}

function tiles(row) {
  const keys = [['women', 'women'], ['children', 'children'], ['elderly', 'elderly'], ['households', 'households'],
    ['sites', 'sites'], ['childrenWithoutCapableGuardian', 'unguarded']];
  return h('div', { class: 'tiles', id: 'tiles' }, keys.map(([field, label]) =>
    h('div', { class: 'tile' + (field === 'childrenWithoutCapableGuardian' && row[field] > 0 ? ' alert' : '') },
      h('span', { class: 'figure', 'data-figure': field }, n(row[field])), h('span', { class: 'label' }, t(label)))));
}

function format(indicator) {
  const v = indicator.unit === '%' ? indicator.value.toFixed(1) + ' %' : String(Math.round(indicator.value));
  return v;
}

/** One panel per installed module, from its indicators; redrawn as modules come and go ({@code background}: by the timer). */
async function modulePanels(holder, background) {
  const [modules, indicators] = await Promise.all([api.get('/modules', null, background),
    api.get('/indicators', { township: state.township }, background)]);
  const installed = modules.filter(m => m.id !== 'registry');
  const panels = installed.map(m => {
    const own = indicators.filter(i => i.moduleId === m.id);
    return h('section', { class: 'panel module', 'data-module': m.id }, h('h3', {}, pick(m, 'name')),
      own.length === 0 ? h('p', { class: 'muted' }, '—')
        : table([t('indicator'), t('value')], own.map(i => [pick(i, 'label'), format(i)])));
  });
  holder.replaceChildren(h('h2', {}, t('modules')), panels.length ? h('div', { class: 'modules' }, panels)
    : h('p', { class: 'muted', id: 'no-modules' }, t('noModules')));
}

export async function overview() {
  const township = state.township;
  const [stats, places, months] = await Promise.all([api.get('/stats'), api.get('/stats/migrants', { township }),
    api.get('/stats/monthly', { township })]);
  const rows = township ? stats.townships.filter(r => r.townshipCode === township) : stats.townships;
  const current = township ? (rows[0] || {}) : stats.county;
  const modules = h('div', { id: 'module-panels', class: 'panel' });
  await modulePanels(modules);
  // a module being installed makes the REST layer busy for seconds: keep the panels shown until the next try
  every(15000, () => modulePanels(modules, true).catch(e => { if (e.status === 401) failed(e, modules); }));

  const names = rows.map(r => r.townshipName);
  const byTownship = section(t('byTownship'),
    h('div', { class: 'pair' },
      bars(names, [{ name: t('women'), data: rows.map(r => r.women) }, { name: t('children'), data: rows.map(r => r.children) },
        { name: t('elderly'), data: rows.map(r => r.elderly) }], true),
      table([t('township'), t('women'), t('children'), t('elderly'), t('households'), t('sites')],
        rows.map(r => [r.townshipName, r.women, r.children, r.elderly, r.households, r.sites])
          .concat(township ? [] : [[t('total'), current.women, current.children, current.elderly, current.households, current.sites]]),
        { id: 'by-township' })));
  const alerts = section(t('alerts'),
    h('div', { class: 'pair' },
      bars(names, [{ name: t('unguarded'), data: rows.map(r => r.childrenWithoutCapableGuardian) }], false),
      table([t('township'), t('unguarded')], rows.map(r => [r.townshipName, r.childrenWithoutCapableGuardian]))));
  const byProvince = new Map();
  places.forEach(p => byProvince.set(p.province || t('elsewhere'), (byProvince.get(p.province || t('elsewhere')) || 0) + p.households));
  const migrants = section(t('migrants'),
    h('div', { class: 'pair' },
      pie([...byProvince].map(([name, value]) => ({ name, value }))),
      table([t('province'), t('city'), t('households'), t('migrantCount')],
        places.slice(0, 15).map(p => [p.province || t('elsewhere'), p.city || '', p.households, p.migrants]), { id: 'migrants' })));
  const trend = section(t('trends'),
    lines(months.map(m => m.month), [{ name: t('registered'), data: months.map(m => m.registered) },
      { name: t('ended'), data: months.map(m => m.ended) }, { name: t('serviceRecords'), data: months.map(m => m.serviceRecords) },
      { name: t('activeChildren'), data: months.map(m => m.activeChildren) }]),
    table([t('month'), t('registered'), t('ended'), t('activeWomen'), t('activeChildren'), t('activeElderly'), t('serviceRecords')],
      months.map(m => [m.month, n(m.registered), n(m.ended), n(m.activeWomen), n(m.activeChildren), n(m.activeElderly), n(m.serviceRecords)]),
      { id: 'monthly', class: 'compact' }),
    months.some(m => Object.values(m).includes(null)) ? h('p', { class: 'muted' }, t('suppressed')) : null);

  return h('div', { class: 'overview' },
    h('div', { class: 'toolbar' }, h('h1', {}, township ? divisionName(township) : state.countyName),
      townshipPicker(() => window.dispatchEvent(new HashChangeEvent('hashchange')))),
    tiles(current), modules, byTownship, alerts, migrants, trend);
}
