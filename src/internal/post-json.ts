/**
 * One consented POST of JSON to a config's endpoint, shared by the referral form and the
 * "tell me when results are out" form: the endpoint is checked again (https, or localhost for
 * development), no cookies or referrer go with it, and it gives up after `timeout` milliseconds.
 * Resolves true only for a 2xx reply; every failure (network, CORS, timeout, a bad address) is
 * false, because to the person they are all the same: nothing was sent, press Send again.
 */
import { safeHref } from '../core/safe-url.js';

export async function postJson(endpoint: string, body: unknown, timeout: number): Promise<boolean> {
  const url = safeHref(endpoint);
  if (!url) return false;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
    return response.ok;
  } catch {
    // A network error, a CORS refusal or the timeout.
    return false;
  } finally {
    clearTimeout(timer);
  }
}
