/**
 * The card's "What the study found": results in plain words, when they were posted and a link, or
 * that they are not out yet. A chunk of its own: only finished studies and studies with findings
 * need it, and the card waits for it (a few ms, once) before it renders one, so nothing shifts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatIsoDate, publishedFindings, resultsPending } from '../../core/findings.js';
import type { LocalizedText } from '../../core/localize.js';
import type { TrialConfig } from '../../core/schema.js';
import type { Translate } from '../../i18n/translate.js';

export interface FindingsHost {
  readonly t: Translate;
  readonly language: string;
  text(value: LocalizedText | undefined, options?: { glossary?: string }): unknown;
  /** The card's section frame (heading and part). */
  section(title: string, body: unknown): TemplateResult;
  /** The sign-up form, once loaded, when the config offers one. */
  readonly form?: { render(): unknown } | undefined;
}

export function renderFindings(config: TrialConfig, host: FindingsHost): TemplateResult | typeof nothing {
  const shown = publishedFindings(config);
  const pending = resultsPending(config);
  if (!shown && !pending) return nothing;
  const { t, form } = host;
  return host.section(
    t('card.heading.findings'),
    html`${shown?.summary ? html`<p part="findings-summary">${host.text(shown.summary, { glossary: 'findings' })}</p>` : nothing}
      ${shown?.postedOn ? html`<p class="muted">${t('card.findings.posted', { date: formatIsoDate(shown.postedOn, host.language) })}</p>` : nothing}
      ${
        shown?.url
          ? html`<p>
            <a href=${shown.url} part="findings-link" target="_blank" rel="noopener noreferrer"
              >${t('card.findings.link')}<span class="visually-hidden"> ${t('common.newTab')}</span></a
            >
          </p>`
          : nothing
      }
      ${shown ? nothing : html`<p>${t('card.findings.pending')}</p>`} ${form ? form.render() : nothing}`,
  );
}
