// Runs before trialkit: records every way the page could send or store anything, so the privacy
// test can fail on one request to another origin or one write to cookies or storage.
window.__privacy = { requests: [], writes: [] };
const record = (kind, url) => window.__privacy.requests.push({ kind, url: String(url) });
const originalFetch = window.fetch;
window.fetch = function (input, init) {
  record('fetch', input instanceof Request ? input.url : new URL(input, location.href).href);
  return originalFetch.call(this, input, init);
};
const originalOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  record('xhr', new URL(url, location.href).href);
  return originalOpen.call(this, method, url, ...rest);
};
const originalBeacon = navigator.sendBeacon?.bind(navigator);
if (originalBeacon) navigator.sendBeacon = (url, data) => (record('beacon', new URL(url, location.href).href), originalBeacon(url, data));
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
Object.defineProperty(document, 'cookie', {
  get: () => cookie.get.call(document),
  set: (value) => {
    window.__privacy.writes.push({ kind: 'cookie', value: String(value).split('=')[0] });
    cookie.set.call(document, value);
  },
});
for (const [name, storage] of [
  ['localStorage', window.localStorage],
  ['sessionStorage', window.sessionStorage],
]) {
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    window.__privacy.writes.push({ kind: name, key });
    setItem(key, value);
  };
}
const openDb = indexedDB.open.bind(indexedDB);
indexedDB.open = (name, version) => {
  window.__privacy.writes.push({ kind: 'indexedDB', key: name });
  return openDb(name, version);
};
window.open = (
  (open) =>
  (url, ...rest) => (record('window.open', url), open(url, ...rest))
)(window.open);
