/* Small SVG charts drawn with DOM calls (no library, no HTML strings). */
'use strict';

const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';

  function svgEl(tag, attrs) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  /** Every day from the first to the last date, with zero for days that have no count. */
  function fillDays(points) {
    if (points.length === 0) return [];
    const counts = new Map(points.map(p => [p.date, p.count]));
    const sorted = points.map(p => p.date).sort();
    const out = [];
    const end = new Date(sorted[sorted.length - 1] + 'T00:00:00Z');
    for (let d = new Date(sorted[0] + 'T00:00:00Z'); d <= end && out.length < 3660; d.setUTCDate(d.getUTCDate() + 1)) {
      const key = d.toISOString().slice(0, 10);
      out.push({ date: key, count: counts.get(key) || 0 });
    }
    return out;
  }

  /**
   * Vertical bars over time, oldest on the left. points: [{date: 'YYYY-MM-DD', count}].
   * onClick(date) is called when a bar is clicked, if given.
   */
  function timeBars(points, { label, testid, onClick } = {}) {
    const data = fillDays(points);
    const width = 640, height = 180, pad = { top: 10, right: 10, bottom: 26, left: 36 };
    const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'data-testid': testid || 'chart' });
    const title = svgEl('title');
    title.textContent = label || '';
    svg.append(title);
    if (data.length === 0) return svg;
    const max = Math.max(1, ...data.map(p => p.count));
    const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
    const step = plotW / data.length, barW = Math.max(1, step * 0.8);
    svg.append(svgEl('line', { class: 'axis', x1: pad.left, y1: pad.top + plotH, x2: width - pad.right, y2: pad.top + plotH }));
    data.forEach((p, i) => {
      const h = plotH * p.count / max;
      const bar = svgEl('rect', { class: 'bar', x: pad.left + i * step, y: pad.top + plotH - h, width: barW, height: h,
        'data-date': p.date, 'data-count': p.count });
      const tip = svgEl('title');
      tip.textContent = p.date + ': ' + p.count;
      bar.append(tip);
      if (onClick && p.count > 0) { bar.style.cursor = 'pointer'; bar.addEventListener('click', () => onClick(p.date)); }
      svg.append(bar);
    });
    const text = (x, y, s, anchor) => { const e = svgEl('text', { x, y, 'text-anchor': anchor }); e.textContent = s; svg.append(e); };
    text(pad.left, height - 8, data[0].date, 'start');
    if (data.length > 1) text(width - pad.right, height - 8, data[data.length - 1].date, 'end');
    text(pad.left - 4, pad.top + 8, String(max), 'end');
    text(pad.left - 4, pad.top + plotH, '0', 'end');
    return svg;
  }

  return { timeBars, fillDays };
})();
