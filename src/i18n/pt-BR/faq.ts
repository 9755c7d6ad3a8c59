import type { Messages } from '../types.js';

export const faq: Messages<'faq'> = {
  title: 'Perguntas e respostas',
  'q.sponsor': 'Quem faz este estudo e quem paga por ele?',
  'q.approval': 'Quem aprovou este estudo e o que isso significa?',
  'q.participation': 'O que vou fazer e quanto tempo vai levar?',
  'q.placebo': 'Posso receber um placebo? O que é um placebo?',
  'q.payment': 'Vou receber algum pagamento?',
  'q.costs': 'Vou ter que pagar alguma coisa?',
  'q.risks': 'Quais são os riscos?',
  'q.stopping': 'Posso sair do estudo a qualquer momento?',
  'q.data': 'O que acontece com as minhas informações?',
  'q.results': 'Vou ficar sabendo dos resultados?',
  'q.registry': 'Onde este estudo está registrado?',

  'a.sponsor': '{name} é responsável por este estudo.',
  // "o site de/da/do {name}" depends on the name; the colon reads right with any of them.
  'a.sponsorSite': 'Visitar o site: {name}',
  'a.noFunding': 'A equipe do estudo ainda não disse quem paga por ele.',
  'a.approval': '{board} analisou e aprovou este estudo.',
  'a.approvalId': 'Número da aprovação: {id}.',
  'a.approvedOn': 'Aprovado em {date}.',
  'a.approvalMeans':
    'Um comitê de ética é um grupo de médicos, outros especialistas e pessoas da comunidade. Eles verificam se um estudo é justo e se protege as pessoas que participam. A aprovação não quer dizer que o tratamento funciona ou que é seguro.',
  'a.placeboMeans': 'Um placebo parece o remédio do estudo, mas não tem remédio nenhum. Ele ajuda a mostrar se o remédio funciona de verdade.',
  'a.risksAsk': 'Antes de você aceitar participar, a equipe do estudo precisa explicar os riscos para você.',
  'a.stopping':
    'Sim. Participar é uma escolha sua. Você pode sair a qualquer momento, por qualquer motivo. Sair do estudo não muda o cuidado habitual que você recebe dos seus médicos.',
  'a.stoppingTell': 'Avise a equipe do estudo se quiser sair, para que ela ajude você a sair com segurança.',
  'a.registry': 'Qualquer pessoa pode ler as informações oficiais de um estudo em um registro público.',
  missing: 'A equipe do estudo ainda não publicou isso.',
  ask: 'Você pode perguntar à equipe do estudo:',

  helpful: 'Esta resposta foi útil?',
  yes: 'Sim',
  no: 'Não',
  thanks: 'Agradecemos por nos contar.',
  expandAll: 'Mostrar todas as respostas',
  collapseAll: 'Esconder todas as respostas',
  search: 'Buscar nas perguntas',
  matches: { one: '{count} pergunta encontrada', many: '{count} de perguntas encontradas', other: '{count} perguntas encontradas' },
  noMatches: 'Nenhuma pergunta encontrada. Tente outras palavras.',
};
