import * as api from './api.js';
import { t, pick } from './i18n.js';
import { h, table } from './dom.js';
import { state, readsRecords, divisionName, villagesOf } from './app.js';
import { townshipPicker } from './overview.js';

const PERSON = /^\/api\/v1\/persons\/(\d+)$/;

/** A link only to what the page can show: a person's record (which the same caller may read). */
function nameCell(item) {
  const m = item.href && PERSON.exec(item.href);
  const name = pick(item, 'name') || item.name || '';
  return m ? h('a', { href: '#/person/' + m[1] }, name) : name;
}

export async function actions() {
  const header = h('div', { class: 'toolbar' }, h('h1', {}, t('nav.actions')),
    townshipPicker(() => window.dispatchEvent(new HashChangeEvent('hashchange'))));
  if (!readsRecords()) return h('div', {}, header, h('p', { class: 'muted' }, t('actions.noRole')));
  const lists = await api.get('/action-lists', { township: state.township, limit: 20 });
  const townships = new Set(lists.flatMap(l => l.items.map(i => i.townshipCode)));
  await Promise.all([...townships].map(villagesOf));
  return h('div', { class: 'actions' }, header, lists.map(list =>
    h('section', { class: 'panel action-list', 'data-list': list.moduleId + '/' + list.id },
      h('h2', {}, pick(list, 'title'), ' ', h('span', { class: 'badge' }, String(list.total))),
      list.hintZh ? h('p', { class: 'hint' }, pick(list, 'hint')) : null,
      list.items.length === 0 ? h('p', { class: 'muted' }, t('actions.none')) : table(
        [t('name'), t('township'), t('village'), t('why')],
        list.items.map(i => [nameCell(i), divisionName(i.townshipCode), divisionName(i.villageCode), pick(i, 'detail')])),
      list.total > list.items.length && list.items.length > 0
        ? h('p', { class: 'muted' }, t('actions.more', { n: list.total, k: list.items.length })) : null)));
}
