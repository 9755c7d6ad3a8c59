import type { Messages } from '../types.js';

export const faq: Messages<'faq'> = {
  title: 'Questions et réponses',
  'q.sponsor': 'Qui mène cette étude, et qui la paie ?',
  'q.approval': 'Qui a approuvé cette étude, et qu’est-ce que cela veut dire ?',
  'q.participation': 'Que vais-je devoir faire, et pendant combien de temps ?',
  'q.placebo': 'Est-ce que je pourrais recevoir un placebo ? Qu’est-ce qu’un placebo ?',
  'q.payment': 'Vais-je recevoir une indemnisation ?',
  'q.costs': 'Est-ce que je devrai payer quelque chose ?',
  'q.risks': 'Quels sont les risques ?',
  'q.stopping': 'Est-ce que je peux arrêter à tout moment ?',
  'q.data': 'Que deviennent mes informations ?',
  'q.results': 'Vais-je connaître les résultats ?',
  'q.registry': 'Où cette étude est-elle enregistrée ?',

  // The passive keeps the sentence right whatever the name (« menée par Les Laboratoires… »).
  'a.sponsor': 'Cette étude est menée par {name}.',
  'a.sponsorSite': 'Voir le site web : {name}',
  'a.noFunding': 'L’équipe de l’étude n’a pas encore dit qui la paie.',
  'a.approval': '{board} a examiné et approuvé cette étude.',
  'a.approvalId': 'Numéro d’approbation : {id}.',
  'a.approvedOn': 'Approuvée le {date}.',
  'a.approvalMeans':
    'Un comité d’éthique est un groupe de médecins, d’autres spécialistes et de simples citoyens. Il vérifie qu’une étude est juste et qu’elle protège les personnes qui y participent. Cette approbation ne veut pas dire que le traitement marche ou qu’il est sans danger.',
  'a.placeboMeans': 'Un placebo ressemble au médicament de l’étude, mais il ne contient pas de médicament. Il aide à voir si le médicament marche vraiment.',
  'a.risksAsk': 'Avant que vous acceptiez de participer, l’équipe de l’étude doit vous expliquer les risques.',
  'a.stopping':
    'Oui. Participer est votre choix. Vous pouvez arrêter à tout moment, sans avoir à dire pourquoi. Quitter l’étude ne change pas les soins habituels que vous donnent vos médecins.',
  'a.stoppingTell': 'Si vous voulez arrêter, dites-le à l’équipe de l’étude, pour qu’elle vous aide à arrêter en toute sécurité.',
  'a.registry': 'Tout le monde peut lire les informations officielles d’une étude dans un registre public.',
  missing: 'L’équipe de l’étude n’a pas encore publié cette information.',
  ask: 'Vous pouvez poser la question à l’équipe de l’étude :',

  // « Cette réponse vous a aidé(e) » would need a gender; "utile" does not.
  helpful: 'Cette réponse vous est-elle utile ?',
  yes: 'Oui',
  no: 'Non',
  thanks: 'Merci de nous l’avoir dit.',
  expandAll: 'Afficher toutes les réponses',
  collapseAll: 'Masquer toutes les réponses',
  search: 'Chercher dans les questions',
  matches: { one: '{count} question correspond', many: '{count} de questions correspondent', other: '{count} questions correspondent' },
  noMatches: 'Aucune question ne correspond. Essayez d’autres mots.',
};
