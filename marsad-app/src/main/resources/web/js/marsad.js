/*
 * Marsad UI common code. Safety rule for every page: data from the API is only ever put in the
 * page as text (textContent, createTextNode, attribute values through el()); nothing here or in
 * the page scripts assigns HTML strings (no innerHTML, outerHTML, insertAdjacentHTML,
 * document.write). TestUiEscaping enforces this.
 */
'use strict';

const Marsad = (() => {
  const I18N = {
    ar: {
      'brand': 'مرصد', 'skip': 'تخطَّ إلى المحتوى', 'nav.search': 'البحث', 'nav.entities': 'الكيانات', 'nav.quotes': 'الاقتباسات', 'nav.stories': 'القصص',
      'nav.alerts': 'التنبيهات', 'nav.status': 'الحالة', 'lang.other': 'English',
      'search.placeholder': 'ابحث في الأخبار: كلمات، "عبارة"، -استبعاد، أو', 'search.go': 'ابحث',
      'search.source': 'المصدر', 'search.city': 'المدينة', 'search.from': 'من', 'search.to': 'إلى',
      'search.datePlaceholder': 'مثل 2015-07-21', 'search.badDate': 'تاريخ غير صالح؛ اكتبه سنة-شهر-يوم، مثل 2015-07-21 أو ٢٠١٥-٠٧-٢١ أو 21/07/2015',
      'search.sort': 'الترتيب', 'sort.relevance': 'الأكثر صلة', 'sort.date': 'الأحدث', 'search.all': 'مع المكررات',
      'search.total': 'عدد النتائج', 'search.none': 'لا نتائج.', 'search.histogram': 'التوزيع الزمني', 'search.copyOf': 'نسخة من',
      'topic.politics': 'سياسة', 'topic.international': 'دولي', 'topic.local': 'محليات', 'topic.economy': 'اقتصاد',
      'topic.sports': 'رياضة', 'topic.culture-arts': 'ثقافة وفنون', 'topic.society': 'مجتمع', 'topic.health': 'صحة',
      'topic.science-technology': 'علوم وتقنية', 'topic.religion': 'دين', 'topic.environment': 'بيئة',
      'topic.crime-security': 'جريمة وأمن', 'topic.education': 'تعليم', 'topic.other': 'منوعات',
      'facet.source': 'المصدر', 'facet.city': 'المدينة', 'facet.topic': 'الموضوع', 'facet.person': 'أشخاص',
      'facet.org': 'منظمات', 'facet.place': 'أماكن', 'facet.speaker': 'متحدثون', 'facet.story': 'القصص',
      'page.prev': 'السابق', 'page.next': 'التالي', 'page.of': 'صفحة', 'quotes.total': 'عدد الاقتباسات', 'quotes.scope': '{total} اقتباساً في أحدث {read} من {matched} مقالاً مطابقاً فقط؛ ضيّق البحث بالمتحدث أو بكلمات',
      'article.dateline': 'سطر التاريخ', 'article.summary': 'الملخص', 'article.sections': 'الأقسام',
      'article.entities': 'الكيانات', 'article.quotes': 'الاقتباسات', 'article.topic': 'الموضوع',
      'article.story': 'القصة', 'article.duplicateOf': 'نسخة مكررة من', 'article.boilerplate': 'أسطر محذوفة',
      'article.source': 'المصدر', 'article.original': 'الرابط الأصلي', 'legend.quote': 'اقتباس مباشر',
      'legend.reported': 'كلام منقول', 'unknown.speaker': 'متحدث غير معروف',
      'entity.aliases': 'الأسماء الأخرى', 'entity.timeline': 'الذكر عبر الزمن', 'entity.cooccurring': 'كيانات مرتبطة',
      'entity.quotes': 'أحدث الاقتباسات', 'entity.mentions': 'مرات الذكر', 'entity.articles': 'المقالات',
      'entities.filter': 'الاسم أو كلمات منه', 'entities.type': 'النوع', 'type.all': 'الكل', 'type.named': 'أشخاص ومنظمات وأماكن',
      'type.PERS': 'شخص', 'type.ORG': 'منظمة', 'type.LOC': 'مكان', 'type.MISC': 'أخرى',
      'stories.title': 'القصص', 'stories.window': 'الفترة', 'stories.days1': 'آخر يوم', 'stories.days3': 'آخر ثلاثة أيام',
      'stories.days7': 'آخر أسبوع', 'stories.all': 'الكل', 'story.articles': 'مقالات القصة', 'story.entities': 'الكيانات',
      'alerts.title': 'التنبيهات', 'alerts.token': 'رمز الوصول', 'alerts.tokenHelp': 'الرمز موجود في الملف DATA/token',
      'alerts.saveToken': 'حفظ الرمز', 'alerts.forgetToken': 'نسيان الرمز', 'alerts.name': 'الاسم', 'alerts.query': 'الاستعلام',
      'alerts.webhook': 'رابط الإشعار (اختياري)', 'alerts.create': 'أضف تنبيهاً', 'alerts.delete': 'احذف',
      'alerts.enabled': 'مفعّل', 'alerts.live': 'نتائج مباشرة', 'alerts.recent': 'آخر النتائج', 'alerts.none': 'لا تنبيهات بعد.',
      'alerts.connected': 'متصل بالبث المباشر', 'alerts.disconnected': 'غير متصل',
      'status.title': 'حالة النظام', 'status.version': 'الإصدار', 'status.uptime': 'مدة التشغيل', 'status.articles': 'المقالات المفهرسة',
      'status.data': 'حجم البيانات', 'status.alerts': 'التنبيهات', 'status.feeds': 'المصادر', 'status.noFeeds': 'لا مصادر مراقَبة.',
      'feed.name': 'الاسم', 'feed.url': 'الرابط', 'feed.lastFetched': 'آخر محاولة', 'feed.lastSuccess': 'آخر نجاح',
      'feed.lastError': 'آخر خطأ', 'feed.articles': 'المقالات', 'status.indexError': 'خطأ في الفهرس',
      'loading': 'جارٍ التحميل…', 'error': 'خطأ', 'unit.day': ' ي', 'unit.hour': ' س', 'unit.minute': ' د', 'error.network': 'تعذّر الاتصال بالخادم؛ تأكّد أنه يعمل ثم أعد المحاولة.', 'error.unavailable': 'الخدمة غير متاحة الآن؛ أعد المحاولة بعد قليل.', 'error.server': 'حدث خطأ في الخادم.', 'error.notFound': 'غير موجود.', 'error.request': 'الطلب غير صالح.', 'error.denied': 'غير مسموح: الرمز مفقود أو غير صحيح.', 'trends.title': 'الأكثر صعوداً', 'trends.day': 'يوم {day} (بتوقيت UTC)', 'trends.short': 'المجموعة أقصر من أن تُقاس بها الطفرات (تلزم ٤ أيام مغطاة قبل اليوم).',
      'trends.none': 'لا طفرات في آخر يوم.', 'trends.more': '{shown} من {total} صاعدة في آخر يوم.', 'trends.truncated': 'العدّ مقطوع عند الحد في بعض الأيام.', 'quotes.speaker': 'المتحدث', 'quotes.words': 'كلمات في الاقتباس',
    },
    en: {
      'brand': 'Marsad', 'skip': 'Skip to content', 'nav.search': 'Search', 'nav.entities': 'Entities', 'nav.quotes': 'Quotations', 'nav.stories': 'Stories',
      'nav.alerts': 'Alerts', 'nav.status': 'Status', 'lang.other': 'العربية',
      'search.placeholder': 'Search the news: words, "phrase", -exclude, OR', 'search.go': 'Search',
      'search.source': 'Source', 'search.city': 'City', 'search.from': 'From', 'search.to': 'To',
      'search.datePlaceholder': 'e.g. 2015-07-21', 'search.badDate': 'Not a date; write it year-month-day, e.g. 2015-07-21 (or day/month/year: 21/07/2015)',
      'search.sort': 'Sort', 'sort.relevance': 'Relevance', 'sort.date': 'Newest', 'search.all': 'Include duplicates',
      'search.total': 'Results', 'search.none': 'No results.', 'search.histogram': 'Over time', 'search.copyOf': 'Copy of',
      'topic.politics': 'Politics', 'topic.international': 'International', 'topic.local': 'Local', 'topic.economy': 'Economy',
      'topic.sports': 'Sports', 'topic.culture-arts': 'Culture and arts', 'topic.society': 'Society', 'topic.health': 'Health',
      'topic.science-technology': 'Science and technology', 'topic.religion': 'Religion', 'topic.environment': 'Environment',
      'topic.crime-security': 'Crime and security', 'topic.education': 'Education', 'topic.other': 'Miscellany',
      'facet.source': 'Source', 'facet.city': 'City', 'facet.topic': 'Topic', 'facet.person': 'People',
      'facet.org': 'Organisations', 'facet.place': 'Places', 'facet.speaker': 'Speakers', 'facet.story': 'Stories',
      'page.prev': 'Previous', 'page.next': 'Next', 'page.of': 'Page', 'quotes.total': 'Quotations', 'quotes.scope': '{total} quotations in the newest {read} of {matched} matching articles only; narrow by speaker or words',
      'article.dateline': 'Dateline', 'article.summary': 'Summary', 'article.sections': 'Sections',
      'article.entities': 'Entities', 'article.quotes': 'Quotations', 'article.topic': 'Topic',
      'article.story': 'Story', 'article.duplicateOf': 'Duplicate of', 'article.boilerplate': 'Removed lines',
      'article.source': 'Source', 'article.original': 'Original link', 'legend.quote': 'Direct quotation',
      'legend.reported': 'Reported speech', 'unknown.speaker': 'unknown speaker',
      'entity.aliases': 'Aliases', 'entity.timeline': 'Mentions over time', 'entity.cooccurring': 'Co-occurring entities',
      'entity.quotes': 'Latest quotations', 'entity.mentions': 'Mentions', 'entity.articles': 'Articles',
      'entities.filter': 'Name or words of it', 'entities.type': 'Type', 'type.all': 'All', 'type.named': 'People, organisations, places',
      'type.PERS': 'Person', 'type.ORG': 'Organisation', 'type.LOC': 'Place', 'type.MISC': 'Other',
      'stories.title': 'Stories', 'stories.window': 'Period', 'stories.days1': 'Last day', 'stories.days3': 'Last three days',
      'stories.days7': 'Last week', 'stories.all': 'All', 'story.articles': 'Articles in this story', 'story.entities': 'Entities',
      'alerts.title': 'Alerts', 'alerts.token': 'Access token', 'alerts.tokenHelp': 'The token is in the file DATA/token',
      'alerts.saveToken': 'Save token', 'alerts.forgetToken': 'Forget token', 'alerts.name': 'Name', 'alerts.query': 'Query',
      'alerts.webhook': 'Webhook URL (optional)', 'alerts.create': 'Add alert', 'alerts.delete': 'Delete',
      'alerts.enabled': 'Enabled', 'alerts.live': 'Live hits', 'alerts.recent': 'Recent hits', 'alerts.none': 'No alerts yet.',
      'alerts.connected': 'Connected to the live stream', 'alerts.disconnected': 'Not connected',
      'status.title': 'System status', 'status.version': 'Version', 'status.uptime': 'Uptime', 'status.articles': 'Indexed articles',
      'status.data': 'Data size', 'status.alerts': 'Alerts', 'status.feeds': 'Feeds', 'status.noFeeds': 'No feeds are watched.',
      'feed.name': 'Name', 'feed.url': 'URL', 'feed.lastFetched': 'Last attempt', 'feed.lastSuccess': 'Last success',
      'feed.lastError': 'Last error', 'feed.articles': 'Articles', 'status.indexError': 'Index error',
      'loading': 'Loading…', 'error': 'Error', 'unit.day': 'd', 'unit.hour': 'h', 'unit.minute': 'm', 'error.network': 'Cannot reach the server; check that it is running and try again.', 'error.unavailable': 'The service is not available now; try again shortly.', 'error.server': 'The server failed.', 'error.notFound': 'Not found.', 'error.request': 'The request is not valid.', 'error.denied': 'Not allowed: the token is missing or wrong.', 'trends.title': 'Rising', 'trends.day': 'Day {day} (UTC)', 'trends.short': 'The collection is too short to score bursts (4 covered days before the day are needed).',
      'trends.none': 'No bursts on the last day.', 'trends.more': '{shown} of {total} rising on the last day.', 'trends.truncated': 'Counts were cut at the cap on some days.', 'quotes.speaker': 'Speaker', 'quotes.words': 'Words in the quotation',
    },
  };
  const LANG_KEY = 'marsad.lang';
  const TOKEN_KEY = 'marsad.token';
  const ATTRIBUTES = new Set(['id', 'class', 'href', 'dir', 'lang', 'title', 'type', 'name', 'value', 'for', 'role',
    'placeholder', 'datetime', 'aria-label', 'aria-current', 'aria-live', 'min', 'max', 'checked', 'disabled', 'colspan']);

  function lang() { return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ar'; }
  function t(key) { return I18N[lang()][key] ?? I18N.ar[key] ?? key; }

  function applyLang() {
    const l = lang();
    document.documentElement.lang = l;
    document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
    document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  }

  /** Only http(s) and same-site relative links; anything else (javascript:, data:) is dropped. */
  function safeHref(url) {
    if (typeof url !== 'string' || url === '') return null;
    try {
      const u = new URL(url, location.href);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  /**
   * Builds an element. attrs: 'text' sets textContent, 'class', 'data-*' and a fixed list of
   * plain attributes; event-handler attributes are refused. Children: nodes or strings (as text).
   */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = String(v);
      else if (k === 'href') { const h = safeHref(String(v)); if (h) e.setAttribute('href', h); }
      else if (k.startsWith('data-') || ATTRIBUTES.has(k)) e.setAttribute(k, v === true ? '' : String(v));
      else throw new Error('attribute not allowed: ' + k);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#34;': '"' };
  function decodeEntities(s) { return s.replace(/&(lt|gt|amp|quot|#39|#x27|#34);/g, m => ENTITIES[m]); }

  /**
   * A search snippet as nodes. The store sends HTML-escaped text with matches in <mark>…</mark>;
   * only those two literal tags are honoured, everything else becomes text.
   */
  function snippetNodes(snippet) {
    const frag = document.createDocumentFragment();
    if (!snippet) return frag;
    let inMark = false;
    for (const part of String(snippet).split(/(<mark>|<\/mark>)/)) {
      if (part === '<mark>') { inMark = true; continue; }
      if (part === '</mark>') { inMark = false; continue; }
      if (part === '') continue;
      const text = document.createTextNode(decodeEntities(part));
      frag.append(inMark ? el('mark', {}, text) : text);
    }
    return frag;
  }

  function token() { return localStorage.getItem(TOKEN_KEY); }
  function setToken(v) { if (v) localStorage.setItem(TOKEN_KEY, v); else localStorage.removeItem(TOKEN_KEY); }

  /** Calls the API; resolves to parsed JSON (null for 204); rejects with the problem's detail. */
  async function api(path, { method = 'GET', body, auth = false } = {}) {
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (auth && token()) headers['Authorization'] = 'Bearer ' + token();
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      const err = new Error(e.message); // the browser's own words ("Failed to fetch"), kept as the detail
      err.status = 0;
      throw err;
    }
    if (res.status === 204) return null;
    let data = null;
    try { data = await res.json(); } catch (e) { /* not JSON: a proxy's or a crashed server's page */ }
    if (!res.ok) {
      const err = new Error((data && data.detail) || ('HTTP ' + res.status));
      err.status = res.status;
      err.detail = data && data.detail;
      throw err;
    }
    return data;
  }

  /**
   * What went wrong in the page's language, by kind (the API's problem details are English and a
   * failed fetch says "Failed to fetch": a reader of the Arabic UI was shown only those); the
   * status and the server's detail follow, in their own direction, for whoever reports it.
   */
  function errorKey(status) {
    if (status === 0) return 'error.network';
    if (status === 401 || status === 403) return 'error.denied';
    if (status === 404) return 'error.notFound';
    if (status === 503) return 'error.unavailable';
    if (status >= 500) return 'error.server';
    if (status >= 400) return 'error.request';
    return null;
  }

  function showError(container, err) {
    const key = errorKey(err.status);
    if (!key) { // not an API answer: a fault in the page itself
      clear(container).append(el('p', { class: 'error', role: 'alert', 'data-testid': 'error', text: t('error') + ': ' + err.message }));
      return;
    }
    const detail = err.status === 0 ? err.message : (err.detail ? 'HTTP ' + err.status + ': ' + err.detail : 'HTTP ' + err.status);
    clear(container).append(el('p', { class: 'error', role: 'alert', 'data-testid': 'error', 'data-status': String(err.status) },
      t('error') + ': ' + t(key) + ' ', el('bdi', { class: 'detail', 'data-testid': 'error-detail', text: '(' + detail + ')' })));
  }

  /**
   * A date typed in a filter as the API takes it (YYYY-MM-DD), or null when it is no date. Accepted:
   * year-month-day (ISO order, - / or . between), and a date with its four-digit year last, which is
   * read day first as Arabic (and British) dates are written: 07/08/2015 is 7 August, never the
   * American July 8 (docs/api.md); Arabic-Indic and Persian digits too (٢٠١٥-٠٧-٢١), and the
   * direction marks an Arabic locale puts in dates. '' for an empty field. The fields are plain text, not
   * <input type=date>, whose format follows the browser's locale (mm/dd/yyyy in an American browser,
   * session 19 QA) whatever the page's language.
   */
  function isoDate(typed) {
    const s = String(typed || '').replace(/[\u200E\u200F\u061C]/g, '').trim()
      .replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, d => String(d.charCodeAt(0) - 0x06F0));
    if (s === '') return '';
    // separators: - / . and the Arabic decimal separator ٫ (U+066B), which an Arabic phone keypad offers
    let m = /^(\d{4})[-\/.\u066B](\d{1,2})[-\/.\u066B](\d{1,2})$/.exec(s);
    let y, mo, d;
    if (m) [y, mo, d] = [m[1], m[2], m[3]];
    else if ((m = /^(\d{1,2})[-\/.\u066B](\d{1,2})[-\/.\u066B](\d{4})$/.exec(s))) [d, mo, y] = [m[1], m[2], m[3]];
    else return null;
    const date = new Date(Date.UTC(+y, +mo - 1, +d));
    if (date.getUTCFullYear() !== +y || date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d) return null; // 2015-02-30
    return date.toISOString().slice(0, 10);
  }

  function fmtDate(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (isNaN(d)) return String(iso);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
    return new Intl.DateTimeFormat(lang() === 'ar' ? 'ar' : 'en-GB',
      dateOnly ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }

  /**
   * A topic key's desk name in the page's language (docs/topics.md: سياسة for politics); an unknown key as it is.
   * The keys stay what filters take (topic:politics); TestUiTopicNames checks the Arabic names against TopicLabel.
   */
  function topicName(key) {
    const name = t('topic.' + key);
    return name === 'topic.' + key ? key : name;
  }

  function fmtNumber(n) { return n === null || n === undefined ? '—' : new Intl.NumberFormat(lang() === 'ar' ? 'ar' : 'en').format(n); }

  function param(name) { return new URLSearchParams(location.search).get(name); }

  /**
   * The direction of a text from data that should not follow its first strong letter: Arabic
   * anywhere in it makes it right to left (a quotation that opens with «CNN» or a tag is still an
   * Arabic sentence; dir=auto flipped the whole card, session 18 QA); text with no Arabic decides itself.
   */
  function textDir(s) { return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(s || '') ? 'rtl' : 'auto'; }

  /**
   * A link whose text takes its own direction (a Latin-led title inside Arabic) in a <bdi>, while
   * the link itself keeps the page's: the " · " a meta line puts before each item belongs to the
   * line, and on a link laid out left to right it landed on the wrong side, glued to the next item.
   */
  function link(href, text, attrs = {}) { return el('a', { href, ...attrs }, el('bdi', { text })); }

  /**
   * Wires a list page whose filters and page number live in the address (entities, quotes,
   * stories), so that a reload, a bookmark or Back shows the same list: `read` fills the form from
   * the address, `write` builds the address from the form, `turn(step)` moves the page, `load`
   * fetches. Returns `go`, which records the new address and loads: call it after a filter changes.
   */
  function listInAddress({ read, write, turn, load }) {
    const go = () => { history.pushState(null, '', '?' + write().toString()); load(); };
    read();
    document.getElementById('prev').addEventListener('click', () => { turn(-1); go(); });
    document.getElementById('next').addEventListener('click', () => { turn(1); go(); });
    window.addEventListener('popstate', () => { read(); load(); });
    document.addEventListener('marsad:lang', load);
    load();
    return go;
  }

  function init() {
    const toggle = document.getElementById('lang-toggle');
    if (toggle) {
      toggle.addEventListener('click', () => {
        localStorage.setItem(LANG_KEY, lang() === 'ar' ? 'en' : 'ar');
        applyLang();
        document.dispatchEvent(new CustomEvent('marsad:lang'));
      });
    }
    applyLang();
  }

  document.addEventListener('DOMContentLoaded', init);
  return { t, lang, el, clear, api, showError, snippetNodes, isoDate, fmtDate, fmtNumber, topicName, param, link, textDir, listInAddress, token, setToken, safeHref };
})();
