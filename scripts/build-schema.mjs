// Writes dist/trialkit.schema.json from the same zod schema the elements validate with, so a
// config author gets completion and checks in any editor through "$schema".
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { trialConfigSchema } from '../dist/npm/core/index.js';

const schema = toJSONSchema(trialConfigSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
schema.$id = 'https://unpkg.com/trialkit/dist/trialkit.schema.json';
schema.title = 'trialkit trial config (schema version 1)';
writeFileSync(new URL('../dist/trialkit.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log(`dist/trialkit.schema.json: ${Object.keys(schema.properties ?? {}).length} top-level fields`);

// The trial catalog for <trial-finder> (`trialkit catalog` writes one), beside it.
const { catalogSchema } = await import('../dist/npm/core/catalog-schema.js');
const catalog = toJSONSchema(catalogSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
catalog.$id = 'https://unpkg.com/trialkit/dist/trialkit.catalog.schema.json';
catalog.title = 'trialkit trial catalog (catalog version 1)';
writeFileSync(new URL('../dist/trialkit.catalog.schema.json', import.meta.url), JSON.stringify(catalog, null, 2) + '\n');
console.log(`dist/trialkit.catalog.schema.json: ${Object.keys(catalog.properties ?? {}).length} top-level fields`);
