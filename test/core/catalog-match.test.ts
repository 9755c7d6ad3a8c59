import { expect } from '@open-wc/testing';
import { filtersInUse, matchTrials, parseRadius, prepareSearch, resultDistance, searchKey } from '../../src/core/catalog-match.js';
import type { CatalogEntry, CatalogSummary, TrialCatalog } from '../../src/core/catalog-types.js';
import type { Question } from '../../src/core/schema.js';

const SEATTLE = { lat: 47.6062, lon: -122.3321 };
const TACOMA = { lat: 47.2529, lon: -122.4443 }; // about 40 km south of Seattle
const PORTLAND = { lat: 45.5152, lon: -122.6784 }; // about 230 km
const NEW_YORK = { lat: 40.7128, lon: -74.006 };

const place = (name: string, geo?: { lat: number; lon: number }, recruiting?: boolean): NonNullable<CatalogSummary['locations']>[number] => ({
  name,
  country: 'US',
  city: name,
  ...(geo ? { geo } : {}),
  ...(recruiting === undefined ? {} : { recruiting }),
});

const trial = (id: string, extra: Partial<CatalogSummary> = {}, entry: Partial<CatalogEntry> = {}): CatalogEntry => ({
  src: `${id}.json`,
  summary: { id, title: `Study ${id}`, status: 'recruiting', ...extra },
  ...entry,
});

const catalogOf = (trials: CatalogEntry[], questions?: Question[]): TrialCatalog => ({ catalogVersion: 1, trials, ...(questions ? { questions } : {}) });
const ids = (catalog: TrialCatalog, filters: Parameters<typeof matchTrials>[1], lang = 'en') => matchTrials(catalog, filters, lang).map((r) => r.summary.id);

describe('searchKey', () => {
  it('forgives case, accents and punctuation', () => {
    expect(searchKey('Esclerosis Múltiple', 'es')).to.equal(searchKey('esclerosis multiple', 'es'));
    expect(searchKey("Crohn's disease", 'en')).to.equal(searchKey('crohns DISEASE', 'en'));
    expect(searchKey('Non-small-cell lung cancer', 'en')).to.equal('non small cell lung cancer');
    // Plain ASCII takes a quicker path; it must give what the full path gives.
    expect(searchKey('Crohn’s diseases — Ünïcode', 'en')).to.equal(`${searchKey("Crohn's diseases", 'en')} unicode`);
  });

  it('reads simple English plurals as their singular', () => {
    expect(searchKey('studies cancers boxes classes diseases', 'en')).to.equal('study cancer box class disease');
    // Short words and words that only look plural stay as they are.
    expect(searchKey('MS HIV sclerosis lupus class', 'en')).to.equal('ms hiv sclerosis lupus class');
  });

  it('reads simple Spanish plurals as their singular', () => {
    expect(searchKey('tumores pruebas enfermedades luces', 'es')).to.equal(searchKey('tumor prueba enfermedad luz', 'es'));
    expect(searchKey('esclerosis múltiples', 'es')).to.equal(searchKey('esclerosis múltiple', 'es'));
  });

  it('folds Arabic letter variants and the joined article', () => {
    expect(searchKey('السرطان', 'ar')).to.equal(searchKey('سرطان', 'ar'));
    expect(searchKey('أورام', 'ar')).to.equal(searchKey('اورام', 'ar'));
  });

  it('survives a malformed language tag', () => {
    expect(searchKey('Cancers', 'not a tag!')).to.equal('cancers');
  });
});

describe('matchTrials: words', () => {
  const catalog = catalogOf([
    trial('ms', { title: 'A study for people with multiple sclerosis (MS)', conditions: ['Multiple sclerosis'] }),
    trial('em', { title: { en: 'Walking study', es: 'Estudio sobre la marcha' }, conditions: [{ en: 'Multiple sclerosis', es: 'Esclerosis múltiple' }] }),
    trial('lung', { title: 'Lung cancer pills', summary: 'For people whose cancer has spread.', glossaryTerms: ['Metastatic'] }),
    trial('breast', { title: 'Exercise after treatment', summary: 'For women who had breast cancer.' }),
  ]);

  it('needs every word, each as the start of a word, in title, summary, conditions or glossary terms', () => {
    expect(ids(catalog, { words: 'sclerosis' })).to.deep.equal(['ms', 'em']);
    expect(ids(catalog, { words: 'multiple scler' })).to.deep.equal(['ms', 'em']);
    expect(ids(catalog, { words: 'cancers' })).to.deep.equal(['lung', 'breast']);
    expect(ids(catalog, { words: 'breast cancer' })).to.deep.equal(['breast']);
    expect(ids(catalog, { words: 'metastatic' })).to.deep.equal(['lung']);
    expect(ids(catalog, { words: 'MS' })).to.deep.equal(['ms']);
    expect(ids(catalog, { words: 'heart' })).to.deep.equal([]);
    // Only the start of a word: "ancer" is inside "cancer", not its start.
    expect(ids(catalog, { words: 'ancer' })).to.deep.equal([]);
  });

  it('finds "esclerosis multiple" in "Esclerosis múltiple" in Spanish', () => {
    expect(ids(catalog, { words: 'esclerosis multiple' }, 'es')).to.deep.equal(['em']);
    expect(ids(catalog, { words: 'ESCLEROSIS MÚLTIPLES' }, 'es-MX')).to.deep.equal(['em']);
  });

  it('ignores small words and blank input', () => {
    expect(ids(catalog, { words: 'cancer of the lung' })).to.deep.equal(['lung']);
    expect(ids(catalog, { words: '   ' })).to.have.length(4);
  });

  it('puts a title match before a summary match', () => {
    const c = catalogOf([trial('in-summary', { title: 'Heart study', summary: 'About lung cancer.' }), trial('in-title', { title: 'Lung cancer study' })]);
    expect(ids(c, { words: 'lung cancer' })).to.deep.equal(['in-title', 'in-summary']);
  });

  it('matches Chinese without spaces', () => {
    const c = catalogOf([trial('zh', { title: { en: 'Breast cancer', 'zh-Hans': '乳腺癌研究' } }), trial('other', { title: { 'zh-Hans': '肺癌' } })]);
    expect(ids(c, { words: '乳腺癌' }, 'zh-Hans')).to.deep.equal(['zh']);
    expect(ids(c, { words: '癌' }, 'zh-Hans')).to.deep.equal(['zh', 'other']);
  });
});

describe('matchTrials: status, age, sex, from home', () => {
  const catalog = catalogOf([
    trial('open', { who: { minAge: 18, maxAge: 65, sex: 'all' } }),
    trial('invite', { status: 'enrolling_by_invitation', who: { sex: 'female' } }),
    trial('soon', { status: 'not_yet_recruiting', who: { minAge: 50 }, participation: { remote: true } }),
    trial('done', { status: 'completed' }),
    trial('kids', { who: { maxAge: 17.5, sex: 'male' }, participation: { remote: false } }),
  ]);

  it('shows studies taking volunteers now by default', () => {
    expect(ids(catalog, {})).to.deep.equal(['open', 'invite', 'kids']);
    expect(ids(catalog, { takingNow: true })).to.deep.equal(['open', 'invite', 'kids']);
  });

  it('adds or keeps only studies opening soon; both off shows every status', () => {
    expect(ids(catalog, { openingSoon: true })).to.deep.equal(['open', 'invite', 'soon', 'kids']);
    expect(ids(catalog, { takingNow: false, openingSoon: true })).to.deep.equal(['soon']);
    expect(ids(catalog, { takingNow: false, openingSoon: false })).to.deep.equal(['open', 'invite', 'soon', 'done', 'kids']);
  });

  it('matches age and sex against who, and lets a trial without limits pass', () => {
    const all = { takingNow: false };
    expect(ids(catalog, { ...all, age: 70 })).to.deep.equal(['invite', 'soon', 'done']);
    expect(ids(catalog, { ...all, age: 17 })).to.deep.equal(['invite', 'done', 'kids']);
    expect(ids(catalog, { ...all, age: 65 })).to.deep.equal(['open', 'invite', 'soon', 'done']);
    expect(ids(catalog, { ...all, sex: 'male' })).to.deep.equal(['open', 'soon', 'done', 'kids']);
    expect(ids(catalog, { ...all, sex: 'female', age: 30 })).to.deep.equal(['open', 'invite', 'done']);
  });

  it('keeps only trials that can be done from home', () => {
    expect(ids(catalog, { takingNow: false, fromHome: true })).to.deep.equal(['soon']);
  });
});

describe('matchTrials: where', () => {
  const catalog = catalogOf([
    trial('portland', { locations: [place('Portland', PORTLAND)] }),
    trial('seattle', { locations: [place('Seattle (full)', SEATTLE, false), place('Tacoma', TACOMA), place('New York', NEW_YORK)] }),
    trial('closed-here', { status: 'active_not_recruiting', locations: [place('Seattle', SEATTLE)] }),
    trial('no-geo', { locations: [place('Somewhere')] }),
    trial('remote', { participation: { remote: true }, locations: [place('New York', NEW_YORK)] }),
    trial('soon', { status: 'not_yet_recruiting', locations: [place('Seattle', SEATTLE)] }),
  ]);

  it('sorts by distance to the nearest place taking volunteers, and never counts one that is not', () => {
    const results = matchTrials(catalog, { near: SEATTLE, takingNow: false }, 'en');
    expect(results.map((r) => r.summary.id)).to.deep.equal(['soon', 'seattle', 'portland', 'remote', 'closed-here', 'no-geo']);
    const seattle = results.find((r) => r.summary.id === 'seattle')!;
    expect(seattle.nearest!.location.name).to.equal('Tacoma');
    expect(seattle.nearest!.km).to.be.closeTo(40, 3);
    expect(results.find((r) => r.summary.id === 'closed-here')!.nearest).to.equal(undefined);
  });

  it('leaves out trials with no place within the radius, except those done from home', () => {
    expect(ids(catalog, { near: SEATTLE, radiusKm: 50 })).to.deep.equal(['seattle', 'remote']);
    expect(ids(catalog, { near: SEATTLE, radiusKm: 300 })).to.deep.equal(['seattle', 'portland', 'remote']);
    expect(ids(catalog, { near: SEATTLE, radiusKm: 10 })).to.deep.equal(['remote']);
    // A study opening soon counts the places that will take volunteers.
    expect(ids(catalog, { near: SEATTLE, radiusKm: 10, takingNow: false, openingSoon: true })).to.deep.equal(['soon']);
  });

  it('ignores a radius without a position', () => {
    expect(ids(catalog, { radiusKm: 10 })).to.have.length(4);
  });

  it('says the distance honestly in the reader’s unit', () => {
    const [first] = matchTrials(catalogOf([trial('t', { locations: [place('Tacoma', { lat: 47.25291, lon: -122.44431 })] })]), { near: SEATTLE }, 'en-US');
    expect(resultDistance(first!, 'en-US')).to.deep.equal({ kind: 'about', value: 25, unit: 'mile' });
    expect(resultDistance(first!, 'de')).to.deep.equal({ kind: 'about', value: 40, unit: 'kilometer' });
    // A point with 2 decimals is a city's centre: near it, say "near Tacoma", not a figure.
    const [city] = matchTrials(catalogOf([trial('t', { locations: [place('Tacoma', { lat: 47.25, lon: -122.44 })] })]), { near: { lat: 47.3, lon: -122.5 } }, 'en');
    expect(resultDistance(city!, 'en-US')).to.deep.equal({ kind: 'near', city: 'Tacoma' });
    expect(resultDistance(matchTrials(catalogOf([trial('x')]), {}, 'en')[0]!, 'en')).to.equal(undefined);
  });
});

describe('matchTrials: answer once, match many', () => {
  const questions: Question[] = [
    { id: 'diagnosed', text: 'Do you have MS?', type: 'yesno' },
    {
      id: 'kind',
      text: 'Which kind?',
      type: 'choice',
      options: [
        { value: 'relapsing', label: 'Relapsing' },
        { value: 'progressive', label: 'Progressive' },
      ],
      showIf: { q: 'diagnosed', equals: 'yes' },
    },
    { id: 'walk', text: 'Can you walk 100 m?', type: 'yesno' },
  ];
  const catalog = catalogOf(
    [
      trial('any-ms', {}, { eligibleIf: { q: 'diagnosed', equals: 'yes' } }),
      trial(
        'progressive',
        {},
        {
          eligibleIf: {
            all: [
              { q: 'kind', equals: 'progressive' },
              { q: 'walk', equals: 'yes' },
            ],
          },
        },
      ),
      trial('no-rule'),
      trial('not-relapsing', {}, { eligibleIf: { not: { q: 'kind', equals: 'relapsing' } } }),
    ],
    questions,
  );

  it('gives no match without answers', () => {
    const results = matchTrials(catalog, {}, 'en');
    expect(results.map((r) => r.match)).to.deep.equal([undefined, undefined, undefined, undefined]);
  });

  it('rates each trial, with the questions that decided it, and sorts unlikely last without hiding it', () => {
    const results = matchTrials(catalog, { answers: { diagnosed: 'yes', kind: 'relapsing' } }, 'en');
    expect(results.map((r) => [r.summary.id, r.match?.outcome, r.match?.reasons])).to.deep.equal([
      ['any-ms', 'likely', []],
      ['no-rule', undefined, undefined],
      ['progressive', 'unlikely', ['kind']],
      ['not-relapsing', 'unlikely', ['kind']],
    ]);
  });

  it('treats an unanswered or "not sure" question as unknown', () => {
    const results = matchTrials(catalog, { answers: { diagnosed: 'yes', kind: 'progressive', walk: null } }, 'en');
    expect(results.map((r) => [r.summary.id, r.match?.outcome, r.match?.reasons])).to.deep.equal([
      ['any-ms', 'likely', []],
      ['not-relapsing', 'likely', []],
      ['progressive', 'unsure', ['walk']],
      ['no-rule', undefined, undefined],
    ]);
    const unanswered = matchTrials(catalog, { answers: { diagnosed: 'yes' } }, 'en').find((r) => r.summary.id === 'progressive')!;
    expect(unanswered.match).to.deep.equal({ outcome: 'unsure', reasons: ['kind', 'walk'] });
  });

  it('treats a question its showIf hides as not applying', () => {
    // "kind" is hidden when not diagnosed: "kind equals progressive" is false, not unknown.
    const results = matchTrials(catalog, { answers: { diagnosed: 'no', walk: 'yes' } }, 'en');
    expect(results.find((r) => r.summary.id === 'progressive')!.match).to.deep.equal({ outcome: 'unlikely', reasons: ['kind'] });
    expect(results.find((r) => r.summary.id === 'any-ms')!.match).to.deep.equal({ outcome: 'unlikely', reasons: ['diagnosed'] });
  });

  it('sorts likely first, then by distance, then catalog order', () => {
    const c = catalogOf(
      [
        trial('far-likely', { locations: [place('Portland', PORTLAND)] }, { eligibleIf: { q: 'walk', equals: 'yes' } }),
        trial('near-unlikely', { locations: [place('Seattle', SEATTLE)] }, { eligibleIf: { q: 'walk', equals: 'no' } }),
        trial('near-likely', { locations: [place('Tacoma', TACOMA)] }, { eligibleIf: { q: 'walk', equals: 'yes' } }),
        trial('nowhere-likely', {}, { eligibleIf: { q: 'walk', equals: 'yes' } }),
      ],
      questions,
    );
    expect(ids(c, { near: SEATTLE, answers: { walk: 'yes' } })).to.deep.equal(['near-likely', 'far-likely', 'nowhere-likely', 'near-unlikely']);
  });

  it('skips entries that have no summary yet', () => {
    expect(ids(catalogOf([{ src: 'a.json' }, trial('b')]), {})).to.deep.equal(['b']);
  });
});

describe('filtersInUse', () => {
  it('names the filters in use, never their values', () => {
    expect(filtersInUse({})).to.deep.equal(['takingNow']);
    expect(filtersInUse({ takingNow: false })).to.deep.equal([]);
    expect(filtersInUse({ words: '  ', radiusKm: 50, answers: {} })).to.deep.equal(['takingNow']);
    expect(
      filtersInUse({
        words: 'ms',
        near: SEATTLE,
        radiusKm: 80,
        age: 40,
        sex: 'female',
        takingNow: true,
        openingSoon: true,
        fromHome: true,
        answers: { walk: 'yes' },
      }),
    ).to.deep.equal(['words', 'near', 'radius', 'age', 'sex', 'takingNow', 'openingSoon', 'fromHome', 'questions']);
    expect(JSON.stringify(filtersInUse({ words: 'secret words', age: 41 }))).not.to.match(/secret|41/);
  });
});

describe('parseRadius', () => {
  it('reads miles and kilometres into kilometres', () => {
    expect(parseRadius('50mi')).to.be.closeTo(80.47, 0.01);
    expect(parseRadius('50 miles')).to.be.closeTo(80.47, 0.01);
    expect(parseRadius('80km')).to.equal(80);
    expect(parseRadius(' 12.5 KM ')).to.equal(12.5);
    expect(parseRadius('1 kilometre')).to.equal(1);
  });

  it('refuses what it cannot read', () => {
    for (const value of ['', '50', 'far', '-5km', '0mi', '5 parsecs', null, undefined]) expect(parseRadius(value), String(value)).to.equal(undefined);
  });
});

describe('matchTrials at scale', () => {
  it('keeps a 5,000-trial catalog quick to filter by words once its keys are made', () => {
    const words = ['lung', 'breast', 'heart', 'sclerosis', 'diabetes', 'asthma', 'kidney', 'arthritis'];
    const trials = Array.from({ length: 5000 }, (_, i) =>
      trial(`t${i}`, {
        title: `A study of ${words[i % 8]} number ${i}`,
        summary: 'Plain words about what the study asks of you and how long it takes.',
        locations: [place('X', { lat: 30 + (i % 20), lon: -120 + (i % 40) })],
      }),
    );
    const catalog = catalogOf(trials);
    prepareSearch(catalog, 'en');
    const start = performance.now();
    const results = matchTrials(catalog, { words: 'sclerosis num', near: SEATTLE, radiusKm: 2000 }, 'en');
    const elapsed = performance.now() - start;
    expect(results.length).to.be.greaterThan(0);
    expect(results.every((r) => String(r.summary.title).includes('sclerosis'))).to.equal(true);
    // Generous for a loaded 2-core machine; bench/ measures the real figure.
    expect(elapsed).to.be.below(100);
  });
});
