/**
 * Trial config schema, version 1 (for authors: README "The trial config" and the generated
 * dist/trialkit.schema.json).
 *
 * Written with zod/mini. It is the one source of truth: it explains problems (validate.ts, loaded
 * only when a config fails), generates `trialkit.schema.json`, and generates the quick check that
 * vouches for valid configs before the first paint (config-check.generated.ts, at build time).
 * Every `refine` is a named function from schema-rules.ts or safe-url.ts so the generator can
 * call the same function. Cross-field rules (ids, condition references)
 * live in validate.ts, where they can name the path and the fix.
 */
import * as z from 'zod/mini';
import { LANG_TAG, type LocalizedText } from './localize.js';
import { isContactUrl, isEmail, isPhone, isWebUrl } from './safe-url.js';
import { hasALanguage, isShareTemplate, rangeHasBound } from './schema-rules.js';
import { LIMITS, PHASES, QUESTION_TYPES, RANGE_NEEDS_BOUND, REFERRAL_FIELDS, STATUSES } from './constants.js';

export * from './constants.js';

// zod probes `new Function` when a schema is first built; a strict CSP reports that probe.
z.config({ jitless: true });

const ID = /^[A-Za-z0-9_-]+$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const id = z.string().check(z.minLength(1), z.maxLength(100), z.regex(ID, 'Use only letters, digits, "-" and "_".'));

const nonEmpty = z
  .string()
  .check(
    z.minLength(1, 'This text is empty. Write the text, or leave the field out.'),
    z.maxLength(LIMITS.text, `This text is too long: keep it under ${LIMITS.text.toLocaleString('en')} characters.`),
  );

/** A string, or `{ "en": "…", "es": "…" }` keyed by BCP 47 language tags. */
export const localizedText = z.union([
  nonEmpty,
  z
    .record(z.string().check(z.regex(LANG_TAG, 'Use a language tag such as "en" or "es-MX".')), nonEmpty)
    .check(z.refine(hasALanguage, 'Give the text in at least one language.')),
]) as unknown as z.ZodMiniType<LocalizedText>;

const webUrl = z.string().check(z.refine(isWebUrl, 'Use an https:// address (http://localhost is accepted for development only).'));
const contactUrl = z.string().check(z.refine(isContactUrl, 'Use an https://, mailto: or tel: address.'));

const answerValue = z.union([z.string(), z.number()]);

export type AnswerValue = string | number;
export type Condition =
  | { q: string; equals: AnswerValue }
  | { q: string; in: AnswerValue[] }
  | { q: string; min?: number; max?: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Conditions nest to any depth; eligibility.ts explains their three-valued meaning (yes, no, unknown). */
export const condition: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: id, equals: answerValue }),
    z.strictObject({ q: id, in: z.array(answerValue).check(z.minLength(1)) }),
    z.strictObject({ q: id, min: z.optional(z.number()), max: z.optional(z.number()) }).check(z.refine(rangeHasBound, RANGE_NEEDS_BOUND)),
    z.strictObject({ all: z.array(condition).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(condition).check(z.minLength(1)) }),
    z.strictObject({ not: condition }),
  ]),
) as z.ZodMiniType<Condition>;

const option = z.strictObject({ value: id, label: localizedText });

export const question = z.strictObject({
  id,
  text: localizedText,
  help: z.optional(localizedText),
  type: z.enum(QUESTION_TYPES),
  options: z.optional(z.array(option)),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  unit: z.optional(localizedText),
  showIf: z.optional(condition),
  eligibleIf: z.optional(condition),
  reason: z.optional(localizedText),
  allowUnsure: z.optional(z.boolean()),
});

export const contact = z.strictObject({
  name: z.optional(localizedText),
  phone: z.optional(z.string().check(z.refine(isPhone, 'Write a phone number with digits, such as "+1 555 010 0199".'))),
  email: z.optional(z.string().check(z.refine(isEmail, 'Write an e-mail address such as "study@example.org".'))),
  url: z.optional(contactUrl),
});

const age = z.number().check(z.gte(0, 'An age cannot be negative.'), z.lte(130, 'Ages are in years; use 0.5 for 6 months.'));

/** Who can join: ages in years (decimals for months), sex, healthy volunteers. The catalog's summaries reuse it. */
export const whoSchema = z.strictObject({
  minAge: z.optional(age),
  maxAge: z.optional(age),
  sex: z.optional(z.enum(['all', 'female', 'male'])),
  healthyVolunteers: z.optional(z.boolean()),
});

export const trialConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(1),
  id,
  title: localizedText,
  summary: localizedText,
  officialTitle: z.optional(localizedText),
  registry: z.optional(
    z.strictObject({
      nctId: z.optional(z.string().check(z.regex(/^NCT\d{8}$/, 'An NCT number looks like "NCT01234567".'))),
      euCtNumber: z.optional(z.string().check(z.regex(/^\d{4}-\d{6}-\d{2}(-\d{2})?$/, 'An EU CT number looks like "2023-501234-12-00".'))),
      isrctn: z.optional(z.string().check(z.regex(/^(ISRCTN)?\d{8}$/, 'An ISRCTN looks like "ISRCTN12345678".'))),
      url: z.optional(webUrl),
    }),
  ),
  conditions: z.optional(z.array(localizedText)),
  status: z.enum(STATUSES),
  phase: z.optional(z.union([z.enum(PHASES), z.array(z.enum(PHASES)).check(z.minLength(1))])),
  sponsor: z.optional(
    z.strictObject({
      name: localizedText,
      url: z.optional(webUrl),
      logo: z.optional(z.strictObject({ src: webUrl, alt: localizedText })),
    }),
  ),
  funding: z.optional(localizedText),
  oversight: z.optional(
    z.strictObject({
      board: localizedText,
      approvalId: z.optional(nonEmpty),
      approvedOn: z.optional(z.string().check(z.regex(DATE, 'Write the date as YYYY-MM-DD, such as "2025-03-14".'))),
    }),
  ),
  participation: z.optional(
    z.strictObject({
      duration: z.optional(localizedText),
      visits: z.optional(localizedText),
      remote: z.optional(z.boolean()),
      placebo: z.optional(localizedText),
      compensation: z.optional(localizedText),
      costs: z.optional(localizedText),
      risks: z.optional(localizedText),
      data: z.optional(localizedText),
      results: z.optional(localizedText),
    }),
  ),
  who: z.optional(whoSchema),
  locations: z.optional(
    z
      .array(
        z.strictObject({
          name: localizedText,
          city: z.optional(nonEmpty),
          region: z.optional(nonEmpty),
          postalCode: z.optional(nonEmpty),
          country: nonEmpty,
          recruiting: z.optional(z.boolean()),
          geo: z.optional(
            z.strictObject({
              lat: z.number().check(z.gte(-90), z.lte(90)),
              lon: z.number().check(z.gte(-180), z.lte(180)),
            }),
          ),
          contact: z.optional(contact),
        }),
      )
      .check(z.maxLength(LIMITS.locations, `List at most ${LIMITS.locations.toLocaleString('en')} locations.`)),
  ),
  contact,
  eligibility: z.optional(
    z.strictObject({
      questions: z
        .array(question)
        .check(z.maxLength(LIMITS.questions, `Use at most ${LIMITS.questions} questions: a pre-screener should take minutes, not an hour.`)),
      stopOnFail: z.optional(z.boolean()),
    }),
  ),
  faq: z.optional(
    z
      .array(z.strictObject({ id, question: localizedText, answer: localizedText, topic: z.optional(id) }))
      .check(z.maxLength(LIMITS.faq, `Use at most ${LIMITS.faq} FAQ items.`)),
  ),
  glossary: z.optional(
    z
      .array(z.strictObject({ term: localizedText, definition: localizedText }))
      .check(z.maxLength(LIMITS.glossary, `Use at most ${LIMITS.glossary} glossary terms.`)),
  ),
  share: z.optional(
    z.strictObject({
      url: z.optional(webUrl),
      text: z.optional(localizedText),
      hashtags: z.optional(z.array(z.string().check(z.regex(/^[\p{L}\p{N}_]+$/u, 'Write a hashtag without "#" or spaces.')))),
      networks: z.optional(z.array(id)),
      custom: z.optional(
        z.array(
          z.strictObject({
            id,
            label: localizedText,
            template: z.string().check(z.refine(isShareTemplate, 'Use an https:// address; {url}, {title} and {text} are filled in.')),
          }),
        ),
      ),
    }),
  ),
  referral: z.optional(
    z.strictObject({
      endpoint: webUrl,
      consent: localizedText,
      fields: z.array(z.enum(REFERRAL_FIELDS)),
    }),
  ),
  defaultLocale: z.optional(z.string().check(z.regex(LANG_TAG, 'Use a language tag such as "en" or "es".'))),
  // What the study found (PRODUCT.md, "findings"): shown on the card and in the FAQ's results topic.
  findings: z.optional(
    z.strictObject({
      summary: z.optional(localizedText),
      url: z.optional(webUrl),
      postedOn: z.optional(z.string().check(z.regex(DATE, 'Write the date as YYYY-MM-DD, such as "2025-03-14".'))),
      notify: z.optional(z.strictObject({ endpoint: webUrl, consent: localizedText })),
    }),
  ),
});

export type TrialConfig = z.infer<typeof trialConfigSchema>;
export type Question = z.infer<typeof question>;
export type Contact = z.infer<typeof contact>;
export type TrialLocation = NonNullable<TrialConfig['locations']>[number];
