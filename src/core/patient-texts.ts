/**
 * Every patient-facing text of a trial config, one entry per language, each with its path.
 * The linter checks these and the IRB review packet prints them; both must see the same list, so
 * it lives in one place. Location names are left out on purpose: they are proper names copied
 * from the registry (a trial can have over a thousand), not sentences an ethics board rewrites.
 *
 * Defensive: works on a config that failed validation (wrong types are skipped, never thrown on).
 */
import type { LocalizedText } from './localize.js';
import { isRecord, listOf } from './json.js';

/**
 * What a text is, which decides the rules that apply to it:
 * - `title` and `share`: headlines (payment must never be the headline);
 * - `prose`: sentences (reading grade applies); `question`: a pre-screener question;
 * - `label`: short labels (conditions, options, units); `alt`: image alternative text;
 * - `name`: proper names (sponsor, board, contact), `official`: the registry's official title,
 *   `term`/`definition`: the config's own glossary.
 */
export type TextKind = 'title' | 'share' | 'prose' | 'question' | 'label' | 'alt' | 'name' | 'official' | 'term' | 'definition';

export interface PatientText {
  /** Path of this language's text, e.g. `summary.es`, or `summary` for a plain string. */
  path: string;
  /** Path of the field, without the language, e.g. `summary`. */
  field: string;
  /** The language the text is in (a plain string is in the config's default locale). */
  lang: string;
  text: string;
  kind: TextKind;
}

export const PARTICIPATION_FIELDS = ['duration', 'visits', 'placebo', 'compensation', 'costs', 'risks', 'data', 'results'] as const;

/** The config's default locale (`defaultLocale`, else English). */
export function defaultLocaleOf(config: unknown): string {
  return isRecord(config) && typeof config.defaultLocale === 'string' && config.defaultLocale ? config.defaultLocale : 'en';
}

/** Each language's version of one LocalizedText field. */
export function expandText(value: unknown, field: string, kind: TextKind, defaultLocale: string): PatientText[] {
  if (typeof value === 'string') return value.trim() ? [{ path: field, field, lang: defaultLocale, text: value, kind }] : [];
  if (!isRecord(value)) return [];
  return Object.entries(value)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([lang, text]) => ({ path: `${field}.${lang}`, field, lang, text, kind }));
}

/** Every patient-facing text in the config, in reading order (as the elements show them). */
export function patientTexts(config: unknown): PatientText[] {
  if (!isRecord(config)) return [];
  const locale = defaultLocaleOf(config);
  const out: PatientText[] = [];
  const add = (value: unknown, field: string, kind: TextKind) => out.push(...expandText(value, field, kind, locale));

  add(config.title, 'title', 'title');
  add(config.summary, 'summary', 'prose');
  add(config.officialTitle, 'officialTitle', 'official');
  listOf(config.conditions).forEach((condition, i) => add(condition, `conditions[${i}]`, 'label'));
  if (isRecord(config.sponsor)) {
    add(config.sponsor.name, 'sponsor.name', 'name');
    if (isRecord(config.sponsor.logo)) add(config.sponsor.logo.alt, 'sponsor.logo.alt', 'alt');
  }
  add(config.funding, 'funding', 'prose');
  if (isRecord(config.oversight)) add(config.oversight.board, 'oversight.board', 'name');
  if (isRecord(config.participation)) {
    for (const key of PARTICIPATION_FIELDS) add(config.participation[key], `participation.${key}`, 'prose');
  }
  if (isRecord(config.contact)) add(config.contact.name, 'contact.name', 'name');
  if (isRecord(config.eligibility)) {
    listOf(config.eligibility.questions).forEach((q, i) => {
      if (!isRecord(q)) return;
      const base = `eligibility.questions[${i}]`;
      add(q.text, `${base}.text`, 'question');
      add(q.help, `${base}.help`, 'prose');
      listOf(q.options).forEach((option, j) => {
        if (isRecord(option)) add(option.label, `${base}.options[${j}].label`, 'label');
      });
      add(q.unit, `${base}.unit`, 'label');
      add(q.reason, `${base}.reason`, 'prose');
    });
  }
  listOf(config.faq).forEach((item, i) => {
    if (!isRecord(item)) return;
    add(item.question, `faq[${i}].question`, 'question');
    add(item.answer, `faq[${i}].answer`, 'prose');
  });
  listOf(config.glossary).forEach((entry, i) => {
    if (!isRecord(entry)) return;
    add(entry.term, `glossary[${i}].term`, 'term');
    add(entry.definition, `glossary[${i}].definition`, 'definition');
  });
  if (isRecord(config.share)) {
    add(config.share.text, 'share.text', 'share');
    listOf(config.share.custom).forEach((target, i) => {
      if (isRecord(target)) add(target.label, `share.custom[${i}].label`, 'label');
    });
  }
  if (isRecord(config.referral)) add(config.referral.consent, 'referral.consent', 'prose');
  if (isRecord(config.findings)) {
    add(config.findings.summary, 'findings.summary', 'prose');
    if (isRecord(config.findings.notify)) add(config.findings.notify.consent, 'findings.notify.consent', 'prose');
  }
  return out;
}

/** Every language the config's texts are written in, the default locale first. */
export function configLanguages(config: unknown): string[] {
  const langs = new Set<string>([defaultLocaleOf(config)]);
  for (const text of patientTexts(config)) langs.add(text.lang);
  return [...langs];
}

export type { LocalizedText };
