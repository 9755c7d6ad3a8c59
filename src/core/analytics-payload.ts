/**
 * What trialkit hands to a site's analytics tool for each event: only the fields listed here, so
 * nothing personal can slip through even if an event detail grows one day.
 */

const ALLOWED_FIELDS = [
  'trialId',
  'questionId',
  'index',
  'total',
  'outcome',
  'reasons',
  'status',
  'topic',
  'helpful',
  'network',
  'channel',
  'count',
  'filters',
  'position',
] as const;

export type AnalyticsValue = string | number | boolean;
export type AnalyticsPayload = Partial<Record<(typeof ALLOWED_FIELDS)[number] | 'problems', AnalyticsValue>>;

/** The allow-listed, flat (string, number, boolean) fields of an event detail. */
export function analyticsPayload(detail: unknown): AnalyticsPayload {
  const payload: AnalyticsPayload = {};
  if (!detail || typeof detail !== 'object') return payload;
  const record = detail as Record<string, unknown>;
  for (const field of ALLOWED_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') payload[field] = value;
    else if (Array.isArray(value)) payload[field] = value.filter((item) => typeof item === 'string').join(',');
  }
  // trial-error: how many problems, never their text (it can quote config values).
  if (Array.isArray(record.problems)) payload.problems = record.problems.length;
  return payload;
}

/** A short label for tools that take one (Matomo's event name): the most telling field. */
export function analyticsLabel(payload: AnalyticsPayload): string {
  const label = payload.questionId ?? payload.outcome ?? payload.topic ?? payload.network ?? payload.channel ?? payload.status ?? payload.trialId;
  return label === undefined ? '' : String(label);
}
