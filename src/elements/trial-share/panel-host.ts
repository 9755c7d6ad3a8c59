import type { CSSResult, TemplateResult } from 'lit';
import type { ShareContent } from '../../core/share-links.js';
import type { Translate } from '../../i18n/translate.js';

/**
 * What <trial-share> hands to its on-demand panels (the QR code and the Mastodon form), so those
 * can live in chunks that load only when someone opens them.
 */
export interface PanelHost {
  t: Translate;
  /** The reader's language. */
  lang: string;
  /** The trial id (file names). */
  id: string;
  /** The study title as plain text, and as rendered text (marked with its language). */
  title: string;
  titleText: TemplateResult | string;
  /** The link to share from `source`, with attribution unless it is off. */
  link(source: string, medium?: string): string;
  /** What is shared, for a network. */
  content(source: string): ShareContent;
  /** Dispatches `trial-share`. */
  shared(network: string): void;
  /** Closes the panel and moves focus back to the button that opened it. */
  close(): void;
  /** Re-renders the element (a panel's own state changed). */
  update(): void;
  /** The element's shadow root. */
  root: ShadowRoot;
  /** `mastodon-servers` and `remember-instance`. */
  servers?: string[];
  remember: boolean;
}

/** What an on-demand panel module exports. */
export interface PanelModule {
  render(host: PanelHost): TemplateResult;
  /** Called once the panel is open and rendered (moves focus into it). */
  opened(host: PanelHost): void;
  styles: CSSResult[];
}
