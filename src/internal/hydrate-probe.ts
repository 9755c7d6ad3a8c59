// Runs before @lit-labs/ssr-client's support module sets its global: if it is set already, the
// page loaded the support before this copy of lit, and lit has applied it (see hydrate.ts).
const global = globalThis as { litElementHydrateSupport?: unknown; trialkitHydration?: string };
if (global.litElementHydrateSupport) global.trialkitHydration ??= 'page';
export {};
