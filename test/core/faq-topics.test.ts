import { expect } from '@open-wc/testing';
import { buildFaq, chooseFaqItems, FAQ_TOPICS, faqItemMatches, faqItemText, type FaqItem } from '../../src/core/faq-topics.js';
import { registryLinks } from '../../src/core/registry-links.js';
import { faq } from '../../src/i18n/en/faq.js';
import { addEnglish, createTranslator, loadLanguage } from '../../src/i18n/translate.js';
import { demoConfig, minimalConfig } from '../helpers.js';

// The bundle adds each element's English strings when the element loads; this test uses the builder alone.
addEnglish('faq', faq);

const en = { lang: 'en', t: createTranslator('en') };
const ids = (items: FaqItem[]) => items.map((item) => item.id);
const item = (items: FaqItem[], id: string) => items.find((candidate) => candidate.id === id)!;
const answer = (items: FaqItem[], id: string) => faqItemText(item(items, id)).slice(item(items, id).question.text.length + 1);

describe('FAQ topics (buildFaq)', () => {
  it('builds every standard topic, in order, for the lung cancer trial, with its own questions after their topics', async () => {
    const items = buildFaq(await demoConfig('lung-cancer-chemo-io'), en);
    expect(ids(items)).to.deep.equal([
      'sponsor',
      'approval',
      'participation',
      'when-start',
      'placebo',
      'which-group',
      'payment',
      'costs',
      'risks',
      'stopping',
      'data',
      'results',
      'registry',
    ]);
    expect(items.filter((i) => i.missing).map((i) => i.id)).to.deep.equal(['payment']);
    expect(item(items, 'sponsor').question.text).to.equal('Who is running this study, and who pays for it?');
    expect(answer(items, 'sponsor'))
      .to.contain('National Cancer Institute (NCI) runs this study.')
      .and.contain('The U.S. National Cancer Institute pays for this study.');
    expect(answer(items, 'approval')).to.contain('NCI Central Institutional Review Board reviewed and approved this study.').and.contain('Approval does not mean');
    expect(answer(items, 'placebo')).to.contain('No one gets a placebo.').and.contain('A placebo looks like the study medicine');
    expect(answer(items, 'registry')).to.contain('NCT04267848');
    expect(item(items, 'registry').answer).to.deep.include({
      kind: 'links',
      items: [['https://clinicaltrials.gov/study/NCT04267848', 'See this study on ClinicalTrials.gov (NCT04267848)']],
    });
  });

  it('builds the leukemia trial: honest about what is missing, its own question without a topic last', async () => {
    const config = await demoConfig('cll-apg-2575');
    delete config.participation!.results; // as the registry record has it: nothing said about results
    const items = buildFaq(config, en);
    expect(ids(items)).to.deep.equal([
      'sponsor',
      'approval',
      'participation',
      'how-taken',
      'placebo',
      'payment',
      'costs',
      'risks',
      'stopping',
      'data',
      'results',
      'registry',
      'why-btk',
    ]);
    expect(items.filter((i) => i.missing).map((i) => i.id)).to.deep.equal(['results']);
    expect(answer(items, 'results')).to.contain('The study team has not published this yet.').and.contain('You can ask the study team:');
    expect(item(items, 'results').answer.at(-1)).to.deep.equal({ kind: 'contact' });
    // No approval number or date in the config: none is made up.
    expect(answer(items, 'approval')).not.to.contain('Approval number');
  });

  it('builds the sparse breast cancer trial, and hides what is missing when asked', async () => {
    const config = await demoConfig('breast-cancer-neratinib');
    const items = buildFaq(config, en);
    expect(items.filter((i) => i.missing).map((i) => i.id)).to.deep.equal(['payment', 'costs', 'data', 'results']);
    const fact = item(items, 'participation').answer[0];
    expect(fact).to.deep.equal({
      kind: 'facts',
      items: [
        ['How long', { text: 'As long as the treatment helps you' }],
        ['Visits', { text: 'A visit every 2 weeks at first' }],
        ['From home', { text: 'Some parts can be done from home.' }],
      ],
    });
    expect(ids(buildFaq(config, { ...en, hideMissing: true }))).to.deep.equal([
      'sponsor',
      'approval',
      'participation',
      'schedule',
      'placebo',
      'risks',
      'stopping',
      'registry',
    ]);
  });

  it('for a minimal config, says every topic is not published yet except stopping, which is always yes', () => {
    const items = buildFaq(minimalConfig(), en);
    expect(ids(items)).to.deep.equal([...FAQ_TOPICS]);
    expect(items.filter((i) => !i.missing).map((i) => i.id)).to.deep.equal(['stopping']);
    expect(answer(items, 'stopping')).to.contain('Yes. Taking part is your choice. You can stop at any time').and.contain('does not change the usual care');
    // Even when the study says nothing about placebo, what a placebo is gets explained.
    expect(answer(items, 'placebo')).to.contain('has not published this yet').and.contain('A placebo looks like');
    expect(ids(buildFaq(minimalConfig(), { ...en, hideMissing: true }))).to.deep.equal(['stopping']);
  });

  it('writes the approval number and date, the date as people in that language write it', async () => {
    await loadLanguage('es');
    const config = minimalConfig({ oversight: { board: 'Ethics Board of Example Hospital', approvalId: 'EB-2025-014', approvedOn: '2025-03-14' } });
    expect(answer(buildFaq(config, en), 'approval'))
      .to.contain('Approval number: EB-2025-014.')
      .and.contain('Approved on March 14, 2025.');
    const es = buildFaq(config, { lang: 'es', t: createTranslator('es') });
    expect(answer(es, 'approval')).to.contain('Número de aprobación: EB-2025-014.').and.contain('Aprobado el 14 de marzo de 2025.');
  });

  it('says who runs the study even when who pays is not published, and links the sponsor safely', () => {
    const items = buildFaq(minimalConfig({ sponsor: { name: 'Acme Research', url: 'https://acme.example' } }), en);
    expect(answer(items, 'sponsor')).to.contain('Acme Research runs this study.').and.contain('has not said yet who pays');
    expect(item(items, 'sponsor').answer.at(-1)).to.deep.equal({ kind: 'links', items: [['https://acme.example', 'Visit the website of Acme Research']] });
    const unsafe = minimalConfig({ sponsor: { name: 'Acme', url: 'javascript:alert(1)' } });
    expect(JSON.stringify(buildFaq(unsafe, en))).not.to.contain('javascript:');
  });

  it('merges config items: after their topic, in place of a missing topic, replacing a topic with the same id, the rest last', () => {
    const config = minimalConfig({
      participation: { placebo: 'Half get a placebo.' },
      faq: [
        { id: 'parking', question: 'Is there parking?', answer: 'Yes, free.' },
        { id: 'pay', topic: 'payment', question: 'Will I be paid?', answer: '$40 per visit.' },
        { id: 'which', topic: 'placebo', question: 'Will I know?', answer: 'No.' },
        { id: 'stopping', question: 'Can I leave?', answer: 'Yes, any time.' },
        { id: 'parking', question: 'Parking again?', answer: 'Same id twice.' },
      ],
    });
    const items = buildFaq(config, en);
    expect(ids(items)).to.deep.equal([
      'sponsor',
      'approval',
      'participation',
      'placebo',
      'which',
      'pay',
      'costs',
      'risks',
      'stopping',
      'data',
      'results',
      'registry',
      'parking',
      'parking-2',
    ]);
    expect(item(items, 'stopping').question.text).to.equal('Can I leave?');
    expect(item(items, 'pay').topic).to.equal('payment');
  });

  it('answers in Spanish, keeping the language of config text that has no Spanish', async () => {
    await loadLanguage('es');
    const es = { lang: 'es', t: createTranslator('es') };
    const items = buildFaq(await demoConfig('lung-cancer-chemo-io'), es);
    expect(item(items, 'placebo').question.text).to.equal('¿Podría recibir un placebo? ¿Qué es un placebo?');
    expect(answer(items, 'placebo')).to.contain('Nadie recibe un placebo.');
    expect(answer(items, 'stopping')).to.contain('Participar es su decisión');
    expect(item(items, 'which-group').question).to.deep.equal({ text: '¿Puedo elegir en qué grupo estoy?', lang: 'es' });
    const english = buildFaq(await demoConfig('cll-apg-2575'), es);
    expect(item(english, 'how-taken').question.text).to.equal('How do I take the study drug?');
    expect(answer(english, 'payment')).to.contain('The study pays');
  });
});

describe('FAQ helpers', () => {
  it('chooses and orders topics, bringing config items that follow a chosen topic, and reports unknown ids', async () => {
    const items = buildFaq(await demoConfig('lung-cancer-chemo-io'), en);
    const { items: chosen, unknown } = chooseFaqItems(items, ['placebo', 'stopping', 'when-start', 'nonsense']);
    expect(ids(chosen)).to.deep.equal(['placebo', 'which-group', 'stopping', 'when-start']);
    expect(unknown).to.deep.equal(['nonsense']);
    // A standard topic left out by hide-missing is not an error.
    expect(chooseFaqItems(buildFaq(minimalConfig(), { ...en, hideMissing: true }), ['payment']).unknown).to.deep.equal([]);
  });

  it('searches questions and answers, any case, with or without accents, every word', async () => {
    const items = buildFaq(await demoConfig('lung-cancer-chemo-io'), en);
    expect(items.filter((i) => faqItemMatches(i, 'PLACEBO')).map((i) => i.id)).to.deep.equal(['placebo']);
    expect(items.filter((i) => faqItemMatches(i, 'chemotherapy group')).map((i) => i.id)).to.deep.equal(['which-group']);
    expect(items.filter((i) => faqItemMatches(i, '')).length).to.equal(items.length);
    expect(faqItemMatches({ id: 'x', question: { text: '¿Qué médico?' }, answer: [] }, 'medico que')).to.equal(true);
  });

  it('links every kind of registry number', () => {
    const links = registryLinks(
      { nctId: 'NCT01234567', euCtNumber: '2023-501234-12-00', isrctn: '12345678', url: 'https://example.org/study' },
      createTranslator('en'),
    );
    expect(links.map(([href]) => href)).to.deep.equal([
      'https://clinicaltrials.gov/study/NCT01234567',
      'https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=2023-501234-12-00',
      'https://www.isrctn.com/ISRCTN12345678',
      'https://example.org/study',
    ]);
    expect(registryLinks(undefined, createTranslator('en'))).to.deep.equal([]);
  });
});
