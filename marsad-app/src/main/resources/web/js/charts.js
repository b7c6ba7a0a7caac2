/* Small SVG charts drawn with DOM calls (no library, no HTML strings). */
'use strict';

const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';

  function svgEl(tag, attrs) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  /**
   * Every bucket from the first to the last, with zero where there is no count. Buckets are days
   * ('YYYY-MM-DD') or months ('YYYY-MM'), whichever the points use.
   */
  function fillDays(points) {
    if (points.length === 0) return [];
    const counts = new Map(points.map(p => [p.date, p.count]));
    const sorted = points.map(p => p.date).sort();
    const months = /^\d{4}-\d{2}$/.test(sorted[0]);
    const parse = key => new Date((months ? key + '-01' : key) + 'T00:00:00Z');
    const out = [];
    const end = parse(sorted[sorted.length - 1]);
    for (let d = parse(sorted[0]); d <= end && out.length < 3660;) {
      const key = d.toISOString().slice(0, months ? 7 : 10);
      out.push({ date: key, count: counts.get(key) || 0 });
      if (months) d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + 1);
    }
    return out;
  }

  /**
   * Vertical bars over time, oldest on the left. points: [{date: 'YYYY-MM-DD' or 'YYYY-MM', count}].
   * onClick(bucket) is called with the bucket key when a bar is clicked, if given.
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
