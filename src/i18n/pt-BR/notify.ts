import type { Messages } from '../types.js';

export const notify: Messages<'notify'> = {
  heading: 'Quero saber quando saírem os resultados',
  intro: 'Deixe seu e-mail para saber quando os resultados saírem. Ele só é enviado se você marcar a caixa abaixo e apertar “Enviar”.',
  email: 'E-mail',
  'error.title': 'Há um problema',
  'error.prefix': 'Erro:',
  'error.email': 'Digite um e-mail como nome@exemplo.com.',
  'error.consent': 'Marque a caixa se você concorda em enviar seu e-mail.',
  send: 'Enviar',
  sending: 'Enviando…',
  failed: 'Não conseguimos enviar seu e-mail. Nada foi perdido: verifique sua conexão com a internet e aperte “Enviar” de novo.',
  sent: 'Seu e-mail foi enviado. Você vai receber um e-mail quando os resultados saírem.',
};
