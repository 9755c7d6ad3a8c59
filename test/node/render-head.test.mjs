// renderHead / medicalTrialJsonLd (src/render/head.ts): the head of a study's own page. Runs
// against the tsc output in dist/npm; run after `npm run build` (or `npx tsc -p tsconfig.json`).
// The head is parsed with parse5, the spec's HTML parser (a devDependency, the version @web/test-runner uses),
// so "cannot break out" is checked the way a browser would read the page.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import parse5 from 'parse5';
import { renderHead, medicalTrialJsonLd, previewText, MAX_STUDY_LOCATIONS, DESCRIPTION_WIDTH } from '../../dist/npm/render/head.js';
import { fromClinicalTrialsGov } from '../../dist/npm/core/ctgov-import.js';
import { STATUSES } from '../../dist/npm/core/constants.js';
import { validateConfig } from '../../dist/npm/core/validate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = (name) => JSON.parse(readFileSync(join(root, 'demo/trials', `${name}.json`), 'utf8'));
const DEMOS = ['lung-cancer-chemo-io', 'cll-apg-2575', 'breast-cancer-neratinib', 'breast-cancer-pallas'];
const CTGOV_DIR = join(root, 'test/fixtures/ctgov');
const ctgov = readdirSync(CTGOV_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const result = fromClinicalTrialsGov(readFileSync(join(CTGOV_DIR, name), 'utf8'));
    assert.ok(result.ok, name);
    return { name, config: result.config };
  });

// ---------------------------------------------------------------------------------------------
// schema.org, copied from the vocabulary release 30.0 (schemaorg/schemaorg,
// data/releases/30.0/schemaorg-current-https.jsonld): every type and property the head uses, with
// its parent types, its domainIncludes and its rangeIncludes. `phase` is not here: schema.org
// removed it in 7.0 (2020-03-17, issue #2448), with outcome and population.

const SUPERTYPES = {
  Thing: [],
  MedicalEntity: ['Thing'],
  MedicalStudy: ['MedicalEntity'],
  MedicalTrial: ['MedicalStudy'],
  MedicalCondition: ['MedicalEntity'],
  Organization: ['Thing'],
  Place: ['Thing'],
  AdministrativeArea: ['Place'],
  Intangible: ['Thing'],
  StructuredValue: ['Intangible'],
  ContactPoint: ['StructuredValue'],
  PostalAddress: ['ContactPoint'],
  GeoCoordinates: ['StructuredValue'],
  PropertyValue: ['StructuredValue'],
  CreativeWork: ['Thing'],
  WebPage: ['CreativeWork'],
  Enumeration: ['Intangible'],
  MedicalEnumeration: ['Enumeration'],
  MedicalStudyStatus: ['MedicalEnumeration'],
  MedicalTrialDesign: ['MedicalEnumeration'],
};
const PROPERTIES = {
  name: { domain: ['Thing'], range: ['Text'] },
  url: { domain: ['Thing'], range: ['URL'] },
  description: { domain: ['Thing'], range: ['TextObject', 'Text'] },
  alternateName: { domain: ['Thing'], range: ['Text'] },
  identifier: { domain: ['Thing'], range: ['Text', 'URL', 'PropertyValue'] },
  sameAs: { domain: ['Thing'], range: ['URL'] },
  mainEntityOfPage: { domain: ['Thing'], range: ['CreativeWork', 'URL'] },
  healthCondition: { domain: ['PeopleAudience', 'MedicalStudy', 'Patient'], range: ['MedicalCondition'] },
  sponsor: { domain: ['MedicalStudy', 'Event', 'Organization', 'Person', 'CreativeWork', 'Grant'], range: ['Organization', 'Person'] },
  status: { domain: ['MedicalStudy', 'MedicalCondition', 'MedicalProcedure'], range: ['EventStatusType', 'MedicalStudyStatus', 'Text'] },
  // The expected type is AdministrativeArea; a study site is a Place (AdministrativeArea's parent),
  // not an area. schema.org's expected types are not exclusive ("some data is better than none").
  studyLocation: { domain: ['MedicalStudy'], range: ['AdministrativeArea', 'Place'] },
  trialDesign: { domain: ['MedicalTrial'], range: ['MedicalTrialDesign'] },
  logo: { domain: ['Product', 'Brand', 'Place', 'Organization', 'Service', 'Certification'], range: ['URL', 'ImageObject'] },
  address: { domain: ['Place', 'Person', 'GeoShape', 'Organization', 'GeoCoordinates'], range: ['Text', 'PostalAddress'] },
  geo: { domain: ['Place'], range: ['GeoShape', 'GeoCoordinates'] },
  inLanguage: {
    domain: ['CreativeWork', 'WriteAction', 'PronounceableText', 'BroadcastService', 'CommunicateAction', 'LinkRole', 'Event'],
    range: ['Text', 'Language'],
  },
  addressLocality: { domain: ['PostalAddress'], range: ['Text'] },
  addressRegion: { domain: ['PostalAddress', 'DefinedRegion'], range: ['Text', 'AdministrativeArea'] },
  postalCode: { domain: ['GeoCoordinates', 'DefinedRegion', 'PostalAddress', 'GeoShape'], range: ['Text'] },
  addressCountry: { domain: ['PostalAddress', 'GeoShape', 'GeoCoordinates', 'DefinedRegion'], range: ['Country', 'Text'] },
  latitude: { domain: ['GeoCoordinates', 'Place'], range: ['Text', 'Number'] },
  longitude: { domain: ['GeoCoordinates', 'Place'], range: ['Text', 'Number'] },
  propertyID: { domain: ['PropertyValue'], range: ['Text', 'URL'] },
  value: { domain: ['MonetaryAmount', 'PropertyValue', 'QuantitativeValue'], range: ['StructuredValue', 'Text', 'Number', 'Boolean'] },
};
const MEMBERS = {
  MedicalStudyStatus: [
    'ActiveNotRecruiting',
    'Completed',
    'EnrollingByInvitation',
    'NotYetRecruiting',
    'Recruiting',
    'ResultsAvailable',
    'ResultsNotAvailable',
    'Suspended',
    'Terminated',
    'Withdrawn',
  ],
  MedicalTrialDesign: [
    'DoubleBlindedTrial',
    'InternationalTrial',
    'MultiCenterTrial',
    'OpenTrial',
    'PlaceboControlledTrial',
    'RandomizedTrial',
    'SingleBlindedTrial',
    'SingleCenterTrial',
    'TripleBlindedTrial',
  ],
};

const ancestors = (type) => [type, ...(SUPERTYPES[type] ?? []).flatMap(ancestors)];
const isA = (type, wanted) => ancestors(type).includes(wanted);

/** Every node's type is known, every property belongs to its node's type, every value is of an expected type. */
function assertSchemaOrg(node, path = '$') {
  assert.ok(node && typeof node === 'object' && !Array.isArray(node), `${path} is an object`);
  const type = node['@type'];
  assert.ok(type in SUPERTYPES, `${path}: @type ${type} is a schema.org type used here`);
  for (const [key, raw] of Object.entries(node)) {
    if (key === '@type' || key === '@context' || key === '@id') continue;
    const property = PROPERTIES[key];
    assert.ok(property, `${path}.${key} is a schema.org property (from the list above)`);
    assert.ok(
      property.domain.some((domain) => isA(type, domain)),
      `${path}.${key} belongs to ${type} (domain: ${property.domain})`,
    );
    for (const [index, value] of (Array.isArray(raw) ? raw : [raw]).entries()) {
      const at = Array.isArray(raw) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      if (value && typeof value === 'object') {
        assert.ok(
          property.range.some((range) => isA(value['@type'], range)),
          `${at}: ${value['@type']} is an expected type (${property.range})`,
        );
        assertSchemaOrg(value, at);
      } else {
        const enumeration = property.range.find((range) => MEMBERS[range]);
        if (enumeration) {
          const member = String(value).replace('https://schema.org/', '');
          assert.ok(MEMBERS[enumeration].includes(member), `${at}: ${value} is a ${enumeration}`);
        } else if (property.range.includes('URL') && !property.range.includes('Text')) {
          assert.match(String(value), /^https:\/\//, `${at} is a URL`);
        } else {
          assert.ok(['string', 'number'].includes(typeof value), `${at} is text or a number`);
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the head the way a browser does.

const element = (node, name) => node.childNodes.find((child) => child.nodeName === name);
const attr = (node, name) => node.attrs.find((a) => a.name === name)?.value;
const textOf = (node) => node.childNodes.map((child) => child.value ?? '').join('');

/**
 * Parses the head inside a whole page and returns its elements. Fails if anything ends up in the
 * body (a `<img>`, a text node, a closed `</head>`…), as it would when a config text broke out.
 */
function readHead(head) {
  const document = parse5.parse(`<!doctype html><html><head>${head}</head><body></body></html>`);
  const html = element(document, 'html');
  const body = element(html, 'body');
  assert.deepEqual(
    body.childNodes.map((child) => child.nodeName),
    [],
    'nothing in the head leaked into the body',
  );
  const nodes = element(html, 'head').childNodes;
  const stray = nodes.filter((node) => node.nodeName === '#text' && node.value.trim());
  assert.deepEqual(stray, [], 'no stray text in the head');
  const elements = nodes.filter((node) => node.tagName);
  const metas = new Map();
  for (const node of elements.filter((n) => n.tagName === 'meta')) {
    const key = attr(node, 'property') ?? attr(node, 'name');
    assert.ok(!metas.has(key), `one ${key}`);
    metas.set(key, attr(node, 'content'));
  }
  const scripts = elements.filter((n) => n.tagName === 'script');
  return {
    tags: elements.map((node) => node.tagName),
    title: textOf(elements.find((n) => n.tagName === 'title')),
    metas,
    scripts,
    jsonLd: scripts.map((script) => JSON.parse(textOf(script))),
  };
}

/** The head, parsed, with the one shape it always has: a title, metas and one JSON-LD script. */
function head(config, options) {
  const html = renderHead(config, options);
  assert.equal(html.split('\n').filter(Boolean).length, readHead(html).tags.length, 'one tag per line');
  const parsed = readHead(html);
  assert.equal(parsed.tags[0], 'title');
  assert.deepEqual([...new Set(parsed.tags)], ['title', 'meta', 'script']);
  assert.equal(parsed.scripts.length, 1);
  assert.equal(attr(parsed.scripts[0], 'type'), 'application/ld+json');
  // The only "</script" and "<script" in the text are the ones renderHead wrote; no "<!--" at all.
  assert.equal(html.split(/<\/script/i).length, 2, 'one </script');
  assert.equal(html.split(/<script/i).length, 2, 'one <script');
  assert.ok(!html.includes('<!--'), 'no <!--');
  return { html, ...parsed, ld: parsed.jsonLd[0] };
}

const text = (value, lang = 'en') => (typeof value === 'string' ? value : (value[lang] ?? value.en));

// ---------------------------------------------------------------------------------------------

describe('renderHead: the demo trials and the imported ClinicalTrials.gov records', () => {
  for (const name of DEMOS) {
    test(`${name}: title, description, Open Graph, Twitter and a valid MedicalTrial`, () => {
      const config = demo(name);
      const { title, metas, ld } = head(config);
      assert.equal(title, text(config.title));
      assert.equal(metas.get('og:title'), text(config.title));
      assert.equal(metas.get('og:type'), 'website');
      assert.equal(metas.get('twitter:card'), 'summary');
      assert.ok(text(config.summary).startsWith(metas.get('description').replace(/…$/, '')), 'description from the summary');
      assert.equal(metas.get('og:description'), metas.get('description'));
      assert.equal(metas.get('og:locale'), 'en_US');
      assert.equal(metas.get('og:url'), config.share?.url, 'og:url is share.url, or nothing');
      assert.equal(ld['@context'], 'https://schema.org');
      assert.equal(ld['@type'], 'MedicalTrial');
      assert.equal(ld.name, text(config.title));
      assert.equal(ld.description, text(config.summary), 'the whole summary in JSON-LD');
      assert.equal(ld.alternateName, text(config.officialTitle));
      assert.deepEqual(ld.identifier, {
        '@type': 'PropertyValue',
        propertyID: 'NCT Number',
        value: config.registry.nctId,
        url: `https://clinicaltrials.gov/study/${config.registry.nctId}`,
      });
      assert.deepEqual(
        ld.healthCondition.map((c) => c.name),
        config.conditions.map((c) => text(c)),
      );
      assert.equal(ld.sponsor.name, text(config.sponsor.name));
      assert.equal(ld.mainEntityOfPage.inLanguage, 'en');
      assert.ok(!('phase' in ld), 'schema.org has had no "phase" since 7.0');
      assertSchemaOrg(ld);
    });
  }

  for (const { name, config } of ctgov) {
    test(`imported ${name}: the registry's title and summary, its NCT number and status, valid schema.org`, () => {
      const { title, metas, ld } = head(config);
      assert.equal(title, config.title);
      assert.ok(metas.get('description').length > 0);
      assert.equal(ld.identifier.value, config.registry.nctId);
      assert.equal(ld.status, medicalTrialJsonLd(config).status);
      assert.ok(MEMBERS.MedicalStudyStatus.includes(ld.status.replace('https://schema.org/', '')));
      if (config.locations?.length) assert.ok(ld.studyLocation.length >= 1 && ld.studyLocation.length <= MAX_STUDY_LOCATIONS);
      assertSchemaOrg(ld);
    });
  }
});

describe('renderHead: every language', () => {
  const LANGS = {
    en: ['A study of a new lung cancer treatment', 'This study asks if a new medicine helps people after lung cancer surgery.', 'en_US'],
    es: ['Un estudio de un nuevo tratamiento para el cáncer de pulmón', 'Este estudio quiere saber si un nuevo medicamento ayuda después de la cirugía.', 'es_ES'],
    fr: ['Une étude sur un nouveau traitement du cancer du poumon', "Cette étude cherche à savoir si un nouveau médicament aide après l'opération.", 'fr_FR'],
    de: ['Eine Studie zu einer neuen Behandlung bei Lungenkrebs', 'Diese Studie fragt, ob ein neues Medikament nach der Operation hilft.', 'de_DE'],
    'pt-BR': ['Um estudo de um novo tratamento para câncer de pulmão', 'Este estudo quer saber se um novo remédio ajuda depois da cirurgia.', 'pt_BR'],
    'zh-Hans': ['一项肺癌新疗法的研究', '这项研究想知道一种新药在肺癌手术后是否有帮助。', 'zh_CN'],
    ar: ['دراسة عن علاج جديد لسرطان الرئة', 'تسأل هذه الدراسة إن كان دواء جديد يساعد بعد جراحة سرطان الرئة.', 'ar_EG'],
  };
  const entries = (index) => Object.fromEntries(Object.entries(LANGS).map(([lang, texts]) => [lang, texts[index]]));
  const config = {
    ...demo('lung-cancer-chemo-io'),
    title: entries(0),
    summary: entries(1),
    officialTitle: entries(0),
    conditions: [entries(0)],
    sponsor: { name: entries(0), url: 'https://www.cancer.gov', logo: { src: 'https://www.cancer.gov/logo.png', alt: entries(1) } },
  };

  test('the multilingual config is a valid config', () => {
    assert.equal(validateConfig(config).ok, true);
  });

  for (const [lang, [title, summary, ogLocale]] of Object.entries(LANGS)) {
    test(`${lang}: title, description, image text and JSON-LD in ${lang}; og:locale ${ogLocale}`, () => {
      const { metas, ld, ...parsed } = head(config, { lang });
      assert.equal(parsed.title, title);
      assert.equal(metas.get('og:title'), title);
      assert.equal(metas.get('description'), summary, 'a short summary is not cut');
      assert.equal(metas.get('og:locale'), ogLocale);
      assert.equal(metas.get('og:image'), 'https://www.cancer.gov/logo.png');
      assert.equal(metas.get('og:image:alt'), summary);
      assert.equal(metas.get('twitter:image:alt'), summary);
      assert.equal(ld.name, title);
      assert.equal(ld.description, summary);
      assert.equal(ld.healthCondition[0].name, title);
      assert.equal(ld.sponsor.name, title);
      assert.equal(ld.mainEntityOfPage.inLanguage, lang);
      assert.equal(ld.studyLocation[0].name, text(demo('lung-cancer-chemo-io').locations.find((p) => p.recruiting !== false).name));
      assertSchemaOrg(ld);
    });
  }

  test('a regional tag keeps its region (es-MX → es_MX); a missing language falls back to defaultLocale, as elements do', () => {
    const mexico = head(config, { lang: 'es-MX' });
    assert.equal(mexico.title, LANGS.es[0]);
    assert.equal(mexico.metas.get('og:locale'), 'es_MX');
    assert.equal(mexico.ld.mainEntityOfPage.inLanguage, 'es-MX');
    const italian = head(config, { lang: 'it' });
    assert.equal(italian.title, LANGS.en[0]);
    assert.equal(italian.metas.get('og:locale'), 'en_US', 'says the language the text is really in');
    const spanishDefault = head({ ...config, defaultLocale: 'es' }, { lang: 'it' });
    assert.equal(spanishDefault.title, LANGS.es[0]);
    assert.equal(head({ ...config, defaultLocale: 'es' }).title, LANGS.es[0], 'no lang: the config default');
    const traditional = head(config, { lang: 'zh-TW' });
    assert.equal(traditional.title, LANGS.en[0], 'Simplified is not served as Traditional');
  });

  test('the demo lung trial in Spanish', () => {
    const lung = demo('lung-cancer-chemo-io');
    const { title, metas, ld } = head(lung, { lang: 'es' });
    assert.equal(title, lung.title.es);
    assert.ok(lung.summary.es.startsWith(metas.get('description').replace(/…$/, '')));
    assert.equal(ld.healthCondition[0].name, lung.conditions[0].es);
    assert.equal(ld.sponsor.name, lung.sponsor.name.es);
  });

  test('a language option that is not a tag is an error that names the option', () => {
    assert.throws(() => renderHead(config, { lang: '"><script>' }), /--lang/);
  });
});

describe('renderHead: preview descriptions', () => {
  const width = (s) => [...s].length + (s.match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uff60]/g)?.length ?? 0);

  test('a long summary is cut at a word to about 155–160 characters, with "…"', () => {
    const lung = demo('lung-cancer-chemo-io');
    const { metas } = head(lung);
    const description = metas.get('description');
    assert.ok(lung.summary.en.length > DESCRIPTION_WIDTH);
    assert.ok(description.endsWith('…'));
    assert.ok([...description].length <= DESCRIPTION_WIDTH && [...description].length >= 140, `${[...description].length} characters`);
    const kept = description.slice(0, -1);
    assert.ok(lung.summary.en.startsWith(kept), 'a prefix of the summary');
    assert.match(lung.summary.en.slice(kept.length), /^[\s.,;:!?]/, 'cut between words');
  });

  test('whitespace and line breaks become single spaces; a short text is not cut', () => {
    assert.equal(previewText('  Two\n\nlines\tand  spaces ', 'en'), 'Two lines and spaces');
  });

  test('Chinese: cut between words, wide letters counted twice', () => {
    const long = '这项研究想知道一种新药在肺癌手术后是否有帮助。'.repeat(12);
    const cut = previewText(long, 'zh-Hans');
    assert.ok(cut.endsWith('…'));
    assert.ok(width(cut) <= DESCRIPTION_WIDTH, `width ${width(cut)}`);
    assert.ok(width(cut) >= DESCRIPTION_WIDTH - 12, `width ${width(cut)}`);
    assert.ok(long.startsWith(cut.slice(0, -1)));
  });

  test('never inside a surrogate pair or a letter with its accent, even in one very long word', () => {
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const long of ['😀'.repeat(300), `${'a😀'.repeat(200)}`, `word ${'😀 '.repeat(200)}`, 'e\u0301'.repeat(300), '𠀀𠀁'.repeat(100)]) {
      const cut = previewText(long, 'en');
      assert.ok(!loneSurrogate.test(cut), JSON.stringify(cut.slice(-4)));
      assert.ok(cut.endsWith('…'));
      assert.ok(long.startsWith(cut.slice(0, -1).trimEnd()), 'a prefix');
      if (long.includes('\u0301')) assert.ok(cut.slice(0, -1).endsWith('e\u0301'), 'the accent stays with its letter');
    }
  });
});

describe('renderHead: addresses', () => {
  const cll = demo('cll-apg-2575');
  const noShare = { ...demo('breast-cancer-neratinib') };

  test('--url wins over share.url and goes into og:url, the JSON-LD url and the page', () => {
    const { metas, ld } = head(cll, { url: 'https://example.org/studies/cll' });
    assert.equal(metas.get('og:url'), 'https://example.org/studies/cll');
    assert.equal(ld.url, 'https://example.org/studies/cll');
    assert.equal(ld.mainEntityOfPage['@id'], 'https://example.org/studies/cll');
    assert.equal(ld.sameAs, 'https://clinicaltrials.gov/study/NCT05147467', 'the registry listing is the same study');
  });

  test('without --url or share.url there is no URL at all: none is invented', () => {
    assert.equal(noShare.share.url, undefined);
    const { metas, ld } = head(noShare);
    assert.equal(metas.get('og:url'), undefined);
    assert.equal(ld.url, undefined);
    assert.equal(ld.mainEntityOfPage['@id'], undefined);
    assert.equal(ld.mainEntityOfPage.url, undefined);
  });

  test('http://localhost is accepted for development', () => {
    assert.equal(head(cll, { url: 'http://localhost:8000/demo/' }).metas.get('og:url'), 'http://localhost:8000/demo/');
  });

  for (const bad of ['http://example.org/study', 'javascript:alert(1)', 'data:text/html,x', '/studies/cll', 'example.org', '']) {
    test(`--url ${JSON.stringify(bad)} is an error that names --url and says what to give`, () => {
      assert.throws(
        () => renderHead(cll, { url: bad }),
        (error) => error instanceof Error && /--url/.test(error.message) && /https:\/\//.test(error.message),
      );
    });
  }

  test('an unsafe share.url or logo (a config changed after validation) is left out, not rendered', () => {
    const config = { ...cll, share: { url: 'javascript:alert(1)' }, sponsor: { name: 'X', url: 'http://example.org', logo: { src: 'data:image/png,x', alt: 'X' } } };
    const { html, metas, ld } = head(config);
    assert.equal(metas.get('og:url'), undefined);
    assert.equal(metas.get('og:image'), undefined);
    assert.equal(ld.sponsor.url, undefined);
    assert.ok(!/javascript:|data:/.test(html));
  });

  test('og:image and its alt only when the sponsor has a logo', () => {
    assert.equal(head(cll).metas.get('og:image'), undefined);
    const withLogo = { ...cll, sponsor: { ...cll.sponsor, logo: { src: 'https://example.org/logo.png', alt: 'Ascentage Pharma logo' } } };
    const { metas, ld } = head(withLogo);
    assert.equal(metas.get('og:image'), 'https://example.org/logo.png');
    assert.equal(metas.get('og:image:alt'), 'Ascentage Pharma logo');
    assert.equal(ld.sponsor.logo, 'https://example.org/logo.png');
  });

  test('EU CT and ISRCTN numbers are identifiers too, each with its listing', () => {
    const config = { ...cll, registry: { nctId: 'NCT05147467', euCtNumber: '2023-501234-12-00', isrctn: '12345678' } };
    const { ld } = head(config);
    assert.deepEqual(
      ld.identifier.map((id) => [id.propertyID, id.value]),
      [
        ['NCT Number', 'NCT05147467'],
        ['EU CT number', '2023-501234-12-00'],
        ['ISRCTN', 'ISRCTN12345678'],
      ],
    );
    assert.equal(ld.identifier[2].url, 'https://www.isrctn.com/ISRCTN12345678');
    // The ClinicalTrials.gov listing is this config's share.url, so the page's own url, not a sameAs.
    assert.equal(ld.url, 'https://clinicaltrials.gov/study/NCT05147467');
    assert.deepEqual(ld.sameAs, [ld.identifier[1].url, ld.identifier[2].url]);
    assertSchemaOrg(ld);
  });
});

describe('medicalTrialJsonLd: status, places and design say only what the config says', () => {
  const base = demo('cll-apg-2575');
  const EXPECTED = {
    not_yet_recruiting: 'NotYetRecruiting',
    recruiting: 'Recruiting',
    enrolling_by_invitation: 'EnrollingByInvitation',
    active_not_recruiting: 'ActiveNotRecruiting',
    suspended: 'Suspended',
    terminated: 'Terminated',
    completed: 'Completed',
    withdrawn: 'Withdrawn',
  };

  test('every config status is a MedicalStudyStatus member', () => {
    assert.deepEqual(Object.keys(EXPECTED).sort(), [...STATUSES].sort());
    for (const status of ['constructor', 'toString', '__proto__', 'RECRUITING']) assert.equal(medicalTrialJsonLd({ ...base, status }).status, undefined, status);
    for (const status of STATUSES) {
      const ld = medicalTrialJsonLd({ ...base, status });
      assert.equal(ld.status, `https://schema.org/${EXPECTED[status]}`);
      assert.ok(MEMBERS.MedicalStudyStatus.includes(EXPECTED[status]));
    }
  });

  test('the 1,148-place trial: 50 places taking volunteers, spread over the regions, and a head of under 20 KB', () => {
    const lung = demo('lung-cancer-chemo-io');
    assert.equal(lung.locations.length, 1148);
    const html = renderHead(lung);
    const { ld } = head(lung);
    assert.equal(ld.studyLocation.length, MAX_STUDY_LOCATIONS);
    const taking = new Set(lung.locations.filter((p) => p.recruiting !== false).map((p) => p.name));
    assert.ok(
      ld.studyLocation.every((place) => taking.has(place.name)),
      'no place that is not taking volunteers',
    );
    const regions = new Set(lung.locations.filter((p) => taking.has(p.name)).map((p) => `${p.country}/${p.region}`));
    const shown = new Set(ld.studyLocation.map((p) => `${p.address.addressCountry}/${p.address.addressRegion}`));
    assert.equal(shown.size, Math.min(regions.size, MAX_STUDY_LOCATIONS), `one per region first (${shown.size} of ${regions.size})`);
    const bytes = Buffer.byteLength(html);
    assert.ok(bytes < 20_000, `${bytes} bytes`);
    const first = lung.locations.find((p) => taking.has(p.name));
    assert.deepEqual(ld.studyLocation.find((p) => p.name === first.name).address, {
      '@type': 'PostalAddress',
      addressLocality: first.city,
      addressRegion: first.region,
      postalCode: first.postalCode,
      addressCountry: first.country,
    });
  });

  test('a closed study lists the places where it ran', () => {
    const pallas = ctgov.find(({ name }) => name === 'NCT02513394.json').config;
    const ld = medicalTrialJsonLd(pallas);
    assert.equal(pallas.status, 'active_not_recruiting');
    assert.equal(ld.studyLocation.length, MAX_STUDY_LOCATIONS);
  });

  test("geo only for a place's own point, not its city's centre shared with other sites", () => {
    const config = {
      ...base,
      locations: [
        { name: 'A', city: 'Oslo', country: 'Norway', geo: { lat: 59.91273, lon: 10.74609 } },
        { name: 'B', city: 'Oslo', country: 'Norway', geo: { lat: 59.91273, lon: 10.74609 } },
        { name: 'C', city: 'Bergen', country: 'Norway', geo: { lat: 60.389444, lon: 5.327778 } },
        { name: 'D', city: 'Tromsø', country: 'Norway', geo: { lat: 69.65, lon: 18.96 } },
      ],
    };
    const ld = medicalTrialJsonLd(config);
    assert.deepEqual(
      ld.studyLocation.map((p) => [p.name, p.geo?.latitude]),
      [
        ['A', undefined],
        ['B', undefined],
        ['C', 60.389444],
        ['D', undefined],
      ],
    );
    assertSchemaOrg(ld);
  });

  test('trialDesign: multi-centre from two places, international from two countries, never placebo from a sentence', () => {
    const place = (name, country) => ({ name, city: 'X', country });
    const placebo = { participation: { placebo: 'Some people get a placebo (a look-alike with no medicine).' } };
    assert.equal(medicalTrialJsonLd({ ...base, ...placebo, locations: [place('A', 'US')] }).trialDesign, undefined);
    assert.equal(medicalTrialJsonLd({ ...base, locations: [place('A', 'US'), place('B', 'US')] }).trialDesign, 'https://schema.org/MultiCenterTrial');
    assert.deepEqual(medicalTrialJsonLd({ ...base, ...placebo, locations: [place('A', 'US'), place('B', 'Canada')] }).trialDesign, [
      'https://schema.org/MultiCenterTrial',
      'https://schema.org/InternationalTrial',
    ]);
    assert.equal(medicalTrialJsonLd({ ...base, locations: undefined }).trialDesign, undefined);
  });

  test('texts still marked [REWRITE] are refused, by path', () => {
    const draft = { ...base, summary: '[REWRITE] Registry wording', conditions: ['CLL', '[REWRITE] SLL'] };
    assert.throws(
      () => renderHead(draft),
      (error) => /\[REWRITE\]/.test(error.message) && /summary/.test(error.message) && /conditions\[1\]/.test(error.message),
    );
    // A marked question (not in the head) does not stop it.
    const question = { ...base, eligibility: { questions: [{ id: 'q', type: 'yesno', text: '[REWRITE] Are you 18?' }] } };
    assert.doesNotThrow(() => renderHead(question));
  });
});

describe('renderHead: hostile config text cannot break out of the JSON-LD or the attributes', () => {
  // The browser XSS corpus (test/pages/xss-corpus.test.ts), plus what ends a script, a comment or a title.
  const { corpus, markup } = JSON.parse(readFileSync(new URL('../fixtures/xss-payloads.json', import.meta.url), 'utf8'));
  const PAYLOADS = [...corpus, ...markup];

  /** Every text of the config (LocalizedText values, place fields) set to `payload`; structure and URLs left valid. */
  function hostile(payload) {
    const config = structuredClone(demo('lung-cancer-chemo-io'));
    config.locations = config.locations.filter((place) => place.recruiting !== false).slice(0, 3);
    const localized = (value, text = payload) => (typeof value === 'string' ? text : Object.fromEntries(Object.keys(value).map((lang) => [lang, text])));
    config.title = localized(config.title);
    config.summary = localized(config.summary);
    config.officialTitle = localized(config.officialTitle, `${payload} (official)`);
    config.conditions = config.conditions.map((condition) => localized(condition));
    config.sponsor = { name: localized(config.sponsor.name), url: 'https://www.cancer.gov', logo: { src: 'https://www.cancer.gov/logo.png', alt: payload } };
    for (const place of config.locations) Object.assign(place, { name: payload, city: payload, region: payload, postalCode: payload, country: payload });
    return config;
  }

  for (const payload of PAYLOADS) {
    test(`${JSON.stringify(payload)}: the same elements, and JSON.parse gives the text back unchanged`, () => {
      const config = hostile(payload);
      const { title, metas, ld, tags } = head(config, { lang: 'es', url: 'https://example.org/a?b=1&c="2"' });
      assert.deepEqual(tags, ['title', ...Array(10).fill('meta'), 'script']);
      const line = payload.replace(/\s+/g, ' ').trim();
      assert.equal(title, line);
      assert.equal(metas.get('og:title'), line);
      assert.equal(metas.get('og:image:alt'), line);
      assert.ok(line.startsWith(metas.get('description').replace(/…$/, '')));
      assert.equal(metas.get('og:url'), 'https://example.org/a?b=1&c="2"');
      for (const [key, value] of [
        ['name', ld.name],
        ['description', ld.description],
        ['healthCondition', ld.healthCondition[0].name],
        ['sponsor', ld.sponsor.name],
        ['place', ld.studyLocation[0].name],
        ['city', ld.studyLocation[0].address.addressLocality],
        ['country', ld.studyLocation[0].address.addressCountry],
      ]) {
        assert.equal(value, payload, key);
      }
      assert.equal(ld.alternateName, `${payload} (official)`);
    });
  }

  test('every string of the config replaced, structure and all (an unvalidated config): still only the expected elements', () => {
    for (const payload of PAYLOADS) {
      const config = structuredClone(demo('cll-apg-2575'));
      const visit = (value) => {
        for (const [key, item] of Object.entries(value)) {
          if (typeof item === 'string') value[key] = payload;
          else if (item && typeof item === 'object') visit(item);
        }
      };
      visit(config);
      delete config.defaultLocale;
      const { tags, ld, metas } = head(config);
      assert.ok(tags.length >= 5);
      assert.equal(ld.status, undefined, 'an unknown status is left out');
      // Every URL of the config is now the payload, which is no https:// address: none is used.
      for (const key of ['og:url', 'og:image']) assert.equal(metas.get(key), undefined, key);
      for (const key of ['url', 'sameAs']) assert.equal(ld[key], undefined, key);
      assert.equal(ld.sponsor.url, undefined);
      assert.equal(ld.name, payload);
    }
  });
});
