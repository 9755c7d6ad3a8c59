// Loaded first into a recipe page under test: records console errors and warnings, uncaught
// errors and Content-Security-Policy violations from the very start, for the test to read.
window.__recipeProbe = { errors: [], warnings: [], uncaught: [], cspViolations: [] };
const probe = window.__recipeProbe;
const { error, warn } = console;
console.error = (...args) => {
  probe.errors.push(args.map(String).join(' '));
  error.apply(console, args);
};
console.warn = (...args) => {
  probe.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};
window.addEventListener('error', (event) => probe.uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => probe.uncaught.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) => probe.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
