/* Status page: version, uptime, index size, alerts and feed states (errors highlighted). */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, fmtNumber } = Marsad;
  let status = null;

  function duration(seconds) {
    const d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600), m = Math.floor(seconds % 3600 / 60);
    // units in the page's language (the Arabic page said "0h 1m"): ٢ ي ٣ س ٤ د / 2d 3h 4m
    return (d ? fmtNumber(d) + t('unit.day') + ' ' : '') + fmtNumber(h) + t('unit.hour') + ' ' + fmtNumber(m) + t('unit.minute');
  }

  function bytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
    return n.toFixed(i ? 1 : 0) + ' ' + units[i];
  }

  function row(key, value, testid) {
    return el('tr', {}, el('th', { text: t(key) }), el('td', { 'data-testid': testid, text: value }));
  }

  function render(s) {
    const summary = el('table', { class: 'card' },
      row('status.version', s.version, 'status-version'),
      row('status.uptime', duration(s.uptimeSeconds), 'status-uptime'),
      row('status.articles', s.articles === null ? '—' : fmtNumber(s.articles), 'status-articles'),
      row('status.data', bytes(s.dataBytes), 'status-data'),
      row('status.alerts', fmtNumber(s.alerts), 'status-alerts'));
    if (s.indexError) summary.append(el('tr', { class: 'feed-error' }, el('th', { text: t('status.indexError') }), el('td', { 'data-testid': 'index-error', text: s.indexError })));
    const feeds = el('section', { class: 'card' }, el('h2', { text: t('status.feeds') }));
    if (!s.feeds.length) feeds.append(el('p', { class: 'empty', text: t('status.noFeeds') }));
    else {
      const head = el('tr', {}, ...['feed.name', 'feed.url', 'feed.lastFetched', 'feed.lastSuccess', 'feed.lastError', 'feed.articles'].map(k => el('th', { text: t(k) })));
      feeds.append(el('table', { 'data-testid': 'feed-table' }, el('thead', {}, head), el('tbody', {}, ...s.feeds.map(f =>
        el('tr', { class: f.lastError ? 'feed-error' : null, 'data-testid': f.lastError ? 'feed-error' : 'feed-ok' },
          el('td', { dir: 'auto', text: f.name }), el('td', { dir: 'ltr', text: f.url }),
          el('td', { text: fmtDate(f.lastFetched) }), el('td', { text: fmtDate(f.lastSuccess) }),
          el('td', { dir: 'auto', text: f.lastError || '' }), el('td', { text: fmtNumber(f.articles) }))))));
    }
    clear(document.getElementById('status')).append(summary, feeds);
  }

  async function load() {
    try { status = await api('/api/status'); render(status); } catch (e) { showError(document.getElementById('status'), e); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.addEventListener('marsad:lang', () => { if (status) render(status); });
    load();
    setInterval(load, 30000);
  });
})();
