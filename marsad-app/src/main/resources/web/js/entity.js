/* Entity page: mentions over time (SVG), aliases, co-occurring entities, latest quotations. */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, fmtNumber, param, link, textDir } = Marsad;

  function section(titleKey, testid, ...children) {
    return el('section', { class: 'card', 'data-testid': testid }, el('h2', { text: t(titleKey) }), ...children);
  }

  /** The store's query for articles mentioning this entity: its type's field, or the name as a phrase. */
  function searchFor(p) {
    const field = { PERS: 'person', ORG: 'org', LOC: 'place' }[p.type];
    return field ? field + ':' + (/\s/.test(p.id) ? '"' + p.id + '"' : p.id) : '"' + p.name.replace(/"/g, '') + '"';
  }

  function render(p) {
    const parts = [el('div', { class: 'card' },
      el('h1', { dir: 'auto', 'data-testid': 'entity-name', text: p.name }),
      el('div', { class: 'meta' }, el('span', { text: t('type.' + p.type) }), p.role ? el('span', {}, el('bdi', { text: p.role })) : null,
        el('span', { text: t('entity.mentions') + ': ' + fmtNumber(p.mentions) }),
        el('span', { text: t('entity.articles') + ': ' + fmtNumber(p.articles) }),
        link('index.html?q=' + encodeURIComponent(searchFor(p)), t('nav.search'), { 'data-testid': 'entity-search' })))];
    parts.push(section('entity.timeline', 'entity-timeline',
      Charts.timeBars(p.timeline || [], { label: t('entity.timeline'), testid: 'entity-chart' })));
    parts.push(section('entity.aliases', 'alias-list', el('ul', { class: 'plain' }, ...(p.aliases || []).map(a => el('li', { dir: 'auto', text: a })))));
    parts.push(section('entity.cooccurring', 'cooccurring-list', el('ul', { class: 'plain' }, ...(p.cooccurring || []).map(r =>
      el('li', {}, (r.id ? link('entity.html?id=' + encodeURIComponent(r.id), r.name) : el('span', { text: r.name })), el('span', { class: 'meta', text: ' ' + t('type.' + r.type) + ' · ' + fmtNumber(r.articles) }))))));
    parts.push(section('entity.quotes', 'entity-quotes', link('quotes.html?speaker=' + encodeURIComponent(p.id), t('nav.quotes'), { 'data-testid': 'entity-all-quotes' }),
      ...(p.quotes || []).map(q => el('blockquote', { 'data-testid': 'quote-item' },
      el('p', { dir: textDir(q.text), text: q.text }),
      el('footer', { class: 'meta' }, link('article.html?id=' + encodeURIComponent(q.articleId), q.articleTitle || q.articleId),
        q.source ? el('span', { text: q.source }) : null, q.published ? el('time', { datetime: q.published, text: fmtDate(q.published) }) : null)))));
    clear(document.getElementById('entity')).append(...parts);
    document.title = p.name + ' — ' + t('brand');
  }

  let profile = null;
  async function load() {
    const box = document.getElementById('entity');
    const id = param('id');
    if (!id) { showError(box, new Error('?id=')); return; }
    try {
      profile = await api('/api/entities/' + encodeURIComponent(id));
      render(profile);
    } catch (e) { showError(box, e); }
  }

  document.addEventListener('DOMContentLoaded', load);
  document.addEventListener('marsad:lang', () => { if (profile) render(profile); });
})();
