import type { Messages } from '../types.js';

export const common: Messages<'common'> = {
  loading: 'Die Angaben zur Studie werden geladen …',
  'fallback.title': 'Wir können diese Studie gerade nicht zeigen.',
  'fallback.body': 'Auf dieser Seite ist ein Fehler passiert. Sie können das Studienteam trotzdem kontaktieren.',
  'fallback.later': 'Bitte versuchen Sie es später noch einmal.',
  'contact.heading': 'Kontakt zum Studienteam',
  'contact.call': '{phone} anrufen',
  'contact.email': 'E-Mail an {email} schreiben',
  'contact.website': 'Zur Website der Studie',
  newTab: '(öffnet sich in einem neuen Tab)',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': 'Was bedeutet das?',
  draft: 'Dieser Teil wird noch geschrieben. Fragen Sie das Studienteam.',
  onlyIn: 'Die Informationen zu dieser Studie gibt es nur auf {language}.',
};
