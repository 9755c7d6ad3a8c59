import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { findTerms, loadGlossary, mergeGlossary, type GlossaryTerm } from '../core/glossary.js';
import { resolveTextWithLang } from '../core/localize.js';
import { createTranslator } from '../i18n/translate.js';
import type { TrialElement } from './trial-element.js';

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

/** Built-in terms per base language: the list once loaded, the pending load before (shared by every element). */
const builtIn = new Map<string, GlossaryTerm[] | Promise<unknown>>();

const controllers = new WeakMap<TrialElement, GlossaryText>();

/**
 * Clinical terms explained in place, in any config text an element renders with
 * `this.text(value, { glossary: section })`: the first use of a term in each section becomes a
 * button (`aria-expanded`) that shows its plain definition after the sentence it sits in (never
 * inside it: the term keeps the punctuation that follows it on its line), in a live region so it
 * is announced; Escape on the term closes it. The config's `glossary` works at once; the built-in
 * terms arrive in a chunk per language after the first render, and the element renders again then.
 * `glossary="off"` on the element or its `<trial-study>` turns it off.
 */
export function glossaryText(host: TrialElement, text: string, lang: string, section: string): TemplateResult | string {
  // (Lit's server renderer gives elements no parent: trialkit/render reads only the element's own attribute.)
  if ((host.glossary ?? host.closest?.('trial-study')?.getAttribute('glossary'))?.toLowerCase() === 'off') return text;
  let controller = controllers.get(host);
  if (!controller) controllers.set(host, (controller = new GlossaryText(host)));
  return controller.render(text, base(lang), section);
}

/** Loads the built-in terms of a language once per page (a missing chunk leaves the config's terms working). */
function loadTerms(lang: string): GlossaryTerm[] | Promise<unknown> {
  if (!builtIn.has(lang)) {
    builtIn.set(
      lang,
      loadGlossary(lang)
        .catch(() => [])
        .then((terms) => builtIn.set(lang, terms)),
    );
  }
  return builtIn.get(lang)!;
}

/**
 * The built-in terms of these languages, loaded before a render that must already explain them:
 * trialkit/render's, and the browser's first render over its markup (which must match it).
 */
export function preloadTerms(langs: readonly string[]): Promise<unknown> {
  return Promise.all(langs.map((lang) => loadTerms(base(lang))));
}

/** True when the built-in terms of these languages are in. */
export function termsLoaded(langs: readonly string[]): boolean {
  return langs.every((lang) => Array.isArray(builtIn.get(base(lang))));
}

class GlossaryText implements ReactiveController {
  /** Open explanations and, per render, terms already explained, by `section␀term`: only a term's first use in a section is a button. */
  private open = new Set<string>();
  private seen = new Set<string>();
  /** Element ids of the explanations, by `section␀term`. */
  private ids = new Map<string, string>();
  private wanted = new Set<string>();
  /** Built-in plus config terms per language, kept while neither changes (so the compiled pattern is reused). */
  private merged = new Map<string, [builtIn: unknown, custom: unknown, terms: GlossaryTerm[]]>();

  constructor(private host: TrialElement) {
    host.addController(this);
  }

  hostUpdate() {
    this.seen.clear();
  }

  /** After a render that needed a language's built-in terms: load them (once per page) and render again. */
  hostUpdated() {
    for (const lang of this.wanted) void Promise.resolve(loadTerms(lang)).then(() => this.host.renderInTurn());
    this.wanted.clear();
  }

  private terms(lang: string): GlossaryTerm[] {
    const config = this.host.trialConfig;
    const loaded = builtIn.get(lang);
    if (!Array.isArray(loaded)) this.wanted.add(lang);
    const [cachedBuiltIn, cachedCustom, cached] = this.merged.get(lang) ?? [];
    if (cached && cachedBuiltIn === loaded && cachedCustom === config?.glossary) return cached;
    const own: GlossaryTerm[] = [];
    for (const entry of config?.glossary ?? []) {
      const term = resolveTextWithLang(entry.term, lang, config!.defaultLocale);
      // A term written for other languages only is not looked for in this one.
      if (!term.lang || base(term.lang) === lang) own.push({ term: term.text, definition: resolveTextWithLang(entry.definition, lang, config!.defaultLocale).text });
    }
    const terms = mergeGlossary(Array.isArray(loaded) ? loaded : [], own);
    this.merged.set(lang, [loaded, config?.glossary, terms]);
    return terms;
  }

  render(text: string, lang: string, section: string): TemplateResult | string {
    const parts: unknown[] = [];
    /** Explanations waiting for the end of their sentence, in order. */
    const notes: { at: number; note: TemplateResult }[] = [];
    let last = 0;
    const upTo = (at: number) => {
      // Text up to `at`, with every explanation whose sentence ends there or before.
      while (notes.length && notes[0]!.at <= at) {
        const { at: end, note } = notes.shift()!;
        const stop = Math.max(end, last);
        parts.push(text.slice(last, stop), note);
        last = stop;
      }
      if (at > last) parts.push(text.slice(last, at));
      last = Math.max(at, last);
    };
    const explain = createTranslator(this.host.language)('common.term.explain');
    for (const { start, end, term } of findTerms(text, this.terms(lang))) {
      const key = `${section}\u0000${term.term.toLowerCase()}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const id = this.ids.get(key) ?? `term-${this.ids.size}`;
      this.ids.set(key, id);
      const isOpen = this.open.has(key);
      const toggle = () => {
        if (!this.open.delete(key)) this.open.add(key);
        this.host.requestUpdate();
      };
      upTo(start);
      // The punctuation right after the term stays on its line ("placebo." never wraps before the dot).
      const after = end + (TRAILING.exec(text.slice(end))?.[0].length ?? 0);
      const button = html`<button type="button" class="term" part="term" aria-expanded=${isOpen} aria-controls=${id} title=${explain} @click=${toggle}
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && isOpen && (event.stopPropagation(), toggle())}>${text.slice(start, end)}</button>`;
      parts.push(after > end ? html`<span class="term-group">${button}${text.slice(end, after)}</span>` : button);
      last = after;
      // The explanation follows the sentence, never splits it; the live region is there, empty, before it is opened.
      notes.push({
        at: Math.max(sentenceEnd(text, end), after),
        note: html`<span id=${id} class="term-definition" part="term-definition" aria-live="polite">${isOpen ? term.definition : nothing}</span>`,
      });
    }
    if (!parts.length) return text;
    upTo(text.length);
    return html`${parts}`;
  }
}

/** Punctuation that belongs to the word before it: full stops, commas, closing quotes and brackets, in any script. */
const TRAILING = /^[.,;:!?…)\]}"'”’»›。，、；：！？）」』】،؛؟۔]+/u;

/** Where the sentence holding `from` ends: after its closing punctuation (and any closing quote or bracket), else at the end of the text. */
function sentenceEnd(text: string, from: number): number {
  const end = /[.!?…。！？؟۔]+[)\]}"'”’»›」』】]*(?=\s|$)|[。！？]/gu;
  end.lastIndex = from;
  const found = end.exec(text);
  return found ? found.index + found[0].length : text.length;
}
