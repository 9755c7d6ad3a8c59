/**
 * URL checks for every link that comes from a trial config. A config is written by a third party
 * and rendered into someone else's page, so only a short allow-list of schemes may reach an href.
 */

const DEV_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** https, or http on localhost / 127.0.0.1 (accepted for development only). */
export function isWebUrl(value: unknown): value is string {
  return typeof value === 'string' && webUrlOk(value);
}

function webUrlOk(value: string): boolean {
  const url = parse(value.trim());
  if (!url) return false;
  if (url.protocol === 'https:') return url.hostname.length > 0;
  return url.protocol === 'http:' && DEV_HOSTS.has(url.hostname);
}

/** A web URL, or a mailto:/tel: link, where the URL is meant as a way to reach a person. */
export function isContactUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (webUrlOk(value)) return true;
  const url = parse(value.trim());
  return !!url && (url.protocol === 'mailto:' || url.protocol === 'tel:') && url.pathname.length > 0;
}

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]{2,}$/;
/** A plain e-mail address (not a mailto: URL). */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && EMAIL.test(value.trim());
}

const PHONE = /^\+?[0-9(][0-9 ().-]{2,30}(\s*(ext\.?|x)\s*[0-9]{1,6})?$/i;
/** A phone number as people write it: digits, spaces, dashes, dots, brackets, a leading +. */
export function isPhone(value: unknown): value is string {
  return typeof value === 'string' && PHONE.test(value.trim());
}

/** tel: href for a phone number; the extension, if any, after a comma (a pause on most dialers). */
export function telHref(phone: string): string {
  const match = /^(.*?)(?:\s*(?:ext\.?|x)\s*([0-9]+))?$/i.exec(phone.trim());
  const main = (match?.[1] ?? phone).replace(/[^0-9+]/g, '');
  return match?.[2] ? `tel:${main},${match[2]}` : `tel:${main}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}`;
}

/**
 * The last gate before an href: returns the URL if it is safe to render, else undefined.
 * Elements call this even for validated configs (a config property can be mutated after validation).
 */
export function safeHref(value: unknown, kind: 'web' | 'contact' = 'web'): string | undefined {
  const ok = kind === 'web' ? isWebUrl(value) : isContactUrl(value);
  return ok ? (value as string).trim() : undefined;
}
