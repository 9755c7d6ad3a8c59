/**
 * The trial catalog (version 1) as a zod schema, for `dist/trialkit.catalog.schema.json` (editor
 * completion and checks through "$schema"). The finder does not use it: `parseCatalog` checks
 * entry by entry so one bad entry is left out instead of failing the list, and names each problem.
 * Both describe the same shape; a test holds them together.
 */
import * as z from 'zod/mini';
import { STATUSES } from './constants.js';
import { condition, localizedText, question, trialConfigSchema, whoSchema } from './schema.js';

const id = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/, 'Use only letters, digits, "-" and "_".'));
const text = z.string().check(z.minLength(1));

export const catalogSummarySchema = z.strictObject({
  id,
  title: localizedText,
  summary: z.optional(localizedText),
  status: z.enum(STATUSES),
  conditions: z.optional(z.array(localizedText)),
  who: z.optional(whoSchema),
  locations: z.optional(
    z.array(
      z.strictObject({
        name: localizedText,
        city: z.optional(text),
        region: z.optional(text),
        postalCode: z.optional(text),
        country: text,
        recruiting: z.optional(z.boolean()),
        geo: z.optional(z.strictObject({ lat: z.number().check(z.gte(-90), z.lte(90)), lon: z.number().check(z.gte(-180), z.lte(180)) })),
      }),
    ),
  ),
  participation: z.optional(z.strictObject({ remote: z.optional(z.boolean()) })),
  glossaryTerms: z.optional(z.array(localizedText)),
});

const entryFields = { eligibleIf: z.optional(condition), summary: z.optional(catalogSummarySchema) };

export const catalogSchema = z.strictObject({
  $schema: z.optional(z.string()),
  catalogVersion: z.literal(1),
  title: z.optional(localizedText),
  // Either the address of a config (https, or relative to the catalog) or the config itself.
  trials: z.array(z.union([z.strictObject({ src: text, ...entryFields }), z.strictObject({ config: trialConfigSchema, ...entryFields })])),
  questions: z.optional(z.array(question)),
});
