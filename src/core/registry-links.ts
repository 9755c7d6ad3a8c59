import { safeHref } from './safe-url.js';
import type { TrialConfig } from './schema.js';
import type { Translate } from '../i18n/translate.js';

/** The public listings of a study (ClinicalTrials.gov, EU CTR, ISRCTN, its own page): `[href, link text]`. */
export function registryLinks(registry: TrialConfig['registry'], t: Translate): [href: string, text: string][] {
  if (!registry) return [];
  const links: [string, string][] = [];
  if (registry.nctId) links.push([`https://clinicaltrials.gov/study/${registry.nctId}`, t('card.registry.nct', { id: registry.nctId })]);
  if (registry.euCtNumber) {
    links.push([
      `https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=${encodeURIComponent(registry.euCtNumber)}`,
      t('card.registry.euct', { id: registry.euCtNumber }),
    ]);
  }
  if (registry.isrctn) {
    const id = registry.isrctn.startsWith('ISRCTN') ? registry.isrctn : `ISRCTN${registry.isrctn}`;
    links.push([`https://www.isrctn.com/${id}`, t('card.registry.isrctn', { id })]);
  }
  const own = safeHref(registry.url);
  if (own && !links.some(([href]) => href === own)) links.push([own, t('card.registry.url')]);
  return links;
}
