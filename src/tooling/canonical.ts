/// <reference types="node" />
/**
 * Canonical JSON and the content hash of a config: the IRB packet names the exact config it shows,
 * so a reviewer can tell whether the config on the site is the one they approved. Node-only.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level and no whitespace: equal configs, equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** `sha256:` and the hex SHA-256 of the canonical JSON. */
export function contentHash(config: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalJson(config), 'utf8').digest('hex')}`;
}
