/**
 * trialkit's headless core: pure functions with no DOM and no lit, usable in Node, workers and
 * any framework. Elements are built on these; never the other way round.
 */
export * from './schema.js';
export * from './validate.js';
export * from './localize.js';
export * from './safe-url.js';
export * from './locations.js';
export * from './ages.js';
export * from './analytics-payload.js';
export * from './share-links.js';
export * from './mastodon.js';
export * from './faq-topics.js';
export * from './registry-links.js';
export * from './glossary.js';
export * from './eligibility.js';
export * from './number-answer.js';
export * from './study-status.js';
export * from './rewrite-marker.js';
export * from './draft-text.js';
export * from './findings.js';
export type * from './catalog-types.js';
export * from './catalog.js';
export * from './catalog-match.js';
export * from './postal.js';
