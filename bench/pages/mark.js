// Runs before the page's module scripts: the zero point for "script execution to first card painted".
window.__t0 = performance.now();
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });
