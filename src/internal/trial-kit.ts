import type { TemplateResult } from 'lit';
import type { LocalizedText } from '../core/localize.js';
import type { TrialConfig } from '../core/schema.js';
import type { Translate } from '../i18n/translate.js';
import type { TrialEventDetails, TrialEventName } from './events.js';

/**
 * What every lazily loaded chunk (the pre-screener flow, the referral form, the share actions and their
 * panels) receives from its element: the config and locale controllers' helpers in one typed
 * object, the same for every chunk. A chunk that needs a few things of its own (a heading level,
 * a panel's close) gets them on top with `kit.with(…)`.
 */
export interface TrialKit {
  /** Built-in strings in the reader's language. */
  readonly t: Translate;
  /** The reader's language tag. */
  readonly language: string;
  /** Config text, marked with its language when it falls back (see LocaleController). */
  text(value: LocalizedText | undefined, options?: { glossary?: string }): TemplateResult | string;
  /** Config text as a plain string. */
  plain(value: LocalizedText | undefined): string;
  /** The ready config, if there is one. */
  readonly trialConfig: TrialConfig | undefined;
  /** Attribution code of the embedding site (the element's `ref`, else its study's). */
  readonly ref: string | undefined;
  /** The element's shadow root. */
  readonly root: ShadowRoot;
  /** Dispatches a trialkit event from the element. */
  emit<Name extends TrialEventName>(name: Name, detail: TrialEventDetails[Name]): void;
  /** Re-renders the element; then focuses the element in its shadow root that matches `focus`, if given. */
  changed(focus?: string): void;
  /** Resolves when the element has rendered. */
  readonly updateComplete: Promise<boolean>;
  /** This kit with a chunk's own extras on top (getters stay live: they are copied as getters). */
  with<Extras extends object>(extras: Extras): this & Extras;
}
