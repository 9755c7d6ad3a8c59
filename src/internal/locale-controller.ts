import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hasRightToLeftLetters, isRightToLeft, LANG_TAG, resolveTextWithLang, sameLanguage, type LocalizedText } from '../core/localize.js';
import { carriesRewriteMarker } from '../core/rewrite-marker.js';
import type { TrialConfig } from '../core/schema.js';
import { createTranslator, isLanguageReady, loadLanguage, uiLanguage, type Translate } from '../i18n/translate.js';
import type { UiLanguage } from '../i18n/languages.js';
import { serverRender } from './server-render.js';
import { watchLanguage } from './watch-language.js';

/** How `text()` treats one text. */
export interface TextOptions {
  /** Explain clinical terms in it, first use per section of this name. */
  glossary?: string;
  /** The text is known to be the config's own (a place's name): a plain string is then in its default language. */
  own?: boolean;
}

export interface LocaleOptions {
  /** The config whose texts `text()` and `plain()` resolve (its `defaultLocale`). */
  config(): TrialConfig | undefined;
  /** Explains clinical terms in a text in place (elements that have a glossary). */
  glossary?(text: string, lang: string, section: string): TemplateResult | string;
}

/** What (part of) a config is written in: every language tag of its texts, and every plain string (in its default language). */
interface ConfigLanguages {
  tags: string[];
  strings: Set<string>;
}

/** The config without its places, and its places: apart, so a card's first screen never walks 1,148 places. */
const languagesOf = new WeakMap<TrialConfig, ConfigLanguages>();
const placeLanguagesOf = new WeakMap<TrialConfig, ConfigLanguages>();

/** Keys of config objects whose values are all strings but that are not texts (`logo: { src, alt }`). */
const NOT_LANGUAGES = new Set(['id', 'src', 'url', 'alt']);

/** Whether an object is a LocalizedText: every value a string, every key a language tag (not `src`, `alt`…). */
function isLocalizedText(value: Record<string, unknown>): boolean {
  let any = false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (typeof value[key] !== 'string' || NOT_LANGUAGES.has(key) || !LANG_TAG.test(key)) return false;
    any = true;
  }
  return any;
}

// A plain loop with no arrays made per object: a 1,148-place config has some 20,000 values.
function languagesIn(value: unknown, defaultLocale: string | undefined, skipPlaces: boolean): ConfigLanguages {
  const tags = new Set<string>();
  const strings = new Set<string>();
  const walk = (value: unknown, top: boolean): void => {
    if (typeof value === 'string') strings.add(value);
    else if (!value || typeof value !== 'object') return;
    else if (Array.isArray(value)) for (const item of value) walk(item, false);
    else if (isLocalizedText(value as Record<string, unknown>)) for (const key in value) tags.add(key);
    else for (const key in value) if (Object.hasOwn(value, key) && !(top && skipPlaces && key === 'locations')) walk((value as Record<string, unknown>)[key], false);
  };
  walk(value, true);
  if (strings.size) tags.add(defaultLocale ?? 'en');
  return { tags: [...tags], strings };
}

/** The config's languages and plain strings, its places left out (see `placeLanguages`). */
function configLanguages(config: TrialConfig): ConfigLanguages {
  let found = languagesOf.get(config);
  if (!found) languagesOf.set(config, (found = languagesIn(config, config.defaultLocale, true)));
  return found;
}

/** Every language tag the config's texts are written in. */
export function configTextLanguages(config: TrialConfig): readonly string[] {
  return configLanguages(config).tags;
}

/** The languages and plain strings of the config's places, walked only when a text is not found without them. */
function placeLanguages(config: TrialConfig): ConfigLanguages {
  let found = placeLanguagesOf.get(config);
  if (!found) placeLanguagesOf.set(config, (found = languagesIn(config.locations ?? [], config.defaultLocale, false)));
  return found;
}

/** Whether any text of the config is in `lang`'s language. */
const configHasLanguage = (config: TrialConfig, lang: string) =>
  configLanguages(config).tags.some((tag) => sameLanguage(tag, lang)) || placeLanguages(config).tags.some((tag) => sameLanguage(tag, lang));

/**
 * The reader's language for one element, as Shoelace's LocalizeController does it: read from the
 * nearest `lang` (followed when any `lang` changes), built-in strings (`t`) loaded before the
 * element renders, and config texts (`text`, `plain`) resolved with their own `lang` and `dir`.
 */
export class LocaleController implements ReactiveController {
  /**
   * The language config texts fell back to in the current render, when the config has no text
   * at all in the reader's language (the element then says so once, near its top).
   */
  fallbackLanguage?: string;

  private cachedLanguage?: string;
  private stopWatching?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LocaleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.cachedLanguage = undefined;
    this.stopWatching = watchLanguage(() => {
      this.cachedLanguage = undefined;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  /** The reader's language: the element's `lang`, else the nearest ancestor's (across shadow roots), else English. */
  get language(): string {
    // Remembered between lang changes (a render asks dozens of times); forgotten when any lang
    // attribute in the document changes and when the element is attached somewhere else.
    if (this.cachedLanguage) return this.cachedLanguage;
    // Lit's server renderer has no tree to walk: trialkit/render gives the study's `lang`.
    if (isServer) return this.host.getAttribute('lang') || serverRender()?.lang || 'en';
    const connected = this.host.isConnected;
    let node: Node | null = this.host;
    while (node) {
      if (node instanceof Element) {
        const lang = node.getAttribute('lang');
        if (lang) return connected ? (this.cachedLanguage = lang) : lang;
      }
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return connected ? (this.cachedLanguage = 'en') : 'en';
  }

  /** The language of the built-in strings: the reader's, or English when trialkit has no catalog for it. */
  get ui(): UiLanguage {
    return uiLanguage(this.language);
  }

  /** True once the built-in strings can be used (an element waits for them rather than flash English first). */
  get ready(): boolean {
    return isLanguageReady(this.ui);
  }

  /** Loads the built-in strings (a few ms, once per language). */
  load(): Promise<void> {
    return loadLanguage(this.ui);
  }

  /** Translator for built-in strings, in the reader's language. */
  get t(): Translate {
    return createTranslator(this.language);
  }

  /**
   * Config text in the reader's language, marked with `lang` (and `dir` when its direction differs)
   * when it falls back to another language. A text still marked for rewriting is replaced by a
   * short built-in sentence. With `{ glossary: section }`, clinical terms in it are explained in place.
   * `{ own: true }` says the text is the config's own (a place's name), so it need not be looked up.
   */
  text(value: LocalizedText | undefined, options?: TextOptions): TemplateResult | string {
    const config = this.options.config();
    const resolved = resolveTextWithLang(value, this.language, config?.defaultLocale);
    if (carriesRewriteMarker(resolved.text)) return this.t('common.draft');
    // Compared with the language the built-in text is in (the inner root's lang), which is English
    // when the reader's language has no catalog: a French text in that case is marked French.
    const ui = this.ui;
    const lang = resolved.lang ?? (typeof value === 'string' ? this.plainStringLanguage(value, config, options?.own) : undefined);
    const content = options?.glossary && this.options.glossary ? this.options.glossary(resolved.text, lang ?? this.language, options.glossary) : resolved.text;
    const rtl = isRightToLeft(ui);
    if (lang && resolved.text && !sameLanguage(lang, ui)) {
      if (config && !this.fallbackLanguage && !configHasLanguage(config, ui)) this.fallbackLanguage = lang;
      const ownRtl = isRightToLeft(lang);
      return html`<span lang=${lang} dir=${ownRtl === rtl ? nothing : ownRtl ? 'rtl' : 'ltr'}>${content}</span>`;
    }
    // A string of unknown language: let its first letter set its direction.
    if (!lang && resolved.text && (rtl || hasRightToLeftLetters(resolved.text))) return html`<span dir="auto">${content}</span>`;
    return content;
  }

  /** Config text as a plain string (for attributes such as `alt`, and for shared messages). */
  plain(value: LocalizedText | undefined): string {
    const text = resolveTextWithLang(value, this.language, this.options.config()?.defaultLocale).text;
    return carriesRewriteMarker(text) ? this.t('common.draft') : text;
  }

  /**
   * A plain string of the config is in its `defaultLocale` (English unless it says otherwise), as
   * the contract and the review packet read it, unless its letters say otherwise (an Arabic config
   * that forgot `defaultLocale`). Built-in strings reach `text()` too (the FAQ's answers): they are
   * not the config's, so their language stays unknown.
   */
  private plainStringLanguage(value: string, config: TrialConfig | undefined, own = false): string | undefined {
    if (!config || !(own || configLanguages(config).strings.has(value) || placeLanguages(config).strings.has(value))) return undefined;
    const assumed = config.defaultLocale ?? 'en';
    return isRightToLeft(assumed) || !hasRightToLeftLetters(value) ? assumed : undefined;
  }

  /** "This study's information is only in English.", in the reader's language, naming the language with Intl. */
  fallbackNotice(lang: string): string {
    let name = lang;
    try {
      name = new Intl.DisplayNames([this.ui], { type: 'language' }).of(lang) ?? lang;
    } catch {
      // An old browser or a malformed tag: the tag itself still says which language.
    }
    return this.t('common.onlyIn', { language: name });
  }
}
