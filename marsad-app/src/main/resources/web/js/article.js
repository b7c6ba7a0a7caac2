/* Article page: the structured record, with entities and quotations marked inline. */
'use strict';

(() => {
  const { el, clear, api, t, showError, fmtDate, topicName, param, link, textDir } = Marsad;

  /** Paragraph ranges of the text: [start, end) between blank lines. */
  function paragraphs(text) {
    const out = [];
    const re = /\n\s*\n/g;
    let start = 0, m;
    while ((m = re.exec(text)) !== null) { out.push([start, m.index]); start = m.index + m[0].length; }
    out.push([start, text.length]);
    return out.filter(([s, e]) => text.slice(s, e).trim() !== '');
  }

  /** Spans with sane offsets, sorted, overlapping ones after the first dropped. */
  function clean(spans, length) {
    const sorted = (spans || []).filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let lastEnd = -1;
    for (const s of sorted) if (s.start >= lastEnd) { out.push(s); lastEnd = s.end; }
    return out;
  }

  function entityNode(text, e) {
    const attrs = { class: 'entity-mark', 'data-testid': 'entity-mark', 'data-type': e.type, 'data-entity-id': e.id || null,
      title: [e.canonical, e.role, t('type.' + e.type)].filter(Boolean).join(' — '), text };
    return e.id ? el('a', { ...attrs, href: 'entity.html?id=' + encodeURIComponent(e.id) }) : el('span', attrs);
  }

  /** Appends text[from, to) to parent with the entities in that range marked. */
  function appendWithEntities(parent, text, from, to, entities) {
    let pos = from;
    for (const e of entities) {
      if (e.end <= from || e.start >= to) continue;
      const s = Math.max(e.start, from), end = Math.min(e.end, to);
      if (s < pos) continue;
      if (s > pos) parent.append(text.slice(pos, s));
      parent.append(entityNode(text.slice(s, end), e));
      pos = end;
    }
    if (pos < to) parent.append(text.slice(pos, to));
  }

  function quoteNode(q) {
    return el('span', { class: 'quote-mark' + (q.direct ? '' : ' reported'), 'data-testid': 'quote-mark',
      'data-speaker': q.speaker || null, 'data-speaker-id': q.speakerId || null,
      title: (q.speaker || t('unknown.speaker')) + (q.verb ? ' (' + q.verb + ')' : '') + (q.via ? ' — ' + q.via : '') });
  }

  function appendMarked(parent, text, from, to, quotes, entities) {
    let pos = from;
    for (const q of quotes) {
      if (q.end <= from || q.start >= to) continue;
      const s = Math.max(q.start, from), end = Math.min(q.end, to);
      if (s < pos) continue;
      appendWithEntities(parent, text, pos, s, entities);
      const node = quoteNode(q);
      appendWithEntities(node, text, s, end, entities);
      parent.append(node);
      pos = end;
    }
    appendWithEntities(parent, text, pos, to, entities);
  }

  function renderBody(a) {
    const body = el('div', { class: 'body', dir: 'auto', 'data-testid': 'article-body' });
    const text = a.text || '';
    const quotes = clean(a.quotes, text.length);
    const entities = clean(a.entities, text.length);
    const headings = new Set((a.sections || []).map(s => s.heading).filter(Boolean).map(h => h.trim()));
    for (const [s, e] of paragraphs(text)) {
      const isHeading = headings.has(text.slice(s, e).trim());
      const node = el(isHeading ? 'h3' : 'p', isHeading ? { 'data-testid': 'section-heading' } : {});
      appendMarked(node, text, s, e, quotes, entities);
      body.append(node);
    }
    return body;
  }

  function section(titleKey, testid, ...children) {
    return el('section', { class: 'card', 'data-testid': testid }, el('h2', { text: t(titleKey) }), ...children);
  }

  function render(a) {
    const d = a.dateline;
    const meta = el('div', { class: 'meta' },
      a.source ? el('span', { 'data-testid': 'article-source', text: a.source }) : null,
      a.published ? el('time', { datetime: a.published, text: fmtDate(a.published) }) : null,
      d ? el('span', { 'data-testid': 'dateline', title: t('article.dateline') },
        el('bdi', { text: [d.city, d.agency, d.date].filter(Boolean).join(' - ') || d.raw })) : null,
      Marsad.safeHref(a.url) ? el('a', { href: a.url, 'data-testid': 'article-url', text: t('article.original') }) : null);
    const head = el('div', { class: 'card' },
      a.titleCategory ? el('span', { class: 'badge', dir: 'auto', text: a.titleCategory }) : null,
      el('h1', { id: 'article-title', dir: 'auto', 'data-testid': 'article-title', text: a.title || '' }), meta,
      el('div', { class: 'meta' },
        a.topic ? el('span', { 'data-testid': 'article-topic', 'data-topic': a.topic.label, text: t('article.topic') + ': ' + topicName(a.topic.label) }) : null,
        a.storyId ? link('story.html?id=' + encodeURIComponent(a.storyId), t('article.story'), { 'data-testid': 'article-story' }) : null,
        a.duplicateOf ? link('article.html?id=' + encodeURIComponent(a.duplicateOf), t('article.duplicateOf') + ' ' + a.duplicateOf, { 'data-testid': 'article-duplicate-of' }) : null));
    const legend = el('p', { class: 'legend' }, el('span', { class: 'quote-mark', text: t('legend.quote') }),
      el('span', { class: 'quote-mark reported', text: t('legend.reported') }),
      ...['PERS', 'ORG', 'LOC', 'MISC'].map(k => el('span', { class: 'entity-mark', 'data-type': k, text: t('type.' + k) })));
    const parts = [head];
    if (a.summary && a.summary.length) {
      parts.push(section('article.summary', 'article-summary', el('ul', {}, ...a.summary.map(s => el('li', { dir: 'auto', text: s })))));
    }
    parts.push(el('article', { class: 'record card' }, legend, renderBody(a)));
    const withHeading = (a.sections || []).filter(s => s.heading);
    if (withHeading.length) {
      parts.push(section('article.sections', 'article-sections', el('ol', {}, ...withHeading.map(s => el('li', { dir: 'auto', text: s.heading })))));
    }
    if (a.entities && a.entities.length) {
      const seen = new Map();
      for (const e of a.entities) { const k = e.id || e.canonical || e.text; if (!seen.has(k)) seen.set(k, e); }
      parts.push(section('article.entities', 'article-entities', el('ul', { class: 'plain' }, ...[...seen.values()].map(e =>
        el('li', {}, e.id ? link('entity.html?id=' + encodeURIComponent(e.id), e.canonical || e.text) : el('span', { dir: 'auto', text: e.canonical || e.text }),
          el('span', { class: 'meta', text: ' ' + t('type.' + e.type) + (e.role ? ' — ' + e.role : '') }))))));
    }
    if (a.quotes && a.quotes.length) {
      parts.push(section('article.quotes', 'article-quotes', ...a.quotes.map(q => el('blockquote', { 'data-testid': 'quote-item' },
        el('p', { dir: textDir(q.text), text: q.text }),
        el('footer', { class: 'meta' }, q.speakerId ? link('entity.html?id=' + encodeURIComponent(q.speakerId), q.speaker || q.speakerId)
          : el('span', { text: q.speaker || t('unknown.speaker') }), q.verb ? el('span', { text: q.verb }) : null, q.via ? el('span', { text: q.via }) : null)))));
    }
    if (a.boilerplate && a.boilerplate.length) {
      parts.push(el('details', { class: 'card', 'data-testid': 'article-boilerplate' }, el('summary', { text: t('article.boilerplate') }),
        el('ul', {}, ...a.boilerplate.map(b => el('li', { dir: 'auto' }, el('span', { class: 'badge', text: b.kind }), ' ', b.text)))));
    }
    clear(document.getElementById('article')).append(...parts);
    document.title = (a.title || a.id) + ' — ' + t('brand');
  }

  let record = null;
  async function load() {
    const box = document.getElementById('article');
    const id = param('id');
    if (!id) { showError(box, new Error('?id=')); return; }
    try {
      record = await api('/api/articles/' + encodeURIComponent(id));
      render(record);
    } catch (e) { showError(box, e); }
  }

  document.addEventListener('DOMContentLoaded', load);
  document.addEventListener('marsad:lang', () => { if (record) render(record); });
})();
