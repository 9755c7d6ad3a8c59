/**
 * The transparency FAQ's content: the questions every study should answer up front, built in plain
 * words from the config's structured fields, with the config's own `faq` items merged in. Pure: the
 * translator is passed in, so the same function serves every language in the catalog.
 */
import { registryLinks } from './registry-links.js';
import type { Translate } from '../i18n/translate.js';
import { formatIsoDate, resolveTextWithLang, type LocalizedText, type ResolvedText } from './localize.js';
import { safeHref } from './safe-url.js';
import type { TrialConfig } from './schema.js';
import { publishedFindings } from './findings.js';

/** The standard topics, in the order they are shown. Their ids are stable: deep links use them. */
export const FAQ_TOPICS = ['sponsor', 'approval', 'participation', 'placebo', 'payment', 'costs', 'risks', 'stopping', 'data', 'results', 'registry'] as const;
export type FaqTopicId = (typeof FAQ_TOPICS)[number];

/** Config text keeps its language (`{ text, lang }`), so the element can mark a fallback with `lang`. */
export type FaqText = ResolvedText;

/** One piece of an answer. `contact` stands for the study's contact actions. */
export type FaqBlock =
  | ({ kind: 'p' } & FaqText)
  | { kind: 'facts'; items: [label: string, value: FaqText][] }
  | { kind: 'links'; items: [href: string, text: string][] }
  | { kind: 'contact' };

export interface FaqItem {
  /** A standard topic id, or the config item's own id. */
  id: string;
  question: FaqText;
  answer: FaqBlock[];
  /** True for a standard topic the config has no data for (the answer says so honestly). */
  missing?: boolean;
  /** For a config item: the standard topic it follows. */
  topic?: string;
}

export interface FaqOptions {
  /** The reader's language tag. */
  lang: string;
  /** Built-in strings in that language. */
  t: Translate;
  /** Leave out standard topics the config has no data for. */
  hideMissing?: boolean;
}

/**
 * The FAQ for a config: the standard topics in their order, each followed by the config items
 * whose `topic` names it, then the other config items in config order. A config item whose `id` is
 * a standard topic id replaces that topic. A standard topic with no data says so and offers the
 * contact, unless a config item answers it (then the item takes its place) or `hideMissing` is set.
 */
export function buildFaq(config: TrialConfig, { lang, t, hideMissing }: FaqOptions): FaqItem[] {
  const text = (value: LocalizedText | undefined) => resolveTextWithLang(value, lang, config.defaultLocale);
  const p = (value: FaqText | string): FaqBlock => ({ kind: 'p', ...(typeof value === 'string' ? { text: value } : value) });
  const part = config.participation ?? {};
  /** An answer from one optional text field, with what is always true said after it. */
  const field = (value: LocalizedText | undefined, ...always: string[]) => (value ? [p(text(value)), ...always.map(p)] : undefined);

  const custom: FaqItem[] = [];
  const seen = new Set<string>();
  for (const entry of config.faq ?? []) {
    // Ids stay unique (deep links, aria ids) even if a config repeats one.
    let id = entry.id;
    for (let n = 2; seen.has(id); n++) id = `${entry.id}-${n}`;
    seen.add(id);
    custom.push({ id, question: text(entry.question), answer: [p(text(entry.answer))], topic: entry.topic });
  }

  const answers: Record<FaqTopicId, () => FaqBlock[] | undefined> = {
    sponsor: () => {
      const { sponsor, funding } = config;
      if (!sponsor && !funding) return undefined;
      const site = safeHref(sponsor?.url);
      const name = text(sponsor?.name).text;
      return [
        ...(sponsor ? [p(t('faq.a.sponsor', { name }))] : []),
        p(funding ? text(funding) : t('faq.a.noFunding')),
        ...(site ? [{ kind: 'links', items: [[site, t('faq.a.sponsorSite', { name })]] } as FaqBlock] : []),
      ];
    },
    approval: () => {
      const oversight = config.oversight;
      return (
        oversight && [
          p(t('faq.a.approval', { board: text(oversight.board).text })),
          ...(oversight.approvalId ? [p(t('faq.a.approvalId', { id: oversight.approvalId }))] : []),
          ...(oversight.approvedOn ? [p(t('faq.a.approvedOn', { date: formatIsoDate(oversight.approvedOn, lang) }))] : []),
          p(t('faq.a.approvalMeans')),
        ]
      );
    },
    participation: () => {
      const items: [string, FaqText][] = [];
      if (part.duration) items.push([t('card.participation.duration'), text(part.duration)]);
      if (part.visits) items.push([t('card.participation.visits'), text(part.visits)]);
      if (part.remote !== undefined)
        items.push([t('card.participation.remote'), { text: t(part.remote ? 'card.participation.remote.yes' : 'card.participation.remote.no') }]);
      return items.length ? [{ kind: 'facts', items }] : undefined;
    },
    placebo: () => field(part.placebo, t('faq.a.placeboMeans')),
    payment: () => field(part.compensation),
    costs: () => field(part.costs),
    risks: () => field(part.risks, t('faq.a.risksAsk')),
    stopping: () => [p(t('faq.a.stopping')), p(t('faq.a.stoppingTell'))],
    data: () => field(part.data),
    results: () => findingsAnswer(config, text, t, lang) ?? field(part.results),
    registry: () => {
      const items = registryLinks(config.registry, t);
      return items.length ? [p(t('faq.a.registry')), { kind: 'links', items }] : undefined;
    },
  };

  const items: FaqItem[] = [];
  for (const id of FAQ_TOPICS) {
    const followers = custom.filter((item) => item.topic === id && item.id !== id);
    const question = { text: t(`faq.q.${id}`) };
    const answer = answers[id]();
    const replacement = custom.find((item) => item.id === id);
    if (replacement) items.push(replacement);
    else if (answer) items.push({ id, question, answer });
    // A config item about a topic with no data answers it better than "not published yet".
    else if (!hideMissing && !followers.length) {
      const missing = [p(t('faq.missing')), ...(id === 'placebo' ? [p(t('faq.a.placeboMeans'))] : []), p(t('faq.ask')), { kind: 'contact' } as FaqBlock];
      items.push({ id, question, answer: missing, missing: true });
    }
    items.push(...followers);
  }
  return [...items, ...custom.filter((item) => !items.includes(item))];
}

/** Every word of an item, for search: question and answer, links included. */
export function faqItemText(item: FaqItem): string {
  const parts = [item.question.text];
  for (const block of item.answer) {
    if (block.kind === 'p') parts.push(block.text);
    else if (block.kind === 'facts') parts.push(...block.items.flatMap(([label, value]) => [label, value.text]));
    else if (block.kind === 'links') parts.push(...block.items.map(([, label]) => label));
  }
  return parts.join(' ');
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when every word of the query is in the item (any case, accents optional: "medico" finds "médico"). */
export function faqItemMatches(item: FaqItem, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold(faqItemText(item));
  return words.every((word) => haystack.includes(word));
}

/**
 * The items a site owner picked with `topics="placebo risks …"`, in that order; the config items
 * that follow a picked topic come with it. Ids that match nothing are returned in `unknown` (a
 * standard topic left out by `hideMissing` is not unknown).
 */
export function chooseFaqItems(items: FaqItem[], ids: string[]): { items: FaqItem[]; unknown: string[] } {
  const chosen = new Set<FaqItem>();
  const unknown: string[] = [];
  for (const id of ids) {
    const matching = items.filter((item) => item.id === id || (item.topic === id && !ids.includes(item.id)));
    if (!matching.length && !(FAQ_TOPICS as readonly string[]).includes(id)) unknown.push(id);
    matching.forEach((item) => chosen.add(item));
  }
  return { items: [...chosen], unknown };
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
