// Records every Content-Security-Policy violation on this page (a classic script, so it runs
// before the module bundle), and reports the count on the page once it has settled.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
window.addEventListener('load', () => {
  setTimeout(() => {
    const report = document.getElementById('csp-report');
    const count = window.__cspViolations.length;
    report.textContent = count === 0 ? 'No policy violations.' : `${count} policy violation(s): ${JSON.stringify(window.__cspViolations)}`;
    report.classList.toggle('bad', count > 0);
  }, 1500);
});
