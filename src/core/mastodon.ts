/**
 * Mastodon has no central site: a person shares from their own server. These helpers turn what
 * they type into a server name (kept apart from share-links.ts so only the Mastodon form loads them).
 */

/** Suggested Mastodon servers (a site owner can give others); the person can type any server. */
export const defaultMastodonServers = ['mastodon.social', 'mastodon.online', 'mstdn.social'];

/**
 * Server name from what a person typed: `mastodon.social`, `https://mastodon.social/@me` or
 * `@me@mastodon.social`. Undefined when it is not a plausible host name.
 */
export function normalizeInstance(input: string | undefined): string | undefined {
  let value = (input ?? '').trim().toLowerCase();
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(value);
  if (handle) value = handle[1]!;
  value = value.replace(/^https?:\/\//, '').replace(/[/?#].*$/, '');
  return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/.test(value) ? value : undefined;
}
