import { expect } from '@open-wc/testing';
import { fromClinicalTrialsGov, parseCtgovAge, REWRITE_MARKER } from '../../src/core/ctgov-import.js';
import { splitCriteria, unescapeMarkdown } from '../../src/core/ctgov-criteria.js';
import { validateConfig } from '../../src/core/validate.js';
import type { TrialConfig } from '../../src/core/schema.js';

const FIXTURES = ['NCT00184067', 'NCT02513394', 'NCT03377387', 'NCT03934567', 'NCT04267848', 'NCT05147467'];
const records = new Map<string, unknown>();

// A registry record as parsed JSON, which each test reshapes freely (deep paths, any value).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RegistryRecord = Record<string, any>;

async function record(nctId: string): Promise<RegistryRecord> {
  if (!records.has(nctId)) {
    const response = await fetch(`/test/fixtures/ctgov/${nctId}.json`);
    records.set(nctId, await response.json());
  }
  return structuredClone(records.get(nctId)) as RegistryRecord;
}

function imported(input: unknown, options?: Parameters<typeof fromClinicalTrialsGov>[1]): { config: TrialConfig; notes: string[] } {
  const result = fromClinicalTrialsGov(input, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('fromClinicalTrialsGov', () => {
  it('imports all six fixture records to configs that validate', async () => {
    for (const nctId of FIXTURES) {
      const { config } = imported(await record(nctId));
      const result = validateConfig(config);
      expect(result.ok, `${nctId}: ${JSON.stringify(!result.ok && result.problems.slice(0, 3))}`).to.equal(true);
      expect(config.id).to.equal(nctId.toLowerCase());
      expect(config.registry).to.include({ nctId, url: `https://clinicaltrials.gov/study/${nctId}` });
    }
  });

  it('maps titles, summary, conditions, status, phases, sponsor and collaborators', async () => {
    const { config } = imported(await record('NCT02513394'));
    expect(config.title).to.be.a('string').and.not.to.equal('');
    expect(config.officialTitle).to.be.a('string');
    expect(config.summary).to.be.a('string');
    expect(config.status).to.equal('active_not_recruiting');
    expect(config.phase).to.equal('phase3');
    expect(config.sponsor).to.deep.equal({ name: 'Alliance Foundation Trials, LLC.' });
    expect(config.funding).to.equal(
      'Alliance Foundation Trials, LLC. is the sponsor of this study. It works with Austrian Breast & Colorectal Cancer Study Group, NSABP Foundation Inc, PrECOG, LLC., Breast International Group and Pfizer.',
    );
    expect(config.conditions).to.include('Breast Cancer');
  });

  it('reads who can join: ages, sex, healthy volunteers', async () => {
    const data = await record('NCT03377387');
    expect(imported(data).config.who).to.deep.equal({ minAge: 18, sex: 'female', healthyVolunteers: false });
    data.protocolSection.eligibilityModule.minimumAge = '6 Months';
    data.protocolSection.eligibilityModule.maximumAge = '17 Years';
    data.protocolSection.eligibilityModule.healthyVolunteers = true;
    expect(imported(data).config.who).to.deep.equal({ minAge: 0.5, maxAge: 17, sex: 'female', healthyVolunteers: true });
    data.protocolSection.eligibilityModule.minimumAge = 'N/A';
    delete data.protocolSection.eligibilityModule.maximumAge;
    expect(imported(data).config.who).to.deep.equal({ sex: 'female', healthyVolunteers: true });
  });

  it('parses registry ages in any unit', () => {
    expect(parseCtgovAge('18 Years')).to.equal(18);
    expect(parseCtgovAge('6 Months')).to.equal(0.5);
    expect(parseCtgovAge('1 Year')).to.equal(1);
    expect(parseCtgovAge('2 Weeks')).to.equal(0.04);
    expect(parseCtgovAge('N/A')).to.equal(undefined);
    expect(parseCtgovAge(undefined)).to.equal(undefined);
  });

  it('maps sites: status, missing state and geo, contacts', async () => {
    const { config } = imported(await record('NCT04267848'));
    expect(config.locations).to.have.length(1148);
    const first = config.locations![0]!;
    expect(first).to.include({
      name: 'Anchorage Associates in Radiation Medicine',
      city: 'Anchorage',
      region: 'Alaska',
      postalCode: '98508',
      country: 'United States',
      recruiting: false,
    });
    expect(first.geo).to.deep.equal({ lat: 61.21806, lon: -149.90028 });
    const withContact = config.locations!.find((l) => l.contact)!;
    expect(withContact.recruiting).to.equal(true);
    expect(withContact.contact!.phone ?? withContact.contact!.email).to.be.a('string');

    const china = imported(await record('NCT03934567')).config.locations!;
    expect(china.filter((l) => !l.region)).to.have.length(26);
    expect(china.filter((l) => !l.geo)).to.have.length(1);
  });

  it('uses the central contact, or falls back to the registry page', async () => {
    expect(imported(await record('NCT05147467')).config.contact).to.deep.equal({ name: 'Zi Chen, Doctor', phone: '+8618117275173', email: 'Zi.Chen@ascentage.com' });
    const { config, notes } = imported(await record('NCT00184067'));
    expect(config.contact).to.deep.equal({ name: 'ClinicalTrials.gov', url: 'https://clinicaltrials.gov/study/NCT00184067' });
    expect(notes.join(' ')).to.contain('no central contact');
  });

  it('keeps why a study stopped, and notes a missing status', async () => {
    const data = await record('NCT00184067');
    expect(imported(data).config.faq).to.deep.equal([{ id: 'why-stopped', question: 'Why did the study stop?', answer: 'Primary PI left institution' }]);
    delete data.protocolSection.statusModule.overallStatus;
    const { config, notes } = imported(data);
    expect(config.status).to.equal('active_not_recruiting');
    expect(notes.join(' ')).to.contain('overall status is missing');
  });

  it('drafts one yes/no question per criterion, marked for rewriting', async () => {
    const { config } = imported(await record('NCT05147467'));
    const questions = config.eligibility!.questions;
    expect(questions).to.have.length(14);
    expect(questions[0]).to.deep.equal({
      id: 'inclusion-1',
      type: 'yesno',
      text: `${REWRITE_MARKER} Age ≥18 years old.`,
      eligibleIf: { q: 'inclusion-1', equals: 'yes' },
    });
    expect(questions[7]!.eligibleIf).to.deep.equal({ q: 'exclusion-1', equals: 'no' });
    expect(questions.find((q) => q.id === 'exclusion-6')!.text).to.contain('except that: Fully treated cervical carcinoma in situ;');
  });

  it('leaves questions out when asked (the browser import)', async () => {
    expect(imported(await record('NCT05147467'), { questions: false }).config.eligibility).to.equal(undefined);
  });

  it('takes the first study of a search page or list, and says so', async () => {
    const study = await record('NCT05147467');
    const page = imported({ studies: [study, study], nextPageToken: 'x' });
    expect(page.config.id).to.equal('nct05147467');
    expect(page.notes[0]).to.contain('search result page ({ "studies": [...] }) of 2 studies; imported only the first, NCT05147467');
    expect(imported([study]).notes[0]).to.contain('a list; imported its one study');
  });

  it('accepts JSON text, and explains what is not an API v2 record', () => {
    const fails = (input: unknown) => {
      const result = fromClinicalTrialsGov(input);
      expect(result.ok).to.equal(false);
      return result.ok ? '' : result.message;
    };
    expect(fails('<?xml version="1.0"?><clinical_study>…</clinical_study>')).to.contain('classic ClinicalTrials.gov XML');
    expect(fails('<!doctype html><p>hi')).to.contain('XML or a web page');
    expect(fails('{"FullStudiesResponse": {}}')).to.contain('retired ClinicalTrials.gov API v1');
    expect(fails('{ nope')).to.contain('not valid JSON');
    expect(fails({ studies: [] })).to.contain('no studies');
    expect(fails([])).to.contain('a list with no studies');
    expect(fails(42)).to.contain('has no "protocolSection"');
    expect(fails({ protocolSection: { identificationModule: { nctId: 'NCT1' } } })).to.contain('nctId');
    for (const message of [fails(null), fails({ clinical_study: {} })]) expect(message).to.contain('https://clinicaltrials.gov/api/v2/studies/');
  });

  // Its speed is measured against JSON.parse by `npm run bench:import`, not asserted here.
  it('imports the 1,148-site record', async () => {
    const data = await record('NCT04267848');
    expect(imported(data).config.locations).to.have.length(1148);
  });
});

describe('splitCriteria', () => {
  it('splits inclusion and exclusion sections, bullets and numbers', () => {
    const split = splitCriteria('Inclusion Criteria:\n\n* Adults\n* Can swallow pills\n\nExclusion Criteria:\n\n1. Pregnant\n2. Allergic to X');
    expect(split.inclusion).to.deep.equal(['Adults', 'Can swallow pills']);
    expect(split.exclusion).to.deep.equal(['Pregnant', 'Allergic to X']);
  });

  it('joins nested lists to their parent item', () => {
    const split = splitCriteria('Inclusion Criteria:\n\n* Women who:\n\n  * had surgery; or\n  * had chemo\n* Adults');
    expect(split.inclusion).to.deep.equal(['Women who: had surgery; or had chemo', 'Adults']);
  });

  it('removes markdown escapes', () => {
    expect(unescapeMarkdown('Age \\>= 18, ANC \\>= 1,500/mm\\^3, HCV RNA \\[qualitative\\]')).to.equal('Age >= 18, ANC >= 1,500/mm^3, HCV RNA [qualitative]');
  });

  it('keeps introductory sentences as notes, and stray paragraphs as items', () => {
    const split = splitCriteria('Inclusion Criteria:\n\nPeople who meet all of these can join:\n\n1. Adults\n\nTissue must be sent to the lab.\n\n* Can walk');
    expect(split.inclusion).to.deep.equal(['Adults', 'Tissue must be sent to the lab.', 'Can walk']);
    expect(split.notes[0]).to.contain('People who meet all of these can join:');
  });

  it('takes texts without headers as inclusion, and says so', () => {
    const split = splitCriteria('- Adults\n- Can swallow pills');
    expect(split.inclusion).to.have.length(2);
    expect(split.exclusion).to.have.length(0);
    expect(split.notes.join(' ')).to.contain('no "Inclusion Criteria:" or "Exclusion Criteria:" header');
  });

  it('notes an inclusion-only text, and mends an item broken in two', () => {
    const split = splitCriteria('Inclusion Criteria:\n\n* Takes drugs that block the action of\n* CYP3A enzymes\n* Adults');
    expect(split.inclusion).to.deep.equal(['Takes drugs that block the action of CYP3A enzymes', 'Adults']);
    expect(split.notes.join(' ')).to.contain('no exclusion section');
  });

  it('reads bold and heading-style headers', () => {
    const split = splitCriteria('**Inclusion Criteria:**\n- A\n\n### Exclusion criteria\n- B');
    expect(split).to.deep.include({ inclusion: ['A'], exclusion: ['B'] });
  });
});
