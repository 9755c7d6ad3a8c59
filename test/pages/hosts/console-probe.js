// Records console warnings and errors, and uncaught errors, for the test that reads them.
window.__probe = { warnings: [], errors: [], uncaught: [] };
const { warn, error } = console;
console.warn = (...args) => {
  window.__probe.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
console.error = (...args) => {
  window.__probe.errors.push(args.map(String).join(' '));
  error.apply(console, args);
};
window.addEventListener('error', (event) => window.__probe.uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__probe.uncaught.push(String(event.reason)));
