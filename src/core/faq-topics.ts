/**
 * The transparency FAQ's content: the questions every study should answer up front, built in plain
 * words from the config's structured fields, with the config's own `faq` items merged in. The
 * questions and their order are faq-outline.ts (what a collapsed FAQ needs); this adds the
 * answers. Pure: the translator is passed in, so the same function serves every language in the catalog.
 */
import { registryLinks } from './registry-links.js';
import type { Translate } from '../i18n/translate.js';
import { formatIsoDate, resolveTextWithLang, type LocalizedText } from './localize.js';
import { safeHref } from './safe-url.js';
import type { TrialConfig } from './schema.js';
import { publishedFindings } from './findings.js';
import { faqOutline, type FaqBlock, type FaqEntry, type FaqItem, type FaqOptions, type FaqText, type FaqTopicId } from './faq-outline.js';

export * from './faq-outline.js';

/**
 * The answer to one question of `faqOutline(config, …)`: a standard topic from the config's
 * fields (or, when it is `missing`, what is always true and the contact), a config item's own answer.
 */
export function faqAnswer(config: TrialConfig, entry: FaqEntry, { lang, t }: Pick<FaqOptions, 'lang' | 't'>): FaqBlock[] {
  const text = (value: LocalizedText | undefined) => resolveTextWithLang(value, lang, config.defaultLocale);
  const p = (value: FaqText | string): FaqBlock => ({ kind: 'p', ...(typeof value === 'string' ? { text: value } : value) });
  if (entry.own) return [p(text(entry.own.answer))];
  const id = entry.id as FaqTopicId;
  if (entry.missing) return [p(t('faq.missing')), ...(id === 'placebo' ? [p(t('faq.a.placeboMeans'))] : []), p(t('faq.ask')), { kind: 'contact' }];
  const part = config.participation ?? {};
  /** An answer from one optional text field, with what is always true said after it. */
  const field = (value: LocalizedText | undefined, ...always: string[]) => [p(text(value)), ...always.map(p)];

  // Each is called only when topicHasAnswer (faq-outline.ts) says the config has its data.
  const answers: Record<FaqTopicId, () => FaqBlock[]> = {
    sponsor: () => {
      const { sponsor, funding } = config;
      const site = safeHref(sponsor?.url);
      const name = text(sponsor?.name).text;
      return [
        ...(sponsor ? [p(t('faq.a.sponsor', { name }))] : []),
        p(funding ? text(funding) : t('faq.a.noFunding')),
        ...(site ? [{ kind: 'links', items: [[site, t('faq.a.sponsorSite', { name })]] } as FaqBlock] : []),
      ];
    },
    approval: () => {
      const oversight = config.oversight!;
      return [
        p(t('faq.a.approval', { board: text(oversight.board).text })),
        ...(oversight.approvalId ? [p(t('faq.a.approvalId', { id: oversight.approvalId }))] : []),
        ...(oversight.approvedOn ? [p(t('faq.a.approvedOn', { date: formatIsoDate(oversight.approvedOn, lang) }))] : []),
        p(t('faq.a.approvalMeans')),
      ];
    },
    participation: () => {
      const items: [string, FaqText][] = [];
      if (part.duration) items.push([t('card.participation.duration'), text(part.duration)]);
      if (part.visits) items.push([t('card.participation.visits'), text(part.visits)]);
      if (part.remote !== undefined)
        items.push([t('card.participation.remote'), { text: t(part.remote ? 'card.participation.remote.yes' : 'card.participation.remote.no') }]);
      return [{ kind: 'facts', items }];
    },
    placebo: () => field(part.placebo, t('faq.a.placeboMeans')),
    payment: () => field(part.compensation),
    costs: () => field(part.costs),
    risks: () => field(part.risks, t('faq.a.risksAsk')),
    stopping: () => [p(t('faq.a.stopping')), p(t('faq.a.stoppingTell'))],
    data: () => field(part.data),
    results: () => findingsAnswer(config, text, t, lang) ?? field(part.results),
    registry: () => [p(t('faq.a.registry')), { kind: 'links', items: registryLinks(config.registry, t) }],
  };
  return answers[id]();
}

/** The whole FAQ for a config: `faqOutline`'s questions, each with its `faqAnswer`. */
export function buildFaq(config: TrialConfig, options: FaqOptions): FaqItem[] {
  return faqOutline(config, options).map((entry) => ({ ...entry, answer: faqAnswer(config, entry, options) }));
}

/** The results topic from `findings`: what the study found, when it was posted, and the full results. */
function findingsAnswer(config: TrialConfig, text: (value: LocalizedText | undefined) => FaqText, t: Translate, lang: string): FaqBlock[] | undefined {
  const shown = publishedFindings(config);
  if (!shown) return undefined;
  const blocks: FaqBlock[] = [];
  if (shown.summary) blocks.push({ kind: 'p', ...text(shown.summary) });
  if (shown.postedOn) blocks.push({ kind: 'p', text: t('card.findings.posted', { date: formatIsoDate(shown.postedOn, lang) }) });
  if (shown.url) blocks.push({ kind: 'links', items: [[shown.url, t('card.findings.link')]] });
  return blocks;
}
