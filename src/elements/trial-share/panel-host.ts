import type { CSSResult, TemplateResult } from 'lit';
import type { ShareContent } from '../../core/share-links.js';
import type { TrialKit } from '../../internal/trial-kit.js';

/**
 * What <trial-share> hands to its on-demand panels (the QR code and the Mastodon form), so those
 * can live in chunks that load only when someone opens them: the element's kit, and the panel's own.
 */
export type PanelHost = TrialKit & {
  /** The trial id (file names). */
  readonly id: string;
  /** The study title as plain text, and as rendered text (marked with its language). */
  readonly title: string;
  readonly titleText: TemplateResult | string;
  /** The link to share from `source`, with attribution unless it is off. */
  link(source: string, medium?: string): string;
  /** What is shared, for a network. */
  content(source: string): ShareContent;
  /** Dispatches `trial-share`. */
  shared(network: string): void;
  /** Closes the panel and moves focus back to the button that opened it. */
  close(): void;
  /** `mastodon-servers` and `remember-instance`. */
  readonly servers?: string[];
  readonly remember: boolean;
};

/** What an on-demand panel module exports. */
export interface PanelModule {
  render(host: PanelHost): TemplateResult;
  /** Called once the panel is open and rendered (moves focus into it). */
  opened(host: PanelHost): void;
  styles: CSSResult[];
}
