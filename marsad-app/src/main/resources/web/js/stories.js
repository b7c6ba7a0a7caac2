/*
 * Story list: the stories with the most articles in the chosen period (the last N days up to the
 * newest article, or all), largest first. Default the last three days: a desk reads what is going
 * on; over the whole collection a week's largest closed stories came first (session 17 QA).
 */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, fmtNumber, link, param, listInAddress } = Marsad;
  const SIZE = 20;
  const DEFAULT_DAYS = '3'; // the menu's selected period (stories.html); an address without days means it
  let page = 1;

  async function load() {
    const list = document.getElementById('story-list');
    try {
      const days = document.getElementById('story-days').value;
      const r = await api('/api/stories?page=' + page + '&size=' + SIZE + (days ? '&days=' + days : ''));
      if (r.items.length === 0 && page > Math.max(1, Math.ceil(r.total / SIZE))) {
        // an address past the end (an old link, a shrunken list): its last page, as search does
        page = Math.max(1, Math.ceil(r.total / SIZE));
        history.replaceState(null, '', '?' + address().toString());
        return load();
      }
      clear(list);
      if (r.items.length === 0) list.append(el('li', { class: 'empty', text: t('search.none') }));
      for (const s of r.items) {
        list.append(el('li', { 'data-testid': 'story-item', 'data-id': s.id }, link('story.html?id=' + encodeURIComponent(s.id), s.title, { class: 'title' }),
          el('div', { class: 'meta' }, el('span', { text: t('story.articles') + ': ' + fmtNumber(s.articles) }),
            el('span', { text: (s.sources || []).join('، ') }),
            s.last ? el('time', { datetime: s.last, text: fmtDate(s.last) }) : null)));
      }
      const pages = Math.max(1, Math.ceil(r.total / SIZE));
      document.getElementById('prev').disabled = page <= 1;
      document.getElementById('next').disabled = page >= pages;
      document.getElementById('page-label').textContent = t('page.of') + ' ' + fmtNumber(page) + ' / ' + fmtNumber(pages);
    } catch (e) { showError(list, e); }
  }

  // the address holds the period and the page (stories.html?days=all&page=3): a reload or a shared
  // link showed the default three days, page one (session 18 QA). No days: the page's default.
  function address() {
    const a = new URLSearchParams();
    const days = document.getElementById('story-days');
    if (days.value !== DEFAULT_DAYS) a.set('days', days.value || 'all');
    if (page > 1) a.set('page', String(page));
    return a;
  }

  function fromAddress() {
    const days = document.getElementById('story-days');
    const wanted = param('days');
    const value = wanted === 'all' ? '' : wanted;
    days.value = wanted === null ? DEFAULT_DAYS : value;
    if (days.value !== value) days.value = DEFAULT_DAYS; // not one of the menu's periods
    page = Math.max(1, parseInt(param('page') || '1', 10) || 1);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const go = listInAddress({ read: fromAddress, write: address, turn: step => { page += step; }, load });
    document.getElementById('story-days').addEventListener('change', () => { page = 1; go(); });
  });
})();
