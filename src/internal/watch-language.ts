/**
 * One MutationObserver for the whole document tells trialkit elements when any `lang` attribute
 * changes (their own, an ancestor's or <html>'s), so the reader's language can change at runtime.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchLanguage(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof document !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
