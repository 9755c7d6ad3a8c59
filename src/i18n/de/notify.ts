import type { Messages } from '../types.js';

export const notify: Messages<'notify'> = {
  heading: 'Bescheid geben, wenn es Ergebnisse gibt',
  intro:
    'Geben Sie Ihre E-Mail-Adresse an, dann erfahren Sie, wann die Ergebnisse da sind. Sie wird nur geschickt, wenn Sie unten das Kästchen ankreuzen und auf „Senden“ drücken.',
  email: 'E-Mail-Adresse',
  'error.title': 'Es gibt ein Problem',
  'error.prefix': 'Fehler:',
  'error.email': 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
  'error.consent': 'Kreuzen Sie das Kästchen an, wenn Sie Ihre E-Mail-Adresse schicken möchten.',
  send: 'Senden',
  sending: 'Wird gesendet …',
  failed:
    'Wir konnten Ihre E-Mail-Adresse nicht senden. Es ist nichts verloren gegangen. Prüfen Sie Ihre Internetverbindung und drücken Sie noch einmal auf „Senden“.',
  sent: 'Ihre E-Mail-Adresse wurde gesendet. Sie bekommen eine E-Mail, wenn die Ergebnisse da sind.',
};
