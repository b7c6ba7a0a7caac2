/*
 * Story list: the stories with the most articles in the chosen period (the last N days up to the
 * newest article, or all), largest first. Default the last three days: a desk reads what is going
 * on; over the whole collection a week's largest closed stories came first (session 17 QA).
 */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, fmtNumber, link } = Marsad;
  const SIZE = 20;
  let page = 1;

  async function load() {
    const list = document.getElementById('story-list');
    try {
      const days = document.getElementById('story-days').value;
      const r = await api('/api/stories?page=' + page + '&size=' + SIZE + (days ? '&days=' + days : ''));
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

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('prev').addEventListener('click', () => { page--; load(); });
    document.getElementById('next').addEventListener('click', () => { page++; load(); });
    document.getElementById('story-days').addEventListener('change', () => { page = 1; load(); });
    document.addEventListener('marsad:lang', load);
    load();
  });
})();
