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

/** A table: headings and rows of cells (text or nodes); numbers right-aligned. */
export function table(headings, rows, attrs) {
  return h('table', attrs || {},
    h('thead', {}, h('tr', {}, headings.map(x => h('th', {}, x)))),
    h('tbody', {}, rows.map(r => h('tr', {}, r.map(c => h('td', { class: typeof c === 'number' ? 'num' : null }, c))))));
}

/** A count, or "—" where it was suppressed (null). */
export function n(value) {
  return value === null || value === undefined ? '—' : value;
}

export function section(title, ...content) {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...content);
}
