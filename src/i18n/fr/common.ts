import type { Messages } from '../types.js';

export const common: Messages<'common'> = {
  loading: 'Chargement des informations sur l’étude…',
  'fallback.title': 'Nous ne pouvons pas afficher cette étude pour le moment.',
  'fallback.body': 'Un problème est survenu sur cette page. Vous pouvez quand même contacter l’équipe de l’étude.',
  'fallback.later': 'Veuillez réessayer plus tard.',
  'contact.heading': 'Contacter l’équipe de l’étude',
  'contact.call': 'Appeler le {phone}',
  'contact.email': 'Écrire à {email}',
  'contact.website': 'Aller sur le site de l’étude',
  newTab: '(s’ouvre dans un nouvel onglet)',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': 'Qu’est-ce que cela veut dire ?',
  draft: 'Cette partie est encore en cours d’écriture. Demandez à l’équipe de l’étude.',
  onlyIn: 'Les informations sur cette étude sont disponibles seulement en {language}.',
};
