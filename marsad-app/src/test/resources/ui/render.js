/*
 * TEST ONLY: runs the UI's page scripts under Node with a minimal DOM that has no HTML parser at
 * all (innerHTML and friends throw), then prints the resulting DOM as JSON.
 * Usage: node render.js WEB_DIR PAGE_SCRIPT URL_QUERY FIXTURES.json ROOT_IDS(comma-separated) [CLICK_IDS(comma-separated)]
 * A fixture is {status, body, headers} by path prefix; {network: true} makes fetch fail as a browser
 * does when the server is down, and a fixture without a body answers something that is not JSON.
 * The output also has __fetched (every URL asked for), __pushed and __replaced (history.pushState and
 * replaceState addresses);
 * CLICK_IDS are clicked one after another once the page has loaded.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [webDir, page, query, fixturesFile, rootIds, clickIds] = process.argv.slice(2);
const fetched = [];
const pushed = [];
const replaced = [];
const fixtures = JSON.parse(fs.readFileSync(fixturesFile, 'utf8'));
const registry = new Map();
const kebab = s => s.replace(/[A-Z]/g, c => '-' + c.toLowerCase());
const htmlSink = name => () => { throw new Error('HTML sink used: ' + name); };

class Node {
  constructor() { this.childNodes = []; this.parentNode = null; }
  get firstChild() { return this.childNodes[0] || null; }
  _add(n, front) {
    if (n.parentNode) n.parentNode.removeChild(n);
    n.parentNode = this;
    if (front) this.childNodes.unshift(n); else this.childNodes.push(n);
  }
  _nodes(items) {
    const out = [];
    for (const i of items) {
      const n = typeof i === 'string' ? new Text(i) : i;
      if (!(n instanceof Node)) throw new Error('not a node: ' + i);
      if (n instanceof DocumentFragment) out.push(...n.childNodes.splice(0)); else out.push(n);
    }
    return out;
  }
  append(...items) { for (const n of this._nodes(items)) this._add(n, false); }
  appendChild(n) { this.append(n); return n; }
  prepend(...items) { for (const n of this._nodes(items).reverse()) this._add(n, true); }
  removeChild(n) { const i = this.childNodes.indexOf(n); if (i >= 0) { this.childNodes.splice(i, 1); n.parentNode = null; } return n; }
  get textContent() { return this.childNodes.map(c => c.textContent).join(''); }
  set textContent(v) { this.childNodes = []; if (v !== '' && v !== null) this._add(new Text(String(v))); }
}
class Text extends Node {
  constructor(d) { super(); this.data = String(d); }
  get textContent() { return this.data; }
  set textContent(v) { this.data = String(v); }
}
class DocumentFragment extends Node {}
class Element extends Node {
  constructor(tag) {
    super();
    this.tagName = tag.toLowerCase();
    this.attributes = new Map();
    this.listeners = {};
    this.style = {};
    this.hidden = false; this.disabled = false; this.checked = false; this.value = ''; this.placeholder = '';
    const self = this;
    this.dataset = new Proxy({}, {
      get: (t, k) => self.getAttribute('data-' + kebab(String(k))) ?? undefined,
      set: (t, k, v) => { self.setAttribute('data-' + kebab(String(k)), v); return true; },
    });
  }
  setAttribute(k, v) {
    if (/^on/i.test(k)) throw new Error('event-handler attribute set: ' + k);
    this.attributes.set(k, String(v));
    if (k === 'id') registry.set(String(v), this);
  }
  getAttribute(k) { return this.attributes.has(k) ? this.attributes.get(k) : null; }
  set className(v) { this.setAttribute('class', v); }
  get className() { return this.getAttribute('class') || ''; }
  addEventListener(type, f) { (this.listeners[type] ||= []).push(f); }
  setCustomValidity(m) { this.validationMessage = m; } // the date fields (search.js)
  reportValidity() { return !this.validationMessage; }
  querySelectorAll() { return []; }
  reset() {}
}
for (const sink of ['innerHTML', 'outerHTML']) Object.defineProperty(Element.prototype, sink, { get: htmlSink(sink), set: htmlSink(sink) });
Element.prototype.insertAdjacentHTML = htmlSink('insertAdjacentHTML');

const docListeners = {};
const document = {
  documentElement: new Element('html'),
  title: '',
  createElement: t => new Element(t),
  createElementNS: (ns, t) => new Element(t),
  createTextNode: d => new Text(d),
  createDocumentFragment: () => new DocumentFragment(),
  getElementById: id => registry.get(id) || null,
  querySelectorAll: () => [],
  addEventListener: (type, f) => { (docListeners[type] ||= []).push(f); },
  dispatchEvent: ev => { (docListeners[ev.type] || []).forEach(f => f(ev)); },
  write: htmlSink('document.write'),
};
const storage = new Map();
Object.assign(globalThis, {
  window: globalThis, document, Node, Text, Element, DocumentFragment,
  location: { search: query, href: 'http://127.0.0.1:7070/' + page + '.html' + query },
  history: { pushState(state, title, url) { pushed.push(url); location.search = url; }, replaceState(state, title, url) { replaced.push(url); location.search = url; } },
  localStorage: { getItem: k => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, String(v)), removeItem: k => storage.delete(k) },
  CustomEvent: class { constructor(type) { this.type = type; } },
  EventSource: class { addEventListener() {} close() {} },
  setInterval: () => 0,
  addEventListener: () => {},
  fetch: async url => {
    fetched.push(url);
    const key = Object.keys(fixtures).find(prefix => url.startsWith(prefix));
    const f = key ? fixtures[key] : { status: 404, body: { detail: 'no fixture for ' + url } };
    if (f.network) throw new TypeError('Failed to fetch');
    const headers = f.headers || {};
    const json = async () => { if (f.body === undefined) throw new SyntaxError('Unexpected token < in JSON'); return f.body; };
    return { status: f.status, ok: f.status < 400, headers: { get: name => headers[name] ?? null }, json };
  },
});
for (const id of rootIds.split(',')) new Element('div').setAttribute('id', id);
for (const file of ['js/marsad.js', 'js/charts.js', 'js/' + page + '.js']) {
  vm.runInThisContext(fs.readFileSync(path.join(webDir, file), 'utf8'), { filename: file });
}
document.dispatchEvent({ type: 'DOMContentLoaded' });

const ser = n => n instanceof Text ? n.data : { tag: n.tagName, attrs: Object.fromEntries(n.attributes), hidden: n.hidden, disabled: n.disabled, children: n.childNodes.map(ser) };
const clicks = clickIds ? clickIds.split(',') : [];
clicks.forEach((id, i) => setTimeout(() => (registry.get(id).listeners.click || []).forEach(f => f({ preventDefault() {} })), 100 * (i + 1)));
setTimeout(() => {
  const out = { __fetched: fetched, __pushed: pushed, __replaced: replaced };
  for (const id of rootIds.split(',')) out[id] = ser(registry.get(id));
  process.stdout.write(JSON.stringify(out));
}, 200 + 100 * clicks.length);
