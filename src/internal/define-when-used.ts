/**
 * The script-tag bundle defines <trial-study> and <trial-card> itself (a task or two after it is
 * evaluated), and every other element only when a page uses it: its code is a chunk beside the
 * bundle, fetched from the same place the first time the tag appears in the document. Elements already in the page upgrade when their definition
 * arrives (properties set before then are kept by lit), so a page pays only for what it shows.
 */
type Loader = () => Promise<unknown>;

export function defineWhenUsed(loaders: Record<string, Loader>): void {
  if (typeof document === 'undefined') return;
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    loader().catch((error: unknown) => {
      // For example, dist/chunks/ was not uploaded next to trialkit.js.
      console.error(`trialkit: <${tag}> could not be loaded (${String(error)}). Upload the whole dist/ folder, chunks/ included.`);
    });
  };
  const scan = (root: ParentNode | Element) => {
    for (const tag of [...pending.keys()]) {
      if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag);
    }
  };
  scan(document);
  if (!pending.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
    if (!pending.size) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A tag created in script but not yet attached is defined on first attach (above); this also
  // covers markup that is still being parsed when the bundle runs.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan(document), { once: true });
}
