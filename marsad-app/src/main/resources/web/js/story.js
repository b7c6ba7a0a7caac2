/* Story page: its articles in order and the entities it is about. */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, fmtNumber, param, link } = Marsad;
  let detail = null;

  function render(d) {
    const s = d.story;
    clear(document.getElementById('story')).append(
      el('div', { class: 'card' }, el('h1', { dir: 'auto', 'data-testid': 'story-title', text: s.title }),
        el('div', { class: 'meta' }, el('span', { text: t('story.articles') + ': ' + fmtNumber(s.articles) }),
          el('span', { text: (s.sources || []).join('، ') }),
          s.first ? el('time', { datetime: s.first, text: fmtDate(s.first) }) : null,
          s.last ? el('time', { datetime: s.last, text: fmtDate(s.last) }) : null)),
      el('section', { class: 'card' }, el('h2', { text: t('story.articles') }),
        el('ol', { class: 'results', 'data-testid': 'story-articles' }, ...d.articles.map(a => el('li', { 'data-id': a.id },
          link('article.html?id=' + encodeURIComponent(a.id), a.title || a.id, { class: 'title' }),
          el('div', { class: 'meta' }, a.source ? el('span', { text: a.source }) : null,
            a.published ? el('time', { datetime: a.published, text: fmtDate(a.published) }) : null,
            a.duplicateOf ? copyOf(a.duplicateOf) : null))))),
      el('section', { class: 'card' }, el('h2', { text: t('story.entities') }),
        el('ul', { class: 'plain', 'data-testid': 'story-entities' }, ...(d.entities || []).map(e => el('li', {},
          (e.id ? link('entity.html?id=' + encodeURIComponent(e.id), e.name) : el('span', { text: e.name })), el('span', { class: 'meta', text: ' ' + t('type.' + e.type) }))))));
    document.title = s.title + ' — ' + t('brand');
  }

  /** A republication names its original, linked to its page, the id in a <bdi> (as search's hits; it was plain text). */
  function copyOf(id) {
    return el('span', { 'data-testid': 'story-duplicate-of' }, t('article.duplicateOf') + ' ',
      link('article.html?id=' + encodeURIComponent(id), id));
  }

  async function load() {
    const box = document.getElementById('story');
    const id = param('id');
    if (!id) { showError(box, new Error('?id=')); return; }
    try { detail = await api('/api/stories/' + encodeURIComponent(id)); render(detail); } catch (e) { showError(box, e); }
  }

  document.addEventListener('DOMContentLoaded', load);
  document.addEventListener('marsad:lang', () => { if (detail) render(detail); });
})();
