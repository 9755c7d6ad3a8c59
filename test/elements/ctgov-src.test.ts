import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialStudy } from '../../src/elements/trial-study/trial-study.js';
import type { TrialErrorDetail, TrialReadyDetail } from '../../src/internal/events.js';
import { captureConsole, nextEvent, shadowText, until } from '../helpers.js';

const cardTitle = (card: Element) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();

async function studyFromCtgov(url: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const study = document.createElement('trial-study') as TrialStudy;
  const ready = nextEvent<TrialReadyDetail>(study, 'trial-ready', 8000);
  const error = nextEvent<TrialErrorDetail>(study, 'trial-error', 8000);
  ready.catch(() => {});
  error.catch(() => {});
  study.setAttribute('ctgov-src', url);
  study.innerHTML = '<trial-card></trial-card>';
  wrapper.append(study);
  return { study, card: study.querySelector('trial-card') as TrialCard, ready, error };
}

describe('<trial-study ctgov-src>', () => {
  afterEach(() => fixtureCleanup());

  it('imports a ClinicalTrials.gov record in the browser and shows it on the card', async () => {
    const { study, card, ready } = await studyFromCtgov('/test/fixtures/ctgov/NCT05147467.json');
    expect((await ready).detail).to.deep.equal({ trialId: 'nct05147467' });
    await until(() => cardTitle(card), 'card title');
    await card.updateComplete; // the sponsor is below the first screen, rendered a task after the title
    expect(cardTitle(card)).to.equal('Study of APG-2575 in Patients With Relapsed/Refractory CLL/SLL');
    const text = shadowText(card);
    expect(text).to.contain('Looking for volunteers now');
    expect(text).to.contain('Ascentage Pharma Group Inc.');
    expect(card.trialConfig!.eligibility, 'draft criteria questions are left out in the browser').to.equal(undefined);
    expect(study.getAttribute('ctgov-src')).to.equal('/test/fixtures/ctgov/NCT05147467.json');
    await expect(study).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('handles the 1,148-site record, and the card stays keyboard usable', async () => {
    const { card, ready } = await studyFromCtgov('/test/fixtures/ctgov/NCT04267848.json');
    await ready;
    await until(() => cardTitle(card), 'card title');
    expect(card.trialConfig!.locations).to.have.length(1148);
    const showAll = await until(() => [...card.shadowRoot!.querySelectorAll('button')].find((b) => /Show all/.test(b.textContent ?? '')), 'show-all button');
    showAll.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => /Show fewer/.test(shadowText(card)), 'list opened by keyboard');
    await expect(card).to.be.accessible();
  });

  it('works on a single element without <trial-study>', async () => {
    const card = await fixture<TrialCard>(html`<trial-card ctgov-src="/test/fixtures/ctgov/NCT03377387.json"></trial-card>`);
    await until(() => cardTitle(card), 'card title');
    expect(shadowText(card)).to.contain('Women only');
    expect(shadowText(card)).to.contain('Phase 1: tests how safe');
  });

  it('reports a file that is not an API v2 record by path, with the fix, and shows the fallback', async () => {
    const { result, errors } = await captureConsole(async () => {
      const { study, error } = await studyFromCtgov('/__test__/config/html');
      const event = await error;
      return { study, event };
    });
    expect(result.event.detail.problems[0]!.path).to.equal('ctgov-src');
    expect(result.event.detail.problems[0]!.message).to.match(/is XML or a web page, not JSON .*API v2 JSON record/);
    expect(errors.join('\n')).to.contain('ctgov-src');
    await until(() => shadowText(result.study).includes('can’t show this study'), 'fallback');
    await expect(result.study).to.be.accessible();
  });

  it('explains a JSON file that is not a study record, and a missing file', async () => {
    await captureConsole(async () => {
      const wrong = await studyFromCtgov('/demo/trials/cll-apg-2575.json');
      const message = (await wrong.error).detail.problems[0]!.message;
      expect(message).to.contain('not a ClinicalTrials.gov API v2 study record');
      fixtureCleanup();
      const missing = await studyFromCtgov('/__test__/config/not-found');
      expect((await missing.error).detail.problems[0]).to.deep.include({ path: 'ctgov-src' });
      expect((await missing.error).detail.problems[0]!.message).to.match(/No ClinicalTrials\.gov record was found .*\(404\)/);
    });
  });

  it('refuses a plain-http address on another site', async () => {
    await captureConsole(async () => {
      const { error } = await studyFromCtgov('http://example.org/record.json');
      expect((await error).detail.problems[0]).to.deep.equal({
        path: 'ctgov-src',
        message: '"http://example.org/record.json" cannot be loaded: use an https:// address or a file on this site.',
      });
    });
  });

  it('prefers src over ctgov-src', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML =
      '<trial-study src="/demo/trials/cll-apg-2575.json" ctgov-src="/test/fixtures/ctgov/NCT05147467.json"><trial-card></trial-card></trial-study>';
    const card = wrapper.querySelector('trial-card')!;
    await until(() => cardTitle(card), 'card title');
    expect(cardTitle(card)).to.equal('A study pill for leukemia (CLL) that came back');
  });
});
