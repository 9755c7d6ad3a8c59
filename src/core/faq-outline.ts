/**
 * The transparency FAQ's outline: which questions it asks, in which order, and which of the
 * standard ones the config has no answer for. What a collapsed FAQ shows; the answers themselves
 * are built by faq-topics.ts (the FAQ element loads them after its first render). Pure: the
 * translator is passed in.
 */
import type { Translate } from '../i18n/translate.js';
import { publishedFindings } from './findings.js';
import { resolveTextWithLang, type LocalizedText, type ResolvedText } from './localize.js';
import { registryLinks } from './registry-links.js';
import type { TrialConfig } from './schema.js';

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

/** One question of the FAQ, without its answer. */
export interface FaqEntry {
  /** A standard topic id, or the config item's own id. */
  id: string;
  question: FaqText;
  /** True for a standard topic the config has no data for (the answer says so honestly). */
  missing?: boolean;
  /** For a config item: the standard topic it follows. */
  topic?: string;
  /** For a config item: the item itself (its answer). */
  own?: NonNullable<TrialConfig['faq']>[number];
}

/** A question with its answer. */
export interface FaqItem extends FaqEntry {
  answer: FaqBlock[];
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
 * Whether the config has data to answer a standard topic. faq-topics.ts answers exactly these
 * (and says "not published yet" for the others), so a question is never marked missing wrongly.
 */
export function topicHasAnswer(config: TrialConfig, id: FaqTopicId, t: Translate): boolean {
  const part = config.participation ?? {};
  switch (id) {
    case 'sponsor':
      return !!(config.sponsor || config.funding);
    case 'approval':
      return !!config.oversight;
    case 'participation':
      return !!(part.duration || part.visits || part.remote !== undefined);
    case 'placebo':
      return !!part.placebo;
    case 'payment':
      return !!part.compensation;
    case 'costs':
      return !!part.costs;
    case 'risks':
      return !!part.risks;
    case 'stopping':
      return true;
    case 'data':
      return !!part.data;
    case 'results':
      return !!(publishedFindings(config) || part.results);
    case 'registry':
      return registryLinks(config.registry, t).length > 0;
  }
}

/**
 * The FAQ's questions for a config: the standard topics in their order, each followed by the
 * config items whose `topic` names it, then the other config items in config order. A config item
 * whose `id` is a standard topic id replaces that topic. A standard topic with no data is marked
 * `missing`, unless a config item answers it (then the item takes its place) or `hideMissing` is set
 * (then it is left out).
 */
export function faqOutline(config: TrialConfig, { lang, t, hideMissing }: FaqOptions): FaqEntry[] {
  const text = (value: LocalizedText | undefined) => resolveTextWithLang(value, lang, config.defaultLocale);
  const custom: FaqEntry[] = [];
  const seen = new Set<string>();
  for (const own of config.faq ?? []) {
    // Ids stay unique (deep links, aria ids) even if a config repeats one.
    let id = own.id;
    for (let n = 2; seen.has(id); n++) id = `${own.id}-${n}`;
    seen.add(id);
    custom.push({ id, question: text(own.question), topic: own.topic, own });
  }

  const entries: FaqEntry[] = [];
  for (const id of FAQ_TOPICS) {
    const followers = custom.filter((entry) => entry.topic === id && entry.id !== id);
    const question = { text: t(`faq.q.${id}`) };
    const replacement = custom.find((entry) => entry.id === id);
    if (replacement) entries.push(replacement);
    else if (topicHasAnswer(config, id, t)) entries.push({ id, question });
    // A config item about a topic with no data answers it better than "not published yet".
    else if (!hideMissing && !followers.length) entries.push({ id, question, missing: true });
    entries.push(...followers);
  }
  return [...entries, ...custom.filter((entry) => !entries.includes(entry))];
}

/** Every word of an item, for search: question and answer (when it is there), links included. */
export function faqItemText(item: FaqEntry & { answer?: FaqBlock[] }): string {
  const parts = [item.question.text];
  for (const block of item.answer ?? []) {
    if (block.kind === 'p') parts.push(block.text);
    else if (block.kind === 'facts') parts.push(...block.items.flatMap(([label, value]) => [label, value.text]));
    else if (block.kind === 'links') parts.push(...block.items.map(([, label]) => label));
  }
  return parts.join(' ');
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when every word of the query is in the item (any case, accents optional: "medico" finds "médico"). */
export function faqItemMatches(item: FaqEntry & { answer?: FaqBlock[] }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold(faqItemText(item));
  return words.every((word) => haystack.includes(word));
}

/**
 * The items a site owner picked with `topics="placebo risks …"`, in that order; the config items
 * that follow a picked topic come with it. Ids that match nothing are returned in `unknown` (a
 * standard topic left out by `hideMissing` is not unknown).
 */
export function chooseFaqItems<T extends FaqEntry>(items: T[], ids: string[]): { items: T[]; unknown: string[] } {
  const chosen = new Set<T>();
  const unknown: string[] = [];
  for (const id of ids) {
    const matching = items.filter((item) => item.id === id || (item.topic === id && !ids.includes(item.id)));
    if (!matching.length && !(FAQ_TOPICS as readonly string[]).includes(id)) unknown.push(id);
    matching.forEach((item) => chosen.add(item));
  }
  return { items: [...chosen], unknown };
}
