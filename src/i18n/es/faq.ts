import type { Messages } from '../types.js';

export const faq: Messages<'faq'> = {
  title: 'Preguntas y respuestas',
  'q.sponsor': '¿Quién hace este estudio y quién lo paga?',
  'q.approval': '¿Quién aprobó este estudio y qué significa eso?',
  'q.participation': '¿Qué tendré que hacer y cuánto tiempo tomará?',
  'q.placebo': '¿Podría recibir un placebo? ¿Qué es un placebo?',
  'q.payment': '¿Me van a pagar?',
  'q.costs': '¿Me costará algo?',
  'q.risks': '¿Cuáles son los riesgos?',
  'q.stopping': '¿Puedo dejar el estudio en cualquier momento?',
  'q.data': '¿Qué pasa con mi información?',
  'q.results': '¿Me enteraré de los resultados?',
  'q.registry': '¿Dónde está registrado este estudio?',

  'a.sponsor': '{name} hace este estudio.',
  'a.sponsorSite': 'Visitar el sitio web de {name}',
  'a.noFunding': 'El equipo del estudio todavía no ha dicho quién lo paga.',
  'a.approval': '{board} revisó y aprobó este estudio.',
  'a.approvalId': 'Número de aprobación: {id}.',
  'a.approvedOn': 'Aprobado el {date}.',
  'a.approvalMeans':
    'Un comité de ética es un grupo de médicos, otros expertos y personas de la comunidad. Revisan que un estudio sea justo y proteja a quienes participan. La aprobación no significa que el tratamiento funcione ni que sea seguro.',
  'a.placeboMeans': 'Un placebo se ve igual al medicamento del estudio, pero no tiene medicamento. Ayuda a mostrar si el medicamento de verdad funciona.',
  'a.risksAsk': 'Antes de que usted acepte participar, el equipo del estudio debe explicarle los riesgos.',
  'a.stopping':
    'Sí. Participar es su decisión. Puede dejar el estudio en cualquier momento, por cualquier motivo. Dejar el estudio no cambia la atención habitual que recibe de sus médicos.',
  'a.stoppingTell': 'Avísele al equipo del estudio si quiere dejarlo, para que le ayuden a hacerlo de forma segura.',
  'a.registry': 'Cualquier persona puede leer los datos oficiales de un estudio en un registro público.',
  missing: 'El equipo del estudio todavía no ha publicado esto.',
  ask: 'Puede preguntarle al equipo del estudio:',

  helpful: '¿Le resultó útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gracias por decírnoslo.',
  expandAll: 'Mostrar todas las respuestas',
  collapseAll: 'Ocultar todas las respuestas',
  search: 'Buscar en las preguntas',
  matches: { one: '{count} pregunta coincide', many: '{count} de preguntas coinciden', other: '{count} preguntas coinciden' },
  noMatches: 'Ninguna pregunta coincide. Pruebe con otras palabras.',
};
