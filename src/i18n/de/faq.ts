import type { Messages } from '../types.js';

export const faq: Messages<'faq'> = {
  title: 'Fragen und Antworten',
  'q.sponsor': 'Wer leitet diese Studie und wer bezahlt sie?',
  'q.approval': 'Wer hat diese Studie genehmigt und was bedeutet das?',
  'q.participation': 'Was muss ich tun und wie lange dauert es?',
  'q.placebo': 'Könnte ich ein Placebo bekommen? Was ist ein Placebo?',
  'q.payment': 'Bekomme ich Geld dafür?',
  'q.costs': 'Kostet mich das etwas?',
  'q.risks': 'Welche Risiken gibt es?',
  'q.stopping': 'Kann ich jederzeit aufhören?',
  'q.data': 'Was passiert mit meinen Daten?',
  'q.results': 'Erfahre ich die Ergebnisse?',
  'q.registry': 'Wo ist diese Studie eingetragen?',

  'a.sponsor': '{name} leitet diese Studie.',
  'a.sponsorSite': 'Website von {name} besuchen',
  'a.noFunding': 'Das Studienteam hat noch nicht gesagt, wer die Studie bezahlt.',
  'a.approval': '{board} hat diese Studie geprüft und genehmigt.',
  'a.approvalId': 'Nummer der Genehmigung: {id}.',
  'a.approvedOn': 'Genehmigt am {date}.',
  'a.approvalMeans':
    'Eine Ethikkommission ist eine Gruppe aus Ärztinnen und Ärzten, anderen Fachleuten und Menschen aus der Bevölkerung. Sie prüft, ob eine Studie fair ist und die Menschen in der Studie schützt. Die Genehmigung heißt nicht, dass die Behandlung wirkt oder sicher ist.',
  'a.placeboMeans': 'Ein Placebo sieht aus wie das Medikament der Studie. Es ist aber kein Medikament darin. So sieht man, ob das Medikament wirklich wirkt.',
  'a.risksAsk': 'Bevor Sie zustimmen, muss Ihnen das Studienteam die Risiken erklären.',
  'a.stopping':
    'Ja. Ob Sie mitmachen, entscheiden Sie selbst. Sie können jederzeit aufhören. Sie müssen keinen Grund nennen. Wenn Sie aufhören, ändert das nichts an Ihrer üblichen Behandlung bei Ihren Ärztinnen und Ärzten.',
  'a.stoppingTell': 'Sagen Sie dem Studienteam Bescheid, wenn Sie aufhören möchten. Dann kann das Team Ihnen helfen, sicher aufzuhören.',
  'a.registry': 'In einem öffentlichen Register kann jeder die offiziellen Angaben zu einer Studie lesen.',
  missing: 'Das Studienteam hat dazu noch nichts veröffentlicht.',
  ask: 'Sie können das Studienteam fragen:',

  helpful: 'War das hilfreich?',
  yes: 'Ja',
  no: 'Nein',
  thanks: 'Danke für Ihre Rückmeldung.',
  expandAll: 'Alle Antworten zeigen',
  collapseAll: 'Alle Antworten verbergen',
  search: 'In den Fragen suchen',
  matches: { one: '{count} Frage passt', other: '{count} Fragen passen' },
  noMatches: 'Keine Frage passt. Versuchen Sie andere Wörter.',
};
