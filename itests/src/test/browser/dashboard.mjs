// The dashboard in a real browser, as a township worker uses it (DashboardIT starts Guanai and this script).
// Debian's chromium, driven by playwright-core; screenshots and the bulletin's PDF go to OUT.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const env = name => {
  if (!process.env[name]) throw new Error('missing ' + name);
  return process.env[name];
};
const base = env('GUANAI_URL');
const out = env('OUT');
const mine = env('TOWNSHIP_NAME');
const other = env('OTHER_TOWNSHIP_NAME');
const surname = env('SURNAME');
mkdirSync(out, { recursive: true });

let passed = 0;
function check(what, ok, detail) {
  if (!ok) throw new Error('FAILED: ' + what + (detail ? ' (' + detail + ')' : ''));
  passed++;
  console.log('ok - ' + what);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
});
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  // (failed requests are not script errors: the 401s of a wrong password are expected)
  page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text()); });
  page.setDefaultTimeout(60000);

  const first = await page.goto(base + '/');
  check('the server\'s bare address leads to the dashboard', page.url() === base + '/guanai/', page.url());
  const csp = first.headers()['content-security-policy'] || '';
  check('the page is served with a content security policy', csp.includes("script-src 'self'"), csp);
  await page.waitForSelector('#sign-in:not([hidden])');
  check('the page speaks Chinese first', (await page.textContent('#sign-in h1')).trim() === '登录');
  await page.screenshot({ path: out + '/1-sign-in.png' });

  await page.fill('#user', env('USER_NAME'));
  await page.fill('#password', 'wrong password 123');
  await page.click('#sign-in button[type=submit]');
  await page.waitForFunction(() => document.getElementById('sign-in-error').textContent.length > 0);
  check('a wrong password is refused in the page (no browser dialog)', true);

  await page.fill('#password', env('USER_PASSWORD'));
  await page.click('#sign-in button[type=submit]');
  await page.waitForSelector('#tiles');
  const townships = await page.$$eval('#by-township tbody tr td:first-child', tds => tds.map(td => td.textContent));
  check('a township worker sees her township only', townships.length === 1 && townships[0] === mine, townships.join(','));
  const aligned = await page.$$eval('#by-township tr > :nth-child(2)', cells => cells.map(c => getComputedStyle(c).textAlign));
  check('number columns are right-aligned, their headings with them', aligned.length > 1 && aligned.every(a => a === 'right'),
    aligned.join(','));
  const whole = await page.textContent('#view');
  check('no other township appears', !whole.includes(other));
  const cookies = await context.cookies();
  const session = cookies.find(c => c.name === 'GUANAI_SESSION');
  check('the session cookie is HttpOnly and SameSite=Strict', session && session.httpOnly && session.sameSite === 'Strict');
  const stored = await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)));
  check('nothing but the language choice is stored in the browser', stored.every(k => k === 'guanai.lang'), stored.join(','));
  check('no module panel before a module is installed', (await page.$('[data-module=health]')) === null);
  await page.waitForSelector('.chart svg'); // ECharts has drawn (animation off), for the picture
  await page.screenshot({ path: out + '/2-overview.png', fullPage: true });

  const install = JSON.parse(env('INSTALL_COMMAND'));
  execFileSync(install[0], install.slice(1), { input: 'feature:install -r guanai-health\n', timeout: 180000 });
  await page.waitForSelector('[data-module=health]', { timeout: 240000 });
  check('the health panel appears after feature:install, without a reload', true);
  await page.screenshot({ path: out + '/3-health-panel.png', fullPage: true });

  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('#nav a').textContent === 'Overview');
  await page.waitForSelector('#tiles');
  check('the English switch works', (await page.textContent('#tiles')).includes('Children'));
  await page.click('#lang');
  await page.waitForFunction(() => document.querySelector('#nav a').textContent === '全县概况');

  await page.goto(base + '/guanai/#/actions');
  await page.waitForSelector('[data-list="registry/children-without-capable-guardian"]');
  const listed = await page.$$eval('[data-list="registry/children-without-capable-guardian"] tbody tr',
    rows => rows.map(r => r.textContent));
  check('the unguarded child of her township is on her action list', listed.some(r => r.includes(surname + '甲')));
  check('no child of another township is', listed.every(r => !r.includes(surname + '乙') && !r.includes(other)));
  check('the health module adds its due list', (await page.$('[data-list="health/women-due-check"]')) !== null);
  await page.screenshot({ path: out + '/4-actions.png', fullPage: true });
  const links = await page.$$eval('#view a[href^="#/person/"]', as => as.map(a => a.getAttribute('href')));
  check('action lists link to person records only', links.length > 0);
  await page.click('[data-list="registry/children-without-capable-guardian"] a[href^="#/person/"]');
  await page.waitForSelector('.person table.record');
  const record = await page.textContent('.person table.record');
  check('the record shows the ID number masked', /\d{6}\*{8}\d{3}[\dX]/.test(record), record);
  await page.screenshot({ path: out + '/5-person.png', fullPage: true });

  await page.goto(base + '/guanai/#/bulletin');
  await page.waitForSelector('#bulletin [data-module=health]');
  const title = await page.textContent('#bulletin h1');
  check('the bulletin is the township\'s', title.includes(mine), title);
  const today = await page.$$eval('#bulletin-today tbody tr', rows => rows.map(r => r.textContent));
  check('the bulletin counts her township only', today.length === 1 && today[0].includes(mine), today.join(' | '));
  await page.screenshot({ path: out + '/6-bulletin.png', fullPage: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: out + '/bulletin.pdf', format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  check('the bulletin prints on one A4 page', pages === 1, pages + ' pages');
  await page.emulateMedia({ media: 'screen' });

  await page.click('#sign-out');
  await page.waitForSelector('#sign-in:not([hidden])');
  const after = await page.evaluate(async () => (await fetch('/api/v1/stats', { headers: { 'X-Guanai-Web': '1' } })).status);
  check('after signing out the API answers 401', after === 401, String(after));
  await page.screenshot({ path: out + '/7-signed-out.png' });
  check('no script error on the way', errors.length === 0, errors.join(' | '));
} finally {
  await browser.close();
}
writeFileSync(out + '/result.txt', passed + ' passed, 0 failed\n');
console.log(passed + ' passed, 0 failed');
