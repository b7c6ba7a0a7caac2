/* Search page: form ↔ URL, results with highlighted snippets, facets, date histogram. */
'use strict';

(() => {
  const { el, clear, api, t, lang, showError, snippetNodes, isoDate, fmtDate, fmtNumber, topicName, link } = Marsad;
  const DATE_FIELDS = ['from', 'to'];
  const FIELDS = ['q', 'source', 'city', 'from', 'to', 'sort'];
  const FILTER_FACETS = new Set(['source', 'city']);
  const DATE_FACETS = ['date', 'day', 'month'];
  const MAX_PAGE = 10000; // the API's limit (docs/api.md): a larger page in a URL is read as this one
  let state = {};

  function readUrl() {
    const p = new URLSearchParams(location.search);
    state = { page: Math.min(MAX_PAGE, Math.max(1, parseInt(p.get('page') || '1', 10) || 1)), size: 10, all: p.get('all') === 'true' };
    for (const f of FIELDS) state[f] = p.get(f) || '';
    for (const f of FIELDS) document.getElementById(f).value = state[f] || (f === 'sort' ? 'relevance' : '');
    document.getElementById('all').checked = state.all;
    datesWritten();
  }

  /**
   * The date fields were written in code (Back, a histogram bar, a facet): a refusal of what was typed
   * before no longer holds. No input event fires for a value set in code, and a field left marked
   * invalid would block every later search.
   */
  function datesWritten() {
    for (const f of DATE_FIELDS) {
      const input = document.getElementById(f);
      input.setCustomValidity('');
      showDate(input);
    }
  }

  /**
   * Shows next to a date field the day it was read as, in words in the page's language: 07/08/2015
   * is day first (7 August, as Arabic dates are written), which an American desk would not expect.
   */
  function showDate(input) {
    const iso = isoDate(input.value);
    // the month in words: a medium date style is digits again in Arabic (٠٧/٠٨/٢٠١٥), as ambiguous as what was typed
    const words = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    document.getElementById(input.getAttribute('id') + '-read').textContent =
      iso ? new Intl.DateTimeFormat(lang() === 'ar' ? 'ar' : 'en-GB', words).format(new Date(iso + 'T00:00:00Z')) : '';
  }

  function query() {
    const p = new URLSearchParams();
    for (const f of FIELDS) if (state[f]) p.set(f, state[f]);
    if (state.all) p.set('all', 'true');
    if (state.page > 1) p.set('page', String(state.page));
    return p;
  }

  async function run(push) {
    const p = query();
    if (push) history.pushState(null, '', '?' + p.toString());
    const results = document.getElementById('results');
    const summary = document.getElementById('summary');
    if (!state.q && !state.source && !state.city && !state.from && !state.to) {
      clear(results); clear(summary); clear(document.getElementById('facets')); clear(document.getElementById('histogram'));
      updatePager(0);
      return;
    }
    p.set('size', String(state.size));
    summary.textContent = t('loading');
    try {
      const r = await api('/api/search?' + p.toString());
      const last = Math.max(1, Math.ceil(r.total / state.size));
      if (r.hits.length === 0 && state.page > last) {
        // past the last page (an old link, a shrunken collection, an edited URL): show the last one
        // rather than "no results" next to a total, with the pager one page back at a time
        state.page = last;
        history.replaceState(null, '', '?' + query().toString());
        return run(false);
      }
      summary.textContent = t('search.total') + ': ' + fmtNumber(r.total);
      renderHits(r.hits);
      renderFacets(r.facets || {});
      updatePager(r.total);
    } catch (e) {
      // nothing of the previous search may stay beside the error: its facets and pager read as this one's
      clear(results); clear(document.getElementById('facets')); clear(document.getElementById('histogram'));
      updatePager(0);
      showError(summary, e);
    }
  }

  function renderHits(hits) {
    const list = clear(document.getElementById('results'));
    if (hits.length === 0) { list.append(el('li', { class: 'empty', text: t('search.none') })); return; }
    for (const h of hits) {
      list.append(el('li', { class: 'hit', 'data-testid': 'hit', 'data-id': h.id },
        el('a', { class: 'title', href: 'article.html?id=' + encodeURIComponent(h.id), dir: 'auto', 'data-testid': 'hit-title', text: h.title || h.id }),
        el('div', { class: 'meta' }, h.source ? el('span', { text: h.source }) : null,
          h.published ? el('time', { datetime: h.published, text: fmtDate(h.published) }) : null,
          h.duplicateOf ? copyOf(h.duplicateOf) : null),
        el('p', { class: 'snippet', dir: 'auto', 'data-testid': 'hit-snippet' }, snippetNodes(h.snippet))));
    }
  }

  /** A republication (shown with duplicates) names its original, linked to the original's page; the id in a <bdi>. */
  function copyOf(id) {
    return el('span', { 'data-testid': 'hit-duplicate-of' }, t('search.copyOf') + ' ',
      link('article.html?id=' + encodeURIComponent(id), id));
  }

  function renderFacets(facets) {
    const box = clear(document.getElementById('facets'));
    const hist = clear(document.getElementById('histogram'));
    const dateKey = DATE_FACETS.find(k => facets[k] && facets[k].length);
    if (dateKey) {
      const points = facets[dateKey].map(v => ({ date: v.value, count: v.count }));
      hist.append(el('h3', { class: 'meta', text: t('search.histogram') }),
        Charts.timeBars(points, { label: t('search.histogram'), testid: 'date-histogram', onClick: bucket => {
          [state.from, state.to] = bucketRange(bucket);
          state.page = 1;
          readBack();
          run(true);
        } }));
    }
    for (const [name, values] of Object.entries(facets)) {
      if (DATE_FACETS.includes(name) || !values.length) continue;
      const list = el('ul');
      for (const v of values.slice(0, 15)) {
        const shown = v.label || (name === 'topic' ? topicName(v.value) : v.value);
        const b = el('button', { type: 'button', dir: 'auto', 'data-testid': 'facet-value', 'data-facet': name, 'data-value': v.value },
          shown, el('span', { class: 'count', text: fmtNumber(v.count) }));
        if (shown !== v.value) b.title = v.value; // a story's title or a topic's desk name shows; the id or key stays the filter value
        b.addEventListener('click', () => applyFacet(name, v.value));
        list.append(el('li', {}, b));
      }
      const label = t('facet.' + name);
      box.append(el('section', { class: 'facet', 'data-testid': 'facet-' + name }, el('h3', { text: label === 'facet.' + name ? name : label }), list));
    }
  }

  /** First and last day of a day ('YYYY-MM-DD') or month ('YYYY-MM') bucket. */
  function bucketRange(bucket) {
    if (bucket.length === 10) return [bucket, bucket];
    const [y, m] = bucket.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [bucket + '-01', bucket + '-' + String(last).padStart(2, '0')];
  }

  function applyFacet(name, value) {
    if (FILTER_FACETS.has(name)) state[name] = value;
    else state.q = (state.q ? state.q + ' ' : '') + name + ':' + (/\s/.test(value) ? '"' + value + '"' : value);
    state.page = 1;
    readBack();
    run(true);
  }

  /** A trend's query: the articles it counted (an entity by registry id on its day; `key` is display-only). */
  function trendQuery(tr) {
    const day = tr.day ? ' from:' + tr.day + ' to:' + tr.day : '';
    if (tr.id) return tr.kind + ':' + tr.id + day;
    const label = tr.label.replace(/"/g, '');
    return 'topic:' + (/\s/.test(label) ? '"' + label + '"' : label) + day;
  }

  /**
   * The rising entities and topics, when the server has trends (hidden otherwise). An empty list
   * says why from the X-Marsad-Trends-* headers (docs/api.md): too few covered days, or none rising;
   * a cut one says "10 of N".
   */
  async function loadTrends() {
    const box = document.getElementById('trends');
    const note = document.getElementById('trend-note');
    try {
      const res = await fetch('/api/trends?days=1&limit=10', { headers: { 'Accept': 'application/json' } });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const trends = await res.json();
      const list = clear(document.getElementById('trend-list'));
      for (const tr of trends) {
        const b = el('button', { type: 'button', class: 'secondary', dir: 'auto', 'data-testid': 'trend', text: tr.kind === 'topic' ? topicName(tr.label) : tr.label });
        b.addEventListener('click', () => {
          state = { ...state, q: trendQuery(tr), page: 1 };
          readBack();
          run(true);
        });
        list.append(el('li', {}, b, el('span', { class: 'count', text: ' ' + fmtNumber(tr.count) })));
      }
      // which day rose: the newest day the collection covers, which is yesterday while today has few
      // articles yet, and days are UTC (session 17 QA: a desk read yesterday's bursts as today's)
      const day = trends.length ? trends[0].day : null;
      const dayLine = document.getElementById('trend-day');
      if (dayLine) {
        dayLine.textContent = day ? t('trends.day').replace('{day}', day) : '';
        dayLine.hidden = !day;
      }
      const covered = res.headers.get('X-Marsad-Trends-Covered-Days');
      const unscored = Number(res.headers.get('X-Marsad-Trends-Unscored-Days') || 0);
      const complete = res.headers.get('X-Marsad-Trends-Complete');
      const total = Number(res.headers.get('X-Marsad-Trends-Total') || 0);
      let why = '';
      if (trends.length === 0 && unscored > 0) why = t('trends.short');
      else if (trends.length === 0 && covered !== null) why = t('trends.none');
      // the box lists the first 10: say how many rose, or the 11th (the story's own name) is never missed
      if (total > trends.length) why = t('trends.more').replace('{shown}', fmtNumber(trends.length)).replace('{total}', fmtNumber(total));
      if (complete === 'false') why = (why ? why + ' ' : '') + t('trends.truncated');
      note.textContent = why;
      note.hidden = why === '';
      // without coverage headers (another trend service) an empty box stays hidden, as before
      box.hidden = trends.length === 0 && why === '';
    } catch (e) {
      box.hidden = true; // no trend service in this build
    }
  }

  /**
   * Writes each date filter back as YYYY-MM-DD (what the API takes and what the field then shows);
   * false, with the field marked and the reason shown, when one is no date.
   */
  function readDates() {
    for (const f of DATE_FIELDS) {
      const input = document.getElementById(f);
      const iso = isoDate(input.value);
      input.setCustomValidity(iso === null ? t('search.badDate') : '');
      if (iso === null) { input.reportValidity(); return false; }
      input.value = iso;
      showDate(input);
    }
    return true;
  }

  function readBack() {
    for (const f of FIELDS) document.getElementById(f).value = state[f] || (f === 'sort' ? 'relevance' : '');
    datesWritten();
  }

  function updatePager(total) {
    const pages = Math.max(1, Math.ceil(total / state.size));
    document.getElementById('prev').disabled = state.page <= 1;
    document.getElementById('next').disabled = state.page >= pages;
    document.getElementById('page-label').textContent = total ? t('page.of') + ' ' + fmtNumber(state.page) + ' / ' + fmtNumber(pages) : '';
  }

  document.addEventListener('DOMContentLoaded', () => {
    readUrl();
    // a date marked invalid stays so until edited: the browser would not even fire submit again
    for (const f of DATE_FIELDS) {
      const input = document.getElementById(f);
      input.addEventListener('input', () => input.setCustomValidity(''));
      // once typed (the field left, or Enter): written back at once as YYYY-MM-DD, the day in words beside it
      input.addEventListener('change', () => {
        const iso = isoDate(input.value);
        if (iso) input.value = iso;
        showDate(input);
      });
    }
    document.getElementById('search-form').addEventListener('submit', ev => {
      ev.preventDefault();
      if (!readDates()) return;
      for (const f of FIELDS) state[f] = document.getElementById(f).value.trim();
      if (state.sort === 'relevance') state.sort = '';
      state.all = document.getElementById('all').checked;
      state.page = 1;
      run(true);
    });
    document.getElementById('prev').addEventListener('click', () => { state.page--; run(true); });
    document.getElementById('next').addEventListener('click', () => { state.page++; run(true); });
    window.addEventListener('popstate', () => { readUrl(); run(false); });
    document.addEventListener('marsad:lang', () => { for (const f of DATE_FIELDS) showDate(document.getElementById(f)); run(false); });
    run(false);
    loadTrends();
  });
})();
