import { expect } from '@open-wc/testing';
import { fromClinicalTrialsGov, REWRITE_MARKER } from '../../src/core/ctgov-import.js';
import { buildFaq, faqItemText, type FaqItem } from '../../src/core/faq-topics.js';
import { publishedFindings, resultsPending } from '../../src/core/findings.js';
import { validateConfig } from '../../src/core/validate.js';
import { faq } from '../../src/i18n/en/faq.js';
import { addEnglish, createTranslator, loadLanguage } from '../../src/i18n/translate.js';
import { minimalConfig } from '../helpers.js';

addEnglish('faq', faq);
const en = { lang: 'en', t: createTranslator('en') };
const results = (items: FaqItem[]) => items.find((item) => item.id === 'results')!;

async function record(nctId: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/ctgov/${nctId}.json`)).json();
}

const FINDINGS = { summary: 'Both groups did about as well.', url: 'https://clinicaltrials.gov/study/NCT02513394?tab=results', postedOn: '2022-04-13' };

describe('findings', () => {
  describe('schema', () => {
    it('accepts summary, url, postedOn and notify, and checks each', async () => {
      expect(
        (
          await validateConfig(
            minimalConfig({ findings: { ...FINDINGS, notify: { endpoint: 'https://example.org/notify', consent: { en: 'I agree.', es: 'Acepto.' } } } }),
          )
        ).ok,
      ).to.equal(true);
      const bad = await validateConfig(
        minimalConfig({
          findings: { url: 'http://example.org/results', postedOn: '13/04/2022', notify: { endpoint: 'javascript:alert(1)', consent: '' }, sumary: 'typo' },
        }),
      );
      expect(bad.ok).to.equal(false);
      const paths = bad.ok ? [] : bad.problems.map((p) => p.path);
      expect(paths).to.include.members(['findings.url', 'findings.postedOn', 'findings.notify.endpoint', 'findings.notify.consent']);
      expect(
        paths.some((p) => p.startsWith('findings')),
        'the typo is named',
      ).to.equal(true);
      expect(JSON.stringify(bad)).to.contain('sumary');
    });
  });

  describe('what may be shown', () => {
    it('leaves out a draft summary still marked for rewrite, and an unsafe link', () => {
      expect(publishedFindings(minimalConfig({ findings: { summary: `${REWRITE_MARKER} Main measure: iDFS.` } }))).to.equal(undefined);
      expect(publishedFindings(minimalConfig({ findings: { url: 'javascript:alert(1)' } }))).to.equal(undefined);
      expect(publishedFindings(minimalConfig({ findings: FINDINGS }))).to.deep.equal(FINDINGS);
    });

    it('says results are pending for a finished or stopped study, or one that offers the sign-up', () => {
      expect(resultsPending(minimalConfig({ status: 'completed' }))).to.equal(true);
      expect(resultsPending(minimalConfig({ status: 'terminated' }))).to.equal(true);
      expect(resultsPending(minimalConfig({ status: 'recruiting' }))).to.equal(false);
      expect(resultsPending(minimalConfig({ status: 'recruiting', findings: { notify: { endpoint: 'https://x.example', consent: 'OK' } } }))).to.equal(true);
      expect(resultsPending(minimalConfig({ status: 'completed', findings: FINDINGS }))).to.equal(false);
    });
  });

  describe('FAQ results topic', () => {
    it('answers from findings when present: what it found, when it was posted, the full results', () => {
      const config = minimalConfig({ findings: FINDINGS, participation: { results: 'The results will be posted online.' } });
      const item = results(buildFaq(config, en));
      expect(item.missing).to.equal(undefined);
      expect(item.answer).to.deep.equal([
        { kind: 'p', text: 'Both groups did about as well.' },
        { kind: 'p', text: 'Posted on April 13, 2022' },
        { kind: 'links', items: [[FINDINGS.url, 'Read the full results']] },
      ]);
    });

    it('answers from participation.results as before when there are no findings (or only a draft)', () => {
      const config = minimalConfig({ participation: { results: 'The results will be posted online.' }, findings: { summary: `${REWRITE_MARKER} draft` } });
      expect(faqItemText(results(buildFaq(config, en))))
        .to.contain('The results will be posted online.')
        .and.not.contain('draft');
      expect(results(buildFaq(minimalConfig(), en)).missing).to.equal(true);
    });

    it('answers in Spanish', async () => {
      await loadLanguage('es');
      const es = { lang: 'es', t: createTranslator('es') };
      const config = minimalConfig({
        findings: { ...FINDINGS, summary: { en: 'Both groups did about as well.', es: 'A los dos grupos les fue más o menos igual.' } },
      });
      const text = faqItemText(results(buildFaq(config, es)));
      expect(text)
        .to.contain('A los dos grupos les fue más o menos igual.')
        .and.contain('Publicado el 13 de abril de 2022')
        .and.contain('Leer los resultados completos');
    });
  });

  describe('ClinicalTrials.gov import', () => {
    it('a record with results gives the results page, the date they were posted, and a draft summary marked for rewrite', async () => {
      const result = fromClinicalTrialsGov(await record('NCT02513394'));
      if (!result.ok) throw new Error(result.message);
      const findings = result.config.findings!;
      expect(findings.url).to.equal('https://clinicaltrials.gov/study/NCT02513394?tab=results');
      expect(findings.postedOn).to.equal('2022-04-13');
      expect(findings.summary).to.be.a('string');
      expect((findings.summary as string).startsWith(`${REWRITE_MARKER} `)).to.equal(true);
      // The registry's own primary outcome and numbers, for the team to put in plain words.
      expect(findings.summary).to.contain('Invasive Disease Free Survival').and.contain('84.2').and.contain('84.5');
      expect(result.notes.join(' ')).to.contain('findings.summary');
      expect((await validateConfig(result.config)).ok).to.equal(true);
    });

    it('the browser import keeps the link but no draft text', async () => {
      const result = fromClinicalTrialsGov(await record('NCT02513394'), { questions: false });
      if (!result.ok) throw new Error(result.message);
      expect(result.config.findings).to.deep.equal({ url: 'https://clinicaltrials.gov/study/NCT02513394?tab=results', postedOn: '2022-04-13' });
    });

    it('a record without results gives no findings', async () => {
      for (const nctId of ['NCT03377387', 'NCT00184067']) {
        const result = fromClinicalTrialsGov(await record(nctId));
        if (!result.ok) throw new Error(result.message);
        expect(result.config.findings, nctId).to.equal(undefined);
      }
    });
  });
});
