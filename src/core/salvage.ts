/**
 * What can still be shown from a config that failed validation: a safe contact and the title.
 * Apart from the validator, so the friendly fallback needs no schema.
 */
import type { Contact } from './schema.js';
import { isContactUrl, isEmail, isPhone } from './safe-url.js';
import { isRecord } from './json.js';

/** The contact details that can still be trusted from a config that failed validation. */
export function salvageContact(input: unknown): Contact | undefined {
  const raw = isRecord(input) && isRecord(input.contact) ? input.contact : undefined;
  if (!raw) return undefined;
  const contact: Contact = {};
  if (typeof raw.name === 'string' && raw.name.trim()) contact.name = raw.name;
  if (isPhone(raw.phone)) contact.phone = raw.phone;
  if (isEmail(raw.email)) contact.email = raw.email;
  if (isContactUrl(raw.url)) contact.url = raw.url;
  return contact.phone || contact.email || contact.url ? contact : undefined;
}

/** The title, when it can still be read, for the fallback message. */
export function salvageTitle(input: unknown): unknown {
  return isRecord(input) ? input.title : undefined;
}
