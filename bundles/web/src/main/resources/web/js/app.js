import * as api from './api.js';
import { t, language, setLanguage, translateStatic } from './i18n.js';
import { h } from './dom.js';
import { disposeCharts, resizeCharts } from './charts.js';
import { overview } from './overview.js';
import { actions } from './actions.js';
import { person } from './person.js';
import { bulletin } from './bulletin.js';

/** What every view reads: who is signed in, the townships they may pick, the one picked, division names. */
export const state = { session: null, townships: [], township: '', names: new Map(), countyName: '' };

const RECORD_ROLES = ['admin', 'county', 'township', 'health', 'legal'];

export function readsRecords() {
  return state.session.roles.some(r => RECORD_ROLES.includes(r));
}

export function divisionName(code) {
  return state.names.get(code) || code || '';
}

/** Village names of a township, fetched once. */
export async function villagesOf(township) {
  if (!township || state.names.has('villages:' + township)) return;
  state.names.set('villages:' + township, true);
  const villages = await api.get('/divisions', { parent: township });
  villages.forEach(v => state.names.set(v.code, v.name));
}

let refresh = null;

/** Views call this for a timer that ends when the view is left. */
export function every(ms, fn) {
  clearInterval(refresh);
  refresh = setInterval(fn, ms);
}

async function route() {
  clearInterval(refresh);
  disposeCharts();
  const view = document.getElementById('view');
  if (!state.session) return;
  const hash = location.hash || '#/overview';
  const [, name, arg] = hash.split('/');
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('current', a.getAttribute('href') === '#/' + name));
  view.replaceChildren(h('p', { class: 'muted' }, t('loading')));
  try {
    let content;
    if (name === 'actions') content = await actions();
    else if (name === 'person') content = await person(arg);
    else if (name === 'bulletin') content = await bulletin(new URLSearchParams(hash.split('?')[1] || ''));
    else content = await overview();
    view.replaceChildren(content);
  } catch (e) {
    failed(e, view);
  }
}

export function failed(e, where) {
  if (e.status === 401) {
    showSignIn(t('sessionEnded'));
    return;
  }
  where.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('error', { m: e.message })));
}

function showSignIn(message) {
  state.session = null;
  document.getElementById('view').replaceChildren();
  document.getElementById('nav').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
  document.getElementById('sign-in').hidden = false;
  document.getElementById('sign-in-error').textContent = message || '';
  document.getElementById('user').focus();
}

async function signedIn(session) {
  state.session = session;
  document.getElementById('sign-in').hidden = true;
  document.getElementById('nav').hidden = false;
  document.getElementById('nav-actions').hidden = !readsRecords();
  document.getElementById('sign-out').hidden = false;
  document.getElementById('who').textContent = session.user + ' · ' + session.roles.join(', ');
  const divisions = await api.get('/divisions');
  state.countyName = divisions[0].name;
  divisions.forEach(d => state.names.set(d.code, d.name));
  const all = divisions.slice(1);
  state.townships = session.scope === 'all' ? all : all.filter(d => session.townships.includes(d.code));
  state.township = state.townships.length === 1 && session.scope !== 'all' ? state.townships[0].code : '';
  await route();
}

document.getElementById('sign-in').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  const error = document.getElementById('sign-in-error');
  error.textContent = '';
  try {
    const session = await api.signIn(form.user.value.trim(), form.password.value);
    form.password.value = '';
    await signedIn(session);
  } catch (e) {
    form.password.value = '';
    error.textContent = e.status === 403 ? t('signIn.noRole') : e.status === 401 ? t('signIn.failed') : t('error', { m: e.message });
  }
});

document.getElementById('sign-out').addEventListener('click', async () => {
  await api.signOut();
  location.hash = '';
  showSignIn('');
});

document.getElementById('lang').addEventListener('click', () => {
  setLanguage(language() === 'en' ? 'zh' : 'en');
  document.getElementById('lang').textContent = t('lang.other');
  translateStatic();
  route();
});

window.addEventListener('hashchange', route);
window.addEventListener('resize', resizeCharts);

setLanguage(language());
translateStatic();
document.getElementById('lang').textContent = t('lang.other');
api.currentSession().then(s => (s ? signedIn(s) : showSignIn(''))).catch(() => showSignIn(''));
