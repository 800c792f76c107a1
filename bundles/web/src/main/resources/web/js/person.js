import * as api from './api.js';
import { pick, t } from './i18n.js';
import { h, table } from './dom.js';
import { divisionName, villagesOf } from './app.js';

/** One person as the caller may see them (masked ID number and phone), their guardians and timeline. */
export async function person(id) {
  if (!/^\d+$/.test(id || '')) throw new Error('no such person');
  const p = await api.get('/persons/' + id);
  const [guardians, timeline] = await Promise.all([api.get('/persons/' + id + '/guardianships'),
    api.get('/persons/' + id + '/timeline')]);
  await villagesOf(p.townshipCode);
  const rows = [[t('name'), p.name], [t('gender'), t(p.gender)], [t('birthDate'), p.birthDate], [t('idNumber'), p.idNumber],
    [t('phone'), p.phone || ''], [t('township'), divisionName(p.townshipCode)], [t('village'), divisionName(p.villageCode)],
    [t('categories'), (p.categories || []).map(c => t(c)).join('、')], [t('status'), t(p.status)]];
  const list = Array.isArray(guardians) ? guardians : (guardians.items || []);
  return h('div', { class: 'person' },
    h('div', { class: 'toolbar' }, h('h1', {}, p.name), h('a', { href: '#/actions' }, t('back'))),
    h('section', { class: 'panel' }, h('h2', {}, t('person')), table(['', ''], rows, { class: 'record' })),
    h('section', { class: 'panel' }, h('h2', {}, t('guardians')),
      table([t('name'), t('relation'), t('capacity'), t('status')],
        list.map(g => [g.guardianName || '', t(g.relation || ''), t(g.capacity || ''), t(g.status || '')]))),
    h('section', { class: 'panel' }, h('h2', {}, t('timeline')),
      table([t('date'), t('entry'), ''], (timeline.entries || []).map(e => [e.date, pick(e, 'title') || e.title || '', e.detail || '']))));
}
