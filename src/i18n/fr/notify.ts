import type { Messages } from '../types.js';

export const notify: Messages<'notify'> = {
  heading: 'Me prévenir quand les résultats sont publiés',
  intro:
    'Laissez votre adresse e-mail pour savoir quand les résultats seront publiés. Elle est envoyée seulement si vous cochez la case ci-dessous et appuyez sur « Envoyer ».',
  email: 'Adresse e-mail',
  'error.title': 'Il y a un problème',
  'error.prefix': 'Erreur :',
  'error.email': 'Écrivez une adresse e-mail comme nom@exemple.com.',
  'error.consent': 'Cochez la case si vous acceptez d’envoyer votre adresse e-mail.',
  send: 'Envoyer',
  sending: 'Envoi en cours…',
  failed: 'Nous n’avons pas pu envoyer votre adresse e-mail. Rien n’est perdu : vérifiez votre connexion internet et appuyez de nouveau sur « Envoyer ».',
  sent: 'Votre adresse e-mail a été envoyée. Vous recevrez un e-mail quand les résultats seront publiés.',
};
