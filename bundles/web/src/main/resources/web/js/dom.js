// Building the page from data with text nodes only: no HTML string ever holds a record's content.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.substring(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach(c => {
    if (c === null || c === undefined || c === false) return;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return el;
}

/** A count or figure: a number, or text such as "1,204", "45.3 %" or "—" (a suppressed count). */
const NUMBER = /^(—|[-+]?\d[\d,]*(\.\d+)?( ?%)?)$/;
const numeric = c => typeof c === 'number' || (typeof c === 'string' && NUMBER.test(c.trim()));

/** A table: headings and rows of cells (text or nodes); a column of numbers is right-aligned, heading and all. */
export function table(headings, rows, attrs) {
  const numbers = headings.map((_, i) => rows.length > 0 && rows.every(r => numeric(r[i])) && rows.some(r => r[i] !== '—'));
  const align = i => numbers[i] ? 'num' : null;
  return h('table', attrs || {},
    h('thead', {}, h('tr', {}, headings.map((x, i) => h('th', { class: align(i) }, x)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => h('td', { class: align(i) }, c))))));
}

/** A count, or "—" where it was suppressed (null). */
export function n(value) {
  return value === null || value === undefined ? '—' : value;
}

export function section(title, ...content) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...content);
}
