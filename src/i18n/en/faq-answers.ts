/** The FAQ's answers and "Was this helpful?": registered by the answers chunk (elements/trial-faq/answers.ts). */
export const faqAnswers = {
  'a.sponsor': '{name} runs this study.',
  'a.sponsorSite': 'Visit the website of {name}',
  'a.noFunding': 'The study team has not said yet who pays for it.',
  'a.approval': '{board} reviewed and approved this study.',
  'a.approvalId': 'Approval number: {id}.',
  'a.approvedOn': 'Approved on {date}.',
  'a.approvalMeans':
    'An ethics board is a group of doctors, other experts and members of the public. They check that a study is fair and protects the people in it. Approval does not mean that the treatment works or is safe.',
  'a.placeboMeans': 'A placebo looks like the study medicine but has no medicine in it. It helps show whether the medicine really works.',
  'a.risksAsk': 'Before you agree to take part, the study team must explain the risks to you.',
  'a.stopping':
    'Yes. Taking part is your choice. You can stop at any time, for any reason. Leaving the study does not change the usual care you get from your doctors.',
  'a.stoppingTell': 'Tell the study team if you want to stop, so they can help you stop safely.',
  'a.registry': 'Anyone can read the official details of a study in a public listing.',
  missing: 'The study team has not published this yet.',
  ask: 'You can ask the study team:',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for telling us.',
};
