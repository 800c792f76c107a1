// Apache ECharts, shipped in the page (no internet at the county). Every chart sits beside a table with the
// same numbers, so the figures read without it, print without it, and reach a screen reader.
const live = new Set();

function chart(kind, options) {
  const el = document.createElement('div');
  el.className = 'chart ' + kind;
  el.setAttribute('aria-hidden', 'true');
  if (typeof window.echarts === 'undefined') return el;
  requestAnimationFrame(() => {
    if (!el.isConnected) return;
    const c = window.echarts.init(el, null, { renderer: 'svg' });
    c.setOption(Object.assign({ animation: false, grid: { left: 48, right: 16, top: 32, bottom: 56 } }, options));
    live.add(c);
  });
  return el;
}

export function disposeCharts() {
  live.forEach(c => c.dispose());
  live.clear();
}

export function resizeCharts() {
  live.forEach(c => c.resize());
}

/** Bars per category, one series each, stacked when asked. */
export function bars(categories, series, stacked) {
  return chart('bars', {
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map(s => ({ name: s.name, type: 'bar', stack: stacked ? 'all' : undefined, data: s.data }))
  });
}

export function lines(categories, series) {
  return chart('lines', {
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map(s => ({ name: s.name, type: 'line', data: s.data, connectNulls: false }))
  });
}

export function pie(items) {
  return chart('pie', {
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: items, label: { formatter: '{b}: {c}' } }]
  });
}
