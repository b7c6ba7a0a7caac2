/* Entity list: filter by name words (NameMatch, as the quotation speaker box) and type, most mentioned first. */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtNumber, param, link, listInAddress } = Marsad;
  const SIZE = 30;
  let page = 1;

  async function load() {
    const list = document.getElementById('entity-list');
    const p = new URLSearchParams({ page: String(page), size: String(SIZE) });
    const q = document.getElementById('prefix').value.trim();
    const type = document.getElementById('type').value;
    if (q) p.set('q', q);
    if (type) p.set('type', type);
    try {
      const r = await api('/api/entities?' + p.toString());
      if (r.items.length === 0 && page > Math.max(1, Math.ceil(r.total / SIZE))) {
        // an address past the end (an old link, a shrunken list): its last page, as search does
        page = Math.max(1, Math.ceil(r.total / SIZE));
        history.replaceState(null, '', '?' + address().toString());
        return load();
      }
      clear(list);
      if (r.items.length === 0) list.append(el('li', { class: 'empty', text: t('search.none') }));
      for (const e of r.items) {
        list.append(el('li', { 'data-testid': 'entity-item', 'data-id': e.id }, (e.id ? link('entity.html?id=' + encodeURIComponent(e.id), e.name, { class: 'title' }) : el('span', { class: 'title', text: e.name })),
          el('div', { class: 'meta' }, el('span', { text: t('type.' + e.type) }), el('span', { text: t('entity.mentions') + ': ' + fmtNumber(e.mentions) }))));
      }
      const pages = Math.max(1, Math.ceil(r.total / SIZE));
      document.getElementById('prev').disabled = page <= 1;
      document.getElementById('next').disabled = page >= pages;
      document.getElementById('page-label').textContent = t('page.of') + ' ' + fmtNumber(page) + ' / ' + fmtNumber(pages);
    } catch (e) { showError(list, e); }
  }

  // the address holds the filter and the page (entities.html?q=…&type=PERS&page=2), so a reload,
  // a bookmark or a shared link shows the same list; it said nothing after a search (session 18 QA)
  function address() {
    const a = new URLSearchParams();
    const q = document.getElementById('prefix').value.trim();
    const type = document.getElementById('type').value;
    if (q) a.set('q', q);
    if (type) a.set('type', type);
    if (page > 1) a.set('page', String(page));
    return a;
  }

  function fromAddress() {
    document.getElementById('prefix').value = param('q') || '';
    document.getElementById('type').value = param('type') || '';
    page = Math.max(1, parseInt(param('page') || '1', 10) || 1);
  }

  document.addEventListener('DOMContentLoaded', () => {
    const go = listInAddress({ read: fromAddress, write: address, turn: step => { page += step; }, load });
    document.getElementById('entity-form').addEventListener('submit', ev => { ev.preventDefault(); page = 1; go(); });
  });
})();
