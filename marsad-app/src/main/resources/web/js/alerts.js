/* Alerts page: token, saved alerts (create, enable, delete), live hits over server-sent events. */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, link, token, setToken } = Marsad;
  let source = null;

  function hitItem(h) {
    return el('li', { 'data-testid': 'hit-item', 'data-alert-id': h.alertId, 'data-article-id': h.articleId },
      el('span', { class: 'badge', dir: 'auto', text: h.alertName }), ' ',
      link('article.html?id=' + encodeURIComponent(h.articleId), h.title || h.articleId),
      el('div', { class: 'meta' }, h.source ? el('span', { text: h.source }) : null, el('time', { datetime: h.matchedAt, text: fmtDate(h.matchedAt) })));
  }

  async function loadAlerts() {
    const list = document.getElementById('alert-list');
    if (!token()) { clear(list); return; }
    try {
      const alerts = await api('/api/alerts', { auth: true });
      clear(list);
      if (alerts.length === 0) list.append(el('li', { class: 'empty', text: t('alerts.none') }));
      for (const a of alerts) {
        const enabled = el('input', { type: 'checkbox', 'data-testid': 'alert-enabled', checked: a.enabled });
        enabled.addEventListener('change', () => update(a, enabled.checked));
        const del = el('button', { type: 'button', class: 'secondary', 'data-testid': 'alert-delete', text: t('alerts.delete') });
        del.addEventListener('click', () => remove(a));
        list.append(el('li', { 'data-testid': 'alert-item', 'data-id': a.id },
          el('strong', { dir: 'auto', text: a.name }), ' ', el('code', { dir: 'auto', text: a.query }),
          el('div', { class: 'meta' }, a.webhook ? el('span', { dir: 'ltr', text: a.webhook }) : null,
            el('label', { class: 'inline' }, enabled, t('alerts.enabled')), del)));
      }
      const recent = clear(document.getElementById('recent-hits'));
      for (const h of await api('/api/alerts/hits?limit=20', { auth: true })) recent.append(hitItem(h));
    } catch (e) { showError(list, e); }
  }

  async function update(a, enabled) {
    try {
      await api('/api/alerts/' + encodeURIComponent(a.id), { method: 'PUT', auth: true, body: { name: a.name, query: a.query, webhook: a.webhook, enabled } });
    } catch (e) { showError(document.getElementById('alert-message'), e); }
    loadAlerts();
  }

  async function remove(a) {
    try { await api('/api/alerts/' + encodeURIComponent(a.id), { method: 'DELETE', auth: true }); } catch (e) { showError(document.getElementById('alert-message'), e); }
    loadAlerts();
  }

  function connect() {
    if (source) { source.close(); source = null; }
    const state = document.getElementById('live-state');
    if (!token()) { state.textContent = t('alerts.disconnected'); return; }
    // EventSource cannot send headers; the token goes in the query string of this one URL only
    source = new EventSource('/api/events?token=' + encodeURIComponent(token()));
    source.addEventListener('ready', () => { state.textContent = t('alerts.connected'); state.dataset.connected = 'true'; });
    source.addEventListener('alert-hit', ev => {
      let hit;
      try { hit = JSON.parse(ev.data); } catch (e) { return; }
      document.getElementById('live-hits').prepend(hitItem(hit));
    });
    source.addEventListener('error', () => { state.textContent = t('alerts.disconnected'); state.dataset.connected = 'false'; });
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('token-form').addEventListener('submit', ev => {
      ev.preventDefault();
      setToken(document.getElementById('token').value.trim());
      document.getElementById('token').value = '';
      loadAlerts();
      connect();
    });
    document.getElementById('token-forget').addEventListener('click', () => { setToken(null); loadAlerts(); connect(); });
    document.getElementById('alert-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const msg = clear(document.getElementById('alert-message'));
      try {
        await api('/api/alerts', { method: 'POST', auth: true, body: {
          name: document.getElementById('alert-name').value.trim(), query: document.getElementById('alert-query').value.trim(),
          webhook: document.getElementById('alert-webhook').value.trim() || null } });
        document.getElementById('alert-form').reset();
      } catch (e) { showError(msg, e); }
      loadAlerts();
    });
    document.addEventListener('marsad:lang', loadAlerts);
    loadAlerts();
    connect();
  });
})();
