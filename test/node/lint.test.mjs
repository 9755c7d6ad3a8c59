// Unit tests of readability (src/tooling) and lint, which uses it: the `syllable` package's
// CommonJS dependencies do not load as plain ES modules in the browser test runner. Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readability, spanishSyllables, englishSyllables, gradeFromEase, sentencesOf, wordsOf } from '../../dist/npm/tooling/readability.js';
import { lint, DEFAULT_JARGON } from '../../dist/npm/tooling/lint.js';
import { patientTexts, configLanguages } from '../../dist/npm/core/patient-texts.js';
import { canonicalJson } from '../../dist/npm/tooling/canonical.js';

const base = (extra = {}) => ({
  schemaVersion: 1,
  id: 't',
  title: 'A study about sleep',
  summary: 'This study asks how well people sleep.',
  status: 'recruiting',
  contact: { email: 'a@example.org' },
  sponsor: { name: 'Sleep Lab' },
  oversight: { board: 'City ethics board', approvalId: 'X1' },
  participation: { compensation: 'You get $20.', data: 'Kept private.', results: 'We will tell you.', costs: 'None.', risks: 'Tiredness.' },
  ...extra,
});
const codes = (config, options) => lint(config, options).findings.map((f) => `${f.code}@${f.path}`);

describe('readability', () => {
  test('Spanish syllables follow diphthong and hiatus rules', () => {
    const cases = {
      estudio: 3,
      cáncer: 2,
      pulmón: 2,
      quimioterapia: 5,
      leer: 2,
      país: 2,
      hoy: 1,
      y: 1,
      ciudad: 2,
      día: 2,
      tratamiento: 4,
      inmunitario: 5,
      aéreo: 4,
    };
    for (const [word, count] of Object.entries(cases)) assert.equal(spanishSyllables(word), count, word);
  });

  test('English syllables come from the syllable package, at least one per word', () => {
    assert.equal(englishSyllables('placebo'), 3);
    assert.equal(englishSyllables('study'), 2);
    assert.equal(englishSyllables('18'), 1);
  });

  test('sentences and words: abbreviations and numbers do not split', () => {
    assert.deepEqual(sentencesOf('The U.S. National Cancer Institute pays. It costs 1.5 dollars! Really?'), [
      'The U.S. National Cancer Institute pays.',
      'It costs 1.5 dollars!',
      'Really?',
    ]);
    assert.deepEqual(wordsOf("non-small cell body's 1,500"), ['non-small', 'cell', "body's", '1,500']);
  });

  test('Flesch–Kincaid grade matches the formula on the counts', () => {
    const r = readability('The cat sat on the mat. It was happy.', 'en');
    const expected = 0.39 * (r.words / r.sentences) + 11.8 * (r.syllables / r.words) - 15.59;
    assert.equal(r.formula, 'flesch-kincaid');
    assert.equal(r.grade, Math.round(expected * 10) / 10);
    assert.ok(readability('Participants experiencing hematological toxicities necessitating discontinuation.', 'en').grade > 16);
  });

  test('Fernández-Huerta ease and its grade equivalent', () => {
    const r = readability('El gato come. El perro duerme.', 'es-MX');
    assert.equal(r.formula, 'fernandez-huerta');
    const ease = 206.84 - 0.6 * ((r.syllables / r.words) * 100) - 1.02 * (r.words / r.sentences);
    assert.equal(r.ease, Math.round(ease * 10) / 10);
    assert.equal(gradeFromEase(60), 8);
    assert.equal(gradeFromEase(70), 7);
    assert.equal(gradeFromEase(100), 4);
    assert.equal(gradeFromEase(55), 10);
    assert.ok(readability('Los participantes que experimenten toxicidades hematológicas serán evaluados exhaustivamente.', 'es').grade > 12);
    assert.equal(readability('Bonjour tout le monde.', 'fr'), undefined, 'no formula for French');
  });
});

describe('patientTexts', () => {
  test('lists every language of every text with its path and kind, and no location names', () => {
    const config = base({
      title: { en: 'Sleep', es: 'Sueño' },
      locations: [{ name: 'Clinic', country: 'US' }],
      eligibility: {
        questions: [
          {
            id: 'a',
            type: 'choice',
            text: 'Q?',
            options: [
              { value: 'x', label: { en: 'X', es: 'Equis' } },
              { value: 'y', label: 'Y' },
            ],
          },
        ],
      },
      referral: { endpoint: 'https://a.example.org', consent: 'I agree.', fields: ['email'] },
    });
    const texts = patientTexts(config);
    const paths = texts.map((t) => t.path);
    assert.ok(paths.includes('title.es'));
    assert.ok(paths.includes('eligibility.questions[0].options[0].label.es'));
    assert.ok(paths.includes('referral.consent'));
    assert.ok(!paths.some((p) => p.startsWith('locations')));
    assert.equal(texts.find((t) => t.path === 'title.en').kind, 'title');
    assert.deepEqual(configLanguages(config), ['en', 'es']);
  });

  test('never throws on a config of the wrong shape', () => {
    assert.deepEqual(patientTexts(null), []);
    assert.deepEqual(patientTexts({ title: 5, eligibility: { questions: 'no' } }), []);
  });
});

describe('lint', () => {
  test('a complete plain config has no findings', () => {
    assert.deepEqual(lint(base()).findings, []);
  });

  test('question framing is not a claim; a claim is', () => {
    assert.deepEqual(codes(base({ summary: 'The study wants to learn if the drug is safe and how well it works.' })), []);
    assert.ok(codes(base({ summary: 'The drug is safe and effective.' })).includes('claim@summary'));
    assert.ok(codes(base({ summary: { en: 'Sleep.', es: 'El medicamento es seguro.' } })).includes('claim@summary.es'));
    assert.ok(!codes(base({ summary: { en: 'Sleep.', es: 'El estudio quiere saber si el medicamento es seguro.' } })).includes('claim@summary.es'));
    assert.ok(!codes(base({ summary: 'There is no cure for this disease yet.' })).some((c) => c.startsWith('claim')));
    assert.ok(
      !codes(base({ participation: { ...base().participation, costs: 'Your health insurance (seguro médico) may pay.' } })).some((c) => c.startsWith('claim')),
    );
  });

  test('"new drug" is fine once the text says it is investigational', () => {
    assert.ok(codes(base({ summary: 'Try a new drug for sleep.' })).includes('new-treatment@summary'));
    assert.ok(!codes(base({ summary: 'We test a new drug for sleep. It is a study drug that is not approved yet.' })).includes('new-treatment@summary'));
    assert.ok(codes(base({ summary: { en: 'Sleep.', es: 'Pruebe un nuevo medicamento.' } })).includes('new-treatment@summary.es'));
  });

  test('payment is an error in a headline or in capitals, not in the compensation field', () => {
    assert.ok(codes(base({ title: 'Paid sleep study' })).includes('payment-headline@title'));
    assert.ok(codes(base({ share: { text: 'Earn $200 while you sleep' } })).includes('payment-headline@share.text'));
    assert.ok(codes(base({ summary: 'You will be PAID for each night.' })).includes('payment-caps@summary'));
    assert.deepEqual(codes(base({ participation: { ...base().participation, compensation: 'You will get $50 for each visit.' } })), []);
  });

  test('jargon is fine when explained in the text, in brackets, or in the glossary', () => {
    assert.ok(codes(base({ summary: 'Some people get a placebo.' })).includes('jargon@summary'));
    assert.ok(!codes(base({ summary: 'Some people get a placebo, a pill with no medicine in it.' })).includes('jargon@summary'));
    assert.ok(!codes(base({ summary: 'Cancer that has spread (metastatic).' })).includes('jargon@summary'));
    assert.ok(!codes(base({ summary: 'Some people get a placebo.', glossary: [{ term: 'Placebo', definition: 'A look-alike pill.' }] })).includes('jargon@summary'));
  });

  test('options.glossary replaces the default jargon list (per language)', () => {
    const config = base({ summary: 'We measure your sleep latency.' });
    assert.ok(!codes(config).includes('jargon@summary'));
    assert.ok(codes(config, { glossary: { en: [{ term: 'sleep latency' }] } }).includes('jargon@summary'));
    assert.ok(!codes(base({ summary: 'Some people get a placebo.' }), { glossary: { en: [] } }).includes('jargon@summary'));
    assert.ok(DEFAULT_JARGON.en.length > 20 && DEFAULT_JARGON.es.length > 20);
  });

  test('target grade is configurable; short labels are not graded', () => {
    const config = base({
      summary: 'The investigators will comprehensively evaluate participants experiencing unanticipated complications throughout the intervention period.',
    });
    assert.ok(codes(config).includes('reading-grade@summary'));
    assert.ok(!codes(config, { targetGrade: 30 }).includes('reading-grade@summary'));
    assert.ok(!codes(base({ conditions: ['Chronic lymphocytic leukemia'] })).some((c) => c.startsWith('reading-grade@conditions')));
    const result = lint(config);
    assert.ok(result.textLevels.find((l) => l.path === 'summary').grade > 8);
  });

  test('missing transparency items are named by path', () => {
    const result = codes({ schemaVersion: 1, id: 'x', title: 'T', summary: 'S.', status: 'recruiting', contact: {} });
    for (const expected of [
      'missing-sponsor@sponsor',
      'missing-oversight@oversight',
      'missing-contact@contact',
      'missing-compensation@participation.compensation',
      'missing-data-use@participation.data',
      'missing-results@participation.results',
    ]) {
      assert.ok(result.includes(expected), expected);
    }
  });

  test('links: non-https fields and links in texts; localhost is a warning', () => {
    const result = lint({
      ...base(),
      sponsor: { name: 'S', url: 'http://s.example.org' },
      summary: 'See javascript:alert(1).',
      share: { url: 'http://localhost:3000/' },
    });
    const find = (code, path) => result.findings.find((f) => f.code === code && f.path === path);
    assert.equal(find('insecure-link', 'sponsor.url').severity, 'error');
    assert.equal(find('insecure-link', 'summary').severity, 'error');
    assert.equal(find('dev-link', 'share.url').severity, 'warning');
    assert.ok(!find('insecure-link', 'contact.url'));
    assert.deepEqual(codes(base({ contact: { url: 'mailto:a@example.org' }, summary: 'See https://example.org/a.' })), []);
  });

  test('a logo without alt text is an error; a generic one a warning', () => {
    const withAlt = (alt) => lint(base({ sponsor: { name: 'S', logo: { src: 'https://s.example.org/l.png', alt } } })).findings.find((f) => f.code === 'logo-alt');
    assert.equal(withAlt('').severity, 'error');
    assert.equal(withAlt('logo').severity, 'warning');
    assert.equal(withAlt('Sleep Lab'), undefined);
  });

  test('never throws, and reports a non-object config', () => {
    assert.equal(lint(null).findings[0].code, 'schema');
    assert.doesNotThrow(() => lint({ title: { en: 5 }, eligibility: { questions: [null, 3] }, locations: 'x', sponsor: [] }));
  });
});

test('canonicalJson sorts keys at every level and drops undefined', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}');
});

// Each rule with language-specific patterns must mean the same thing in every language it covers
// (issue 11 item 8): the same kind of text is flagged, and the same kind passes, in English and
// Spanish. One table per rule; `field` is where the text goes (a title for headline rules).
describe('every language-specific rule means the same in English and Spanish', () => {
  const RULES = {
    'free-care': {
      flag: {
        en: [
          'You will get free treatment.',
          'Get free medical care at our clinic.',
          'Free cancer treatment for adults.',
          'The study drug is free.',
          'You get the study drug for free.',
          'All study tests are free of charge.',
        ],
        es: [
          'Recibirá tratamiento gratis.',
          'Atención médica gratuita.',
          'Tratamiento contra el cáncer gratis para adultos.',
          'El medicamento del estudio es gratis.',
          'Reciba gratis el tratamiento.',
          'Las pruebas del estudio son gratuitas.',
        ],
      },
      pass: {
        en: [
          'Parking is free.',
          'Free parking at the clinic.',
          'We give you free transport to your visits.',
          'You can park for free.',
          'Transport to your tests is free.',
          'Feel free to call us.',
          'You will not be charged for the study drug.',
          'Call our toll-free number.',
          'This treatment helps you stay cancer free.',
        ],
        es: [
          'El estacionamiento es gratis.',
          'Estacionamiento gratis en la clínica.',
          'Transporte gratuito a sus visitas.',
          'Puede estacionar gratis.',
          'El transporte a sus consultas es gratis.',
          'Llame gratis cuando quiera.',
          'No se le cobrará el medicamento del estudio.',
          'Llame a nuestro número gratuito.',
          'Este tratamiento le ayuda a seguir libre de cáncer.',
        ],
      },
    },
    'new-treatment': {
      flag: {
        en: ['Try a new drug for sleep.', 'We are looking at a new cancer treatment.', 'Try a new drug. Call the study team.'],
        es: [
          'Pruebe un nuevo medicamento para dormir.',
          'Buscamos personas para un tratamiento nuevo contra el cáncer.',
          'Pruebe un nuevo medicamento. Llame al equipo del estudio.',
        ],
      },
      pass: {
        en: ['We test a new drug. It is a study drug that is not approved yet.', 'The study is for new patients.', 'A new drug that is still being tested.'],
        es: [
          'Probamos un nuevo medicamento. Es un medicamento del estudio que aún no está aprobado.',
          'El estudio es para pacientes nuevos.',
          'Un nuevo medicamento que se está probando.',
        ],
      },
    },
    claim: {
      flag: {
        en: ['The drug is safe and effective.', 'This treatment cures cancer.', 'It has no side effects.', 'A 100% safe treatment.', 'The pill will work for you.'],
        es: [
          'El medicamento es seguro y eficaz.',
          'Este tratamiento cura el cáncer.',
          'No tiene efectos secundarios.',
          'Un tratamiento 100% seguro.',
          'La pastilla funcionará para usted.',
        ],
      },
      pass: {
        en: ['The study wants to learn if the drug is safe and how well it works.', 'There is no cure for this disease yet.', 'Your health insurance may pay.'],
        es: [
          'El estudio quiere saber si el medicamento es seguro y qué tan bien funciona.',
          'Todavía no hay cura para esta enfermedad.',
          'Su seguro médico puede pagar.',
        ],
      },
    },
    hype: {
      flag: {
        en: ['An exciting study for people with asthma.', 'A promising pill for sleep.', 'An innovative study about sleep.', 'We are excited to start this study.'],
        es: [
          'Un estudio emocionante para personas con asma.',
          'Una pastilla prometedora para dormir.',
          'Un estudio innovador sobre el sueño.',
          'Estamos emocionados de empezar este estudio.',
        ],
      },
      pass: {
        en: ['The study tests a pill for sleep.', 'We promise to share the results.'],
        es: ['El estudio prueba una pastilla para dormir.', 'Prometemos compartir los resultados.'],
      },
    },
    'payment-headline': {
      field: 'title',
      flag: {
        en: ['Paid sleep study', 'Earn $200 in a sleep study', 'Get cash for a sleep study', 'Sleep study with gift cards'],
        es: [
          'Estudio del sueño pagado',
          'Gane $200 en un estudio del sueño',
          'Reciba dinero en efectivo por un estudio del sueño',
          'Estudio del sueño con tarjetas de regalo',
        ],
      },
      pass: {
        en: ['A study about sleep', 'A study for people who want to gain weight', 'A study of an effective way to sleep'],
        es: ['Un estudio sobre el sueño', 'Un estudio para personas que quieren ganar peso', 'Un estudio de una forma efectiva de dormir'],
      },
    },
    'payment-caps': {
      flag: {
        en: ['You will be PAID for each night.', 'Get CASH for each night.'],
        es: ['Le PAGAMOS cada noche.', 'Reciba dinero EN EFECTIVO cada noche.'],
      },
      pass: {
        en: ['You will be paid for each night.', 'The NCI pays for the study.'],
        es: ['Le pagamos cada noche.', 'El NCI paga el estudio.'],
      },
    },
    urgency: {
      flag: {
        en: [
          'Act now: the study is looking for people.',
          'Call now to join.',
          'Spots are filling fast.',
          'Only 5 spots left.',
          'Do not miss this study.',
          'Sign up now.',
          'Time is running out.',
        ],
        es: [
          'Actúe ahora: el estudio busca personas.',
          'Llame ahora para participar.',
          'Los lugares se llenan rápido.',
          'Solo quedan 5 lugares.',
          'No se pierda este estudio.',
          'Regístrese ahora.',
          'El tiempo se acaba.',
        ],
      },
      pass: {
        en: ['Call us to learn more. Taking part is your choice.', 'There is no hurry: take your time to decide.'],
        es: ['Llámenos para saber más. Participar es su decisión.', 'No hay prisa: tómese su tiempo para decidir.'],
      },
    },
    jargon: {
      flag: {
        en: ['Some people get a placebo.', 'This study is for refractory leukemia.', 'The study measures efficacy.', 'This is a monotherapy study.'],
        es: ['Algunas personas reciben un placebo.', 'Este estudio es para leucemia refractaria.', 'El estudio mide la eficacia.', 'Es un estudio de monoterapia.'],
      },
      pass: {
        en: [
          'Some people get a placebo, a pill with no medicine in it.',
          'Cancer that has spread (metastatic).',
          'The study wants to learn how well the drug works.',
        ],
        es: [
          'Algunas personas reciben un placebo, una pastilla sin medicamento.',
          'Cáncer que se ha extendido (metastásico).',
          'El estudio quiere saber qué tan bien funciona el medicamento.',
        ],
      },
    },
    'reading-grade': {
      flag: {
        en: ['The investigators will comprehensively evaluate participants experiencing unanticipated complications throughout the intervention period.'],
        es: ['Los investigadores evaluarán exhaustivamente a los participantes que experimenten complicaciones imprevistas durante el período de intervención.'],
      },
      pass: {
        en: ['You take one pill each day. The study team checks on you every two weeks.'],
        es: ['Usted toma una pastilla cada día. El equipo del estudio lo revisa cada dos semanas.'],
      },
    },
  };

  const found = (code, field, lang, text) => {
    const config = base({ [field]: { en: lang === 'en' ? text : 'A plain text.', es: lang === 'es' ? text : 'Un texto simple.' } });
    return lint(config).findings.some((f) => f.code === code && f.path === `${field}.${lang}`);
  };

  for (const [code, table] of Object.entries(RULES)) {
    const field = table.field ?? 'summary';
    for (const lang of ['en', 'es']) {
      test(`${code} (${lang}): flags what it must, passes what it must`, () => {
        const missed = table.flag[lang].filter((text) => !found(code, field, lang, text));
        const wrong = table.pass[lang].filter((text) => found(code, field, lang, text));
        assert.deepEqual({ missed, wrong }, { missed: [], wrong: [] });
      });
    }
    test(`${code}: the same number of cases in both languages`, () => {
      assert.equal(table.flag.en.length, table.flag.es.length);
      assert.equal(table.pass.en.length, table.pass.es.length);
    });
  }

  test('the registry jargon the issue names is listed, with plain alternatives, in both languages', () => {
    for (const [lang, terms] of [
      ['en', ['refractory', 'efficacy', 'monotherapy']],
      ['es', ['refractario', 'eficacia', 'monoterapia']],
    ]) {
      for (const term of terms) {
        const entry = DEFAULT_JARGON[lang].find((t) => t.term === term);
        assert.ok(entry?.plain, `${lang}: ${term}`);
      }
    }
  });
});
