/* Quotations: by speaker (entity id or name) and/or words, newest first. */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, fmtNumber, param, link, textDir, listInAddress } = Marsad;
  const SIZE = 20;
  let page = 1;

  async function load() {
    const box = document.getElementById('quote-list');
    const p = new URLSearchParams({ page: String(page), size: String(SIZE) });
    const speaker = document.getElementById('speaker').value.trim();
    const words = document.getElementById('words').value.trim();
    if (speaker) p.set('speaker', speaker);
    if (words) p.set('q', words);
    // a link may bound the dates (quotes.html?speaker=…&from=2015-07-21&to=2015-07-25), as /api/quotes does
    for (const d of ['from', 'to']) if (param(d)) p.set(d, param(d));
    try {
      const r = await api('/api/quotes?' + p.toString());
      if (r.items.length === 0 && page > Math.max(1, Math.ceil(r.total / SIZE))) {
        // an address past the end (an old link, a shrunken list): its last page, as search does
        page = Math.max(1, Math.ceil(r.total / SIZE));
        history.replaceState(null, '', '?' + address().toString());
        return load();
      }
      clear(box);
      if (r.items.length === 0) box.append(el('p', { class: 'empty', text: t('search.none') }));
      // the count above the list, as search shows its own; past the newest articles read the
      // count is theirs only: say so next to it
      if (r.complete === false) {
        box.append(el('p', { class: 'meta', 'data-testid': 'quotes-scope', text: t('quotes.scope').replace('{total}', fmtNumber(r.total)).replace('{read}', fmtNumber(r.articlesRead)).replace('{matched}', fmtNumber(r.articlesMatched)) }));
      } else if (r.total > 0) {
        box.append(el('p', { class: 'meta', 'data-testid': 'quotes-total', 'aria-live': 'polite', text: t('quotes.total') + ': ' + fmtNumber(r.total) }));
      }
      for (const q of r.items) {
        box.append(el('blockquote', { 'data-testid': 'quote-item' }, el('p', { dir: textDir(q.text), text: q.text }),
          el('footer', { class: 'meta' },
            q.speakerId ? link('entity.html?id=' + encodeURIComponent(q.speakerId), q.speaker || q.speakerId) : el('span', { text: q.speaker || t('unknown.speaker') }),
            link('article.html?id=' + encodeURIComponent(q.articleId), q.articleTitle || q.articleId),
            q.source ? el('span', { text: q.source }) : null,
            q.published ? el('time', { datetime: q.published, text: fmtDate(q.published) }) : null)));
      }
      const pages = Math.max(1, Math.ceil(r.total / SIZE));
      document.getElementById('prev').disabled = page <= 1;
      document.getElementById('next').disabled = page >= pages;
      document.getElementById('page-label').textContent = t('page.of') + ' ' + fmtNumber(page) + ' / ' + fmtNumber(pages);
    } catch (e) { showError(box, e); }
  }

  // the address holds the search (speaker, words, dates), so a reader can share or bookmark it
  function address() {
    const a = new URLSearchParams();
    const speaker = document.getElementById('speaker').value.trim();
    const words = document.getElementById('words').value.trim();
    if (speaker) a.set('speaker', speaker);
    if (words) a.set('q', words);
    for (const d of ['from', 'to']) if (param(d)) a.set(d, param(d));
    if (page > 1) a.set('page', String(page)); // session 18 QA: a reload or a shared link went back to page one
    return a;
  }

  function fromAddress() {
    document.getElementById('speaker').value = param('speaker') || '';
    document.getElementById('words').value = param('q') || '';
    page = Math.max(1, parseInt(param('page') || '1', 10) || 1);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const go = listInAddress({ read: fromAddress, write: address, turn: step => { page += step; }, load });
    document.getElementById('quote-form').addEventListener('submit', ev => { ev.preventDefault(); page = 1; go(); });
  });
})();
