import { html, type TemplateResult } from 'lit';
import { resolveText, resolveTextWithLang } from '../../core/localize.js';
import type { TrialConfig } from '../../core/schema.js';
import { midSentence } from '../../core/sentence-case.js';
import type { Translate } from '../../i18n/translate.js';

/**
 * "Find other studies for … on ClinicalTrials.gov": offered when this study may not be right for
 * the person, and when it is not taking volunteers at all. A plain link: nothing is requested
 * until the person follows it.
 */
export function renderOtherStudies(config: TrialConfig, t: Translate, language: string): TemplateResult {
  const condition = config.conditions?.[0];
  // ClinicalTrials.gov searches in English, so the condition is given in English when the config has it.
  const search = condition ? resolveText(condition, 'en', config.defaultLocale) : '';
  const shown = condition ? resolveTextWithLang(condition, language, config.defaultLocale) : { text: '' };
  const href = `https://clinicaltrials.gov/search${search ? `?cond=${encodeURIComponent(search)}` : ''}`;
  const label = shown.text
    ? t('eligibility.unlikely.search', { condition: midSentence(shown.text, shown.lang ?? config.defaultLocale ?? 'en') })
    : t('eligibility.search.any');
  return html`<p>
    <a href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${t('common.newTab')}</span></a>
  </p>`;
}
