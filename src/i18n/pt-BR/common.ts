import type { Messages } from '../types.js';

export const common: Messages<'common'> = {
  loading: 'Carregando as informações do estudo…',
  'fallback.title': 'Não conseguimos mostrar este estudo agora.',
  'fallback.body': 'Algo deu errado nesta página. Você ainda pode entrar em contato com a equipe do estudo.',
  'fallback.later': 'Tente de novo mais tarde.',
  'contact.heading': 'Fale com a equipe do estudo',
  'contact.call': 'Ligar para {phone}',
  'contact.email': 'Enviar e-mail para {email}',
  'contact.website': 'Visitar o site do estudo',
  newTab: '(abre em uma nova aba)',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': 'O que isso quer dizer?',
  draft: 'Esta parte ainda está sendo escrita. Pergunte à equipe do estudo.',
  onlyIn: 'As informações sobre este estudo só estão disponíveis em {language}.',
};
