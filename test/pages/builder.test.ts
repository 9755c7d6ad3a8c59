import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateConfig } from '../../src/core/validate.js';
import { readinessOf } from '../../demo/builder/readiness.js';
import { conditionFromRule, ruleFromCondition, type QuestionShape } from '../../demo/builder/rules.js';
import { buildSnippet, bundleUrlFrom, contrastOnWhite, nearestPassingColour, type SnippetOptions } from '../../demo/builder/snippet.js';
import { shadowText, until } from '../helpers.js';
import { axeViolations, loadRecipe, type LoadedRecipe } from '../recipes/load-recipe.js';

const STORAGE_KEY = 'trialkit-builder';

// ---------------------------------------------------------------------------------------------
// Driving the builder page as a person would: values typed, boxes ticked, buttons pressed.

const q = <T extends Element = HTMLElement>(page: LoadedRecipe, selector: string) => {
  const found = page.doc.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the builder`);
  return found;
};

function type(page: LoadedRecipe, selector: string, value: string) {
  const field = q<HTMLInputElement | HTMLTextAreaElement>(page, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(page: LoadedRecipe, selector: string, value: string) {
  const select = q<HTMLSelectElement>(page, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const click = (page: LoadedRecipe, selector: string) => q(page, selector).click();
const buttonNamed = (page: LoadedRecipe, label: string) => [...page.doc.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
const snippet = (page: LoadedRecipe) => q<HTMLTextAreaElement>(page, '#snippet').value;
const readinessHeading = (page: LoadedRecipe) => q(page, '#readiness-heading').textContent ?? '';
const fitsTheWindow = (page: LoadedRecipe) => page.doc.documentElement.scrollWidth <= page.doc.documentElement.clientWidth;

async function builder(width = 390): Promise<LoadedRecipe> {
  const page = await loadRecipe('/demo/builder.html', width);
  await until(() => q<HTMLTextAreaElement>(page, '#snippet').value || readinessHeading(page) !== 'Checking…', 'the first check');
  return page;
}

/** Pastes the snippet into an empty page (an iframe at phone width) and waits for the card. */
async function pasteIntoEmptyPage(code: string) {
  const empty = await fixture<HTMLIFrameElement>(
    html`<iframe title="empty page" width="390" height="800" srcdoc=${`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body>${code}</body></html>`}></iframe>`,
  );
  const title = await until(
    () => empty.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]'),
    'the card in the pasted page',
    15_000,
  );
  return { doc: empty.contentDocument!, title };
}

beforeEach(() => localStorage.removeItem(STORAGE_KEY));
afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
  fixtureCleanup();
});

// ---------------------------------------------------------------------------------------------

describe('builder: pure parts', () => {
  it('a too-light accent becomes the nearest colour white text can sit on; a dark one stays', () => {
    for (const light of ['#a0c4ff', '#ffcc00', '#7fd1ae', '#ffffff', '#ff6b6b']) {
      const fixed = nearestPassingColour(light);
      expect(contrastOnWhite(light), light).to.be.below(4.5);
      expect(contrastOnWhite(fixed), `${light} → ${fixed}`).to.be.at.least(4.5);
      // Nearest: one step lighter would fail again.
      expect(contrastOnWhite(fixed), `${light} → ${fixed} is not darker than needed`).to.be.below(4.8);
    }
    expect(nearestPassingColour('#1d5fa8')).to.equal('#1d5fa8');
  });

  it('the script address comes from where the site keeps trialkit', () => {
    expect(bundleUrlFrom('')).to.deep.equal({ ok: true, url: '/trialkit/dist/trialkit.js' });
    expect(bundleUrlFrom('/trialkit/dist/')).to.deep.equal({ ok: true, url: '/trialkit/dist/trialkit.js' });
    expect(bundleUrlFrom('https://static.example.org/tk/dist')).to.deep.equal({ ok: true, url: 'https://static.example.org/tk/dist/trialkit.js' });
    expect(bundleUrlFrom('https://static.example.org/tk/trialkit.js')).to.deep.equal({ ok: true, url: 'https://static.example.org/tk/trialkit.js' });
    expect(bundleUrlFrom('http://localhost:8000/dist/').ok).to.equal(true);
    for (const bad of ['http://example.org/dist/', 'dist/', '//cdn.example.org/', 'javascript:alert(1)', '/a b/'])
      expect(bundleUrlFrom(bad).ok, bad).to.equal(false);
  });

  it('a draft snippet starts with a comment saying so; a ready one does not', () => {
    const options: SnippetOptions = {
      bundleUrl: '/dist/trialkit.js',
      elements: ['trial-card'],
      lang: '',
      theme: 'light',
      accent: '',
      networks: '',
      ref: '',
      delivery: 'inline',
      fileUrl: '',
    };
    const config = { schemaVersion: 1, id: 'x' };
    expect(buildSnippet(config, { ...options, draft: { mustFix: 3 } })).to.match(/^<!-- DRAFT: not ready for patients\. 3 must-fix findings left\./);
    expect(buildSnippet(config, options)).to.match(/^<script type="module" src="\/dist\/trialkit\.js"><\/script>/);
    expect(buildSnippet(config, options)).not.to.contain('DRAFT');
  });

  it('"rules out when…" in words round-trips to eligibleIf for yes/no, choice, several choices and number', () => {
    const yesno: QuestionShape = { id: 'adult', type: 'yesno' };
    expect(conditionFromRule(yesno, { kind: 'answers', values: ['no'] })).to.deep.equal({ q: 'adult', equals: 'yes' });
    expect(ruleFromCondition(yesno, { q: 'adult', equals: 'yes' })).to.deep.equal({ kind: 'answers', values: ['no'] });
    const choice: QuestionShape = {
      id: 'smoke',
      type: 'choice',
      options: [
        { value: 'never', label: 'Never' },
        { value: 'past', label: 'In the past' },
        { value: 'now', label: 'Now' },
      ],
    };
    expect(conditionFromRule(choice, { kind: 'answers', values: ['now'] })).to.deep.equal({ q: 'smoke', in: ['never', 'past'] });
    expect(ruleFromCondition(choice, { q: 'smoke', in: ['never', 'past'] })).to.deep.equal({ kind: 'answers', values: ['now'] });
    const multi: QuestionShape = { ...choice, type: 'multi' };
    expect(conditionFromRule(multi, { kind: 'answers', values: ['now'] })).to.deep.equal({ not: { q: 'smoke', equals: 'now' } });
    expect(ruleFromCondition(multi, { not: { q: 'smoke', in: ['past', 'now'] } })).to.deep.equal({ kind: 'answers', values: ['past', 'now'] });
    const age: QuestionShape = { id: 'age', type: 'number' };
    expect(conditionFromRule(age, { kind: 'range', below: 18, above: 75 })).to.deep.equal({ q: 'age', min: 18, max: 75 });
    expect(ruleFromCondition(age, { q: 'age', min: 18 })).to.deep.equal({ kind: 'range', below: 18 });
    expect(conditionFromRule(age, { kind: 'range' })).to.equal(undefined);
    // A rule the form cannot edit is kept as written.
    expect(
      ruleFromCondition(yesno, {
        all: [
          { q: 'adult', equals: 'yes' },
          { q: 'age', min: 18 },
        ],
      }),
    ).to.deep.equal({ kind: 'custom' });
    expect(ruleFromCondition(yesno, { q: 'other', equals: 'yes' })).to.deep.equal({ kind: 'custom' });
  });

  it('not ready while a [REWRITE] marker or a localhost address is left, whatever the linter calls it', () => {
    const config = { schemaVersion: 1, faq: [{ id: 'x', question: 'Q', answer: 'A', topic: '[REWRITE]' }] };
    const draft = readinessOf(config, true, [
      { severity: 'warning', code: 'dev-link', path: 'contact.url', excerpt: '', message: 'Development address.', fix: 'Use https.' },
    ]);
    expect(draft.state).to.equal('draft');
    expect(draft.mustFix.map((m) => m.path)).to.deep.equal(['contact.url', 'faq[0].topic']);
    expect(readinessOf({ schemaVersion: 1 }, true, []).state).to.equal('ready');
    expect(
      readinessOf({ schemaVersion: 1 }, false, [{ severity: 'error', code: 'schema', path: 'title', excerpt: '', message: '"title" is required.', fix: '' }]),
    ).to.deep.equal({ state: 'invalid', mustFix: [{ path: 'title', message: 'Required: fill this in.' }] });
  });
});

describe('the embed builder (demo/builder.html)', function () {
  this.timeout(60_000);

  it('starts from a demo trial: ready, previewed, with a snippet, fits 390 px and passes axe', async () => {
    const page = await builder();
    await until(() => readinessHeading(page) === 'Ready for patients', 'ready');
    expect(q(page, '#validation').textContent).to.contain('Ready for patients');
    for (const tag of ['trial-card', 'trial-eligibility', 'trial-faq', 'trial-share']) {
      expect(page.doc.querySelector(`#preview ${tag}`), tag).to.exist;
      expect(snippet(page)).to.contain(`<${tag}`);
    }
    expect(fitsTheWindow(page), `page ${page.doc.documentElement.scrollWidth} px wide in a 390 px window`).to.equal(true);
    expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('the script address is where the site keeps trialkit, explained, and a wrong one stops the snippet', async () => {
    const page = await builder();
    await until(() => snippet(page), 'snippet');
    expect(snippet(page)).to.contain('<script type="module" src="/trialkit/dist/trialkit.js"></script>');
    expect(snippet(page)).not.to.match(/127\.0\.0\.1|localhost/);
    expect(q(page, '#host-hint').textContent).to.contain('/trialkit/dist/');
    type(page, '#host', 'https://static.example.org/trialkit/dist/');
    expect(snippet(page)).to.contain('src="https://static.example.org/trialkit/dist/trialkit.js"');
    type(page, '#host', 'http://example.org/dist/');
    expect(q(page, '#host-error').hidden).to.equal(false);
    expect(q(page, '#host').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(page)).to.equal('');
    expect(q<HTMLButtonElement>(page, '#copy').disabled).to.equal(true);
    expect(await axeViolations(page, q(page, 'form'))).to.deep.equal([]);
  });

  it('the 1,148-place study goes as a file by default; a small one inside the snippet; the file fields show only for a file', async () => {
    const page = await builder();
    await until(() => snippet(page).includes('src="/trials/alchemist-chemo-io.json"'), 'file snippet');
    expect(q<HTMLInputElement>(page, 'input[name="delivery"][value="file"]').checked).to.equal(true);
    expect(snippet(page).length, 'snippet length').to.be.below(1000);
    expect(q(page, '#file-field').checkVisibility()).to.equal(true);
    expect(q(page, '#delivery-note').textContent).to.contain('large');
    choose(page, '#source', 'cll-apg-2575');
    await until(() => snippet(page).includes('<script type="application/json">'), 'inline snippet');
    expect(q<HTMLInputElement>(page, 'input[name="delivery"][value="inline"]').checked).to.equal(true);
    expect(q(page, '#file-field').checkVisibility(), '"Where you will put the config file" hidden for "Inside the snippet"').to.equal(false);
    expect(q(page, '#download').checkVisibility()).to.equal(false);
    expect(await axeViolations(page, q(page, 'form'))).to.deep.equal([]);
  });

  it('a file snippet pasted into an empty page loads the config from the address given', async () => {
    const page = await builder();
    await until(() => snippet(page).includes('src="/trials/'), 'file snippet');
    type(page, '#host', '/dist/');
    type(page, '#file-url', '/demo/trials/lung-cancer-chemo-io.json');
    const pasted = await pasteIntoEmptyPage(snippet(page));
    expect(pasted.title.textContent).to.contain('lung cancer surgery');
  });

  it('never stale: broken JSON, a config the schema rejects, or an emptied box pause the preview and the snippet, and copy is off', async () => {
    const page = await builder();
    await until(() => snippet(page), 'snippet');
    const config = JSON.parse(q<HTMLTextAreaElement>(page, '#config-text').value);
    const paused = async (what: string, says: string) => {
      await until(
        () => snippet(page) === '' && readinessHeading(page).startsWith('Not ready') && q(page, '#readiness').textContent!.includes(says),
        `paused after ${what}`,
      );
      expect(page.doc.querySelector('#preview trial-study'), `no stale preview after ${what}`).to.equal(null);
      expect(q(page, '#preview-status').textContent).to.contain('No preview');
      expect(q<HTMLButtonElement>(page, '#copy').disabled).to.equal(true);
      expect(q<HTMLTextAreaElement>(page, '#snippet').placeholder).to.contain('when the config works');
      expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);
    };
    type(page, '#config-text', JSON.stringify({ ...config, status: 'RECRUITING' }));
    await paused('a wrong status', 'Did you mean "recruiting"?');
    const link = await until(
      () => [...page.doc.querySelectorAll<HTMLAnchorElement>('#readiness a')].find((a) => a.hash === '#f-status'),
      'must-fix link to the status field',
    );
    expect(link.textContent).to.contain('Did you mean "recruiting"?');
    type(page, '#config-text', '{ "schemaVersion": 1, ');
    await paused('broken JSON', 'The JSON has a mistake');
    type(page, '#config-text', JSON.stringify(config));
    await until(() => snippet(page).includes('<trial-study'), 'snippet back once valid');
    expect(q<HTMLButtonElement>(page, '#copy').disabled).to.equal(false);
    choose(page, '#source', 'paste');
    await paused('"My own trial config" emptied the box', 'Paste your trial config');
    expect(q<HTMLDetailsElement>(page, '#advanced').open).to.equal(true);
    // Typing in the form after the box was emptied starts a config from the form, not from the stale one.
    type(page, '#f-title', 'A title typed in the form');
    await until(() => q<HTMLTextAreaElement>(page, '#config-text').value.includes('"title": "A title typed in the form"'), 'the JSON view follows the form again');
    const fromForm = JSON.parse(q<HTMLTextAreaElement>(page, '#config-text').value);
    expect(fromForm).to.deep.equal({ title: 'A title typed in the form', id: 'a-title-typed-in-the-form', schemaVersion: 1 });
    await until(() => readinessHeading(page).startsWith('Not ready') && q(page, '#readiness').textContent!.includes('Summary: Required'), 'what is still missing');
  });

  it('a colour flagged "Too light" is not used: the nearest passing colour is, and can be taken with one button', async () => {
    const page = await builder();
    await until(() => snippet(page), 'snippet');
    type(page, '#accent', '#a0c4ff');
    const fixed = nearestPassingColour('#a0c4ff');
    expect(q(page, '#accent-contrast').textContent).to.contain('Too light').and.contain(fixed);
    expect(snippet(page)).to.contain(`--trial-color-accent: ${fixed};`).and.not.contain('#a0c4ff');
    expect(q<HTMLElement>(page, '#preview trial-study').style.getPropertyValue('--trial-color-accent')).to.equal(fixed);
    expect(await axeViolations(page, q(page, 'form'))).to.deep.equal([]);
    click(page, '#accent-fix');
    expect(q<HTMLInputElement>(page, '#accent').value).to.equal(fixed);
    expect(q(page, '#accent-contrast').textContent).to.contain('Easy to read');
    expect(q(page, '#accent-fix-row').hidden).to.equal(true);
  });

  it("a site owner's journey from nothing: the form, two questions, a must-fix found and fixed, copy, paste, and the pre-screener works", async () => {
    const page = await builder();
    choose(page, '#source', 'blank');
    await until(() => readinessHeading(page).startsWith('Not ready'), 'an empty trial is not ready');
    expect(snippet(page)).to.equal('');
    expect(fitsTheWindow(page)).to.equal(true);
    expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);

    type(page, '#f-title', 'Get PAID to sleep better');
    type(page, '#f-summary', 'This study tests if a phone app can help people who sleep badly. You use the app each night for 8 weeks.');
    type(page, '#f-contact-phone', '+1 555 010 0199');
    type(page, '#f-contact-email', 'sleep@example.org');
    type(page, '#f-paste-places', 'City Hospital, Springfield, United States');
    click(page, '#f-paste-places-add');
    expect(q<HTMLInputElement>(page, '#f-place0-name').value).to.equal('City Hospital');
    expect(q<HTMLInputElement>(page, '#f-id').value, 'short name from the title').to.equal('get-paid-to-sleep-better');

    click(page, '#f-add-question');
    expect(page.doc.activeElement).to.equal(q(page, '#f-q0-text'));
    type(page, '#f-q0-text', 'Are you 18 or older?');
    q<HTMLInputElement>(page, '#f-q0-rule-1').click(); // rules out "No"
    type(page, '#f-q0-reason', 'This study is only for adults.');
    click(page, '#f-add-question');
    type(page, '#f-q1-text', 'How many nights a week do you sleep badly?');
    choose(page, '#f-q1-type', 'number');
    type(page, '#f-q1-unit', 'nights');
    type(page, '#f-q1-rule-below', '3');
    type(page, '#f-q1-reason', 'This study is for people who sleep badly at least 3 nights a week.');

    // The form and the JSON view are one config.
    await until(() => q<HTMLTextAreaElement>(page, '#config-text').value.includes('"min": 3'), 'the JSON view follows the form');
    const json = JSON.parse(q<HTMLTextAreaElement>(page, '#config-text').value);
    expect(json.eligibility.questions).to.deep.equal([
      { id: 'q1', type: 'yesno', text: 'Are you 18 or older?', eligibleIf: { q: 'q1', equals: 'yes' }, reason: 'This study is only for adults.' },
      {
        id: 'q2',
        type: 'number',
        text: 'How many nights a week do you sleep badly?',
        unit: 'nights',
        eligibleIf: { q: 'q2', min: 3 },
        reason: 'This study is for people who sleep badly at least 3 nights a week.',
      },
    ]);

    // Payment in capitals, in the title: a must-fix beside the field, and a link to it above the snippet.
    await until(() => readinessHeading(page).startsWith('Not ready for patients:') && snippet(page).startsWith('<!-- DRAFT'), 'a draft');
    expect(q(page, '#f-title-findings').textContent).to.contain('Must fix');
    expect(q(page, '#f-title').getAttribute('aria-invalid')).to.equal('true');
    const link = [...page.doc.querySelectorAll<HTMLAnchorElement>('#readiness a')].find((a) => a.hash === '#f-title')!;
    expect(link.textContent).to.contain('Title');
    expect(fitsTheWindow(page)).to.equal(true);
    expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);
    page.frame.focus();
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(page.doc.activeElement, 'the link takes focus to the title field').to.equal(q(page, '#f-title'));

    type(page, '#f-title', 'A phone app to help people sleep better');
    await until(() => readinessHeading(page) === 'Ready for patients', 'ready once fixed');
    expect(snippet(page)).not.to.contain('DRAFT');
    expect(page.doc.querySelector('#preview trial-eligibility')).to.exist;

    type(page, '#host', '/dist/');
    click(page, '#copy');
    expect(q<HTMLDialogElement>(page, '#confirm-draft').open, 'no confirmation for a ready snippet').to.equal(false);
    await until(() => q(page, '#copy-status').textContent, 'copy status');
    expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);

    const code = snippet(page);
    expect(code).to.contain('<script type="module" src="/dist/trialkit.js"></script>').and.contain('<script type="application/json">');
    const pasted = await pasteIntoEmptyPage(code);
    expect(pasted.title.textContent).to.contain('A phone app to help people sleep better');
    const eligibility = pasted.doc.querySelector('trial-eligibility')!;
    // The pre-screener is defined from its chunk a moment after the page starts: until then it has no shadow root.
    const inShadow = () => eligibility.shadowRoot ?? document.createDocumentFragment();
    const press = async (label: string) =>
      (await until(() => [...inShadow().querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label), `"${label}"`)).click();
    await press('Start');
    (await until(() => inShadow().querySelector<HTMLInputElement>('input[name="q1"][value="no"]'), 'the first question')).click();
    const submit = await until(
      () => [...inShadow().querySelectorAll<HTMLButtonElement>('button')].find((b) => ['Continue', 'See my result'].includes(b.textContent!.trim())),
      'Continue',
    );
    submit.click();
    await until(() => shadowText(eligibility).includes('This study may not be right for you'), 'the result');
    expect(shadowText(eligibility)).to.contain('This study is only for adults.');
  });

  it('the same from a ClinicalTrials.gov record: a draft until the rewrite markers are gone, copied only after confirming', async () => {
    const page = await builder();
    const record = await (await fetch('/test/fixtures/ctgov/NCT05147467.json')).text();
    choose(page, '#source', 'ctgov');
    expect(page.doc.activeElement).to.equal(q(page, '#config-text'));
    type(page, '#config-text', record);
    await until(() => snippet(page).startsWith('<!-- DRAFT'), 'a draft snippet');
    expect(snippet(page)).to.contain('NCT05147467');
    expect(readinessHeading(page)).to.equal('Not ready for patients: 14 must-fix findings');
    expect(q(page, '#validation').textContent).not.to.contain('valid.');
    expect(q(page, '#f-q0-text-findings').textContent).to.contain('[REWRITE]');
    expect(q(page, '#preview-status').textContent).to.contain('draft');
    expect(fitsTheWindow(page), 'fits 390 px').to.equal(true);
    expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);

    // Copy asks first; "Go back and fix it" copies nothing.
    click(page, '#copy');
    const dialog = q<HTMLDialogElement>(page, '#confirm-draft');
    expect(dialog.open).to.equal(true);
    expect(q(page, '#confirm-text').textContent).to.contain('14 must-fix findings');
    expect(await axeViolations(page, dialog)).to.deep.equal([]);
    click(page, '#confirm-cancel');
    expect(dialog.open).to.equal(false);
    expect(q(page, '#copy-status').textContent).to.equal('');
    click(page, '#copy');
    click(page, '#confirm-copy');
    await until(() => q(page, '#copy-status').textContent, 'copied after confirming');

    // Rewrite two questions in plain words; remove the rest.
    type(page, '#f-q0-text', 'Has a doctor told you that you have blood cancer (CLL)?');
    type(page, '#f-q1-text', 'Are you 18 or older?');
    while (buttonNamed(page, 'Remove question 3')) buttonNamed(page, 'Remove question 3')!.click();
    await until(() => readinessHeading(page) === 'Ready for patients', 'ready once no marker is left');
    expect(snippet(page)).not.to.contain('[REWRITE]').and.not.contain('DRAFT');
    expect(validateConfig(JSON.parse(q<HTMLTextAreaElement>(page, '#config-text').value)).ok).to.equal(true);
    type(page, '#host', '/dist/');
    const pasted = await pasteIntoEmptyPage(snippet(page));
    expect(pasted.title.textContent!.trim().length).to.be.above(0);
    const start = await until(
      () => [...(pasted.doc.querySelector('trial-eligibility')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent!.trim() === 'Start'),
      'the pre-screener',
    );
    start.click();
    await until(() => shadowText(pasted.doc.querySelector('trial-eligibility')!).includes('Question 1 of 2'), 'two questions');
  });

  it('by keyboard: unticking "Share buttons" removes them from the preview and the snippet', async () => {
    const page = await builder();
    choose(page, '#source', 'cll-apg-2575');
    await until(() => snippet(page).includes('<trial-share') && snippet(page).includes('application/json'), 'snippet with share');
    const box = q<HTMLInputElement>(page, 'input[value="trial-share"]');
    page.frame.focus();
    box.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !box.checked, 'checkbox unticked');
    expect(snippet(page)).not.to.contain('<trial-share');
    expect(page.doc.querySelector('#preview trial-share')).to.equal(null);
  });

  it('rejects an unsafe ref code in plain words', async () => {
    const page = await builder();
    type(page, '#ref', '"><script>');
    expect(q(page, '#ref-error').hidden).to.equal(false);
    expect(q(page, '#ref').getAttribute('aria-invalid')).to.equal('true');
    expect(snippet(page)).not.to.contain('<script>"');
  });

  it('saves only when asked, comes back on the next visit, and forgets on request', async () => {
    let page = await builder();
    await until(() => snippet(page), 'snippet');
    type(page, '#f-title', 'My own title');
    await until(() => q<HTMLTextAreaElement>(page, '#config-text').value.includes('My own title'), 'JSON follows');
    expect(localStorage.getItem(STORAGE_KEY), 'nothing stored by default').to.equal(null);
    click(page, '#remember');
    await until(() => localStorage.getItem(STORAGE_KEY), 'saved on request');
    type(page, '#host', '/dist/');
    await until(() => localStorage.getItem(STORAGE_KEY)!.includes('/dist/'), 'saved as the person works');
    fixtureCleanup();

    page = await builder();
    await until(() => q(page, '#remember-status').textContent === 'Your saved work is back.', 'restored');
    expect(q<HTMLInputElement>(page, '#f-title').value).to.equal('My own title');
    expect(q<HTMLInputElement>(page, '#host').value).to.equal('/dist/');
    expect(q<HTMLInputElement>(page, '#remember').checked).to.equal(true);
    expect(await axeViolations(page, q(page, 'form'))).to.deep.equal([]);
    click(page, '#forget');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(q<HTMLInputElement>(page, '#remember').checked).to.equal(false);
    expect(q(page, '#remember-status').textContent).to.contain('Forgotten');
  });

  it('every field the form writes is one the schema knows', async () => {
    const page = await builder();
    choose(page, '#source', 'blank');
    await until(() => page.doc.querySelector('#f-title'), 'the form');
    for (const input of page.doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('#guided input:not([type="checkbox"]), #guided textarea')) {
      if (input.id === 'f-paste-places') continue;
      const value =
        input.type === 'number'
          ? '20'
          : input.type === 'email'
            ? 'a@example.org'
            : input.type === 'url'
              ? 'https://example.org'
              : input.type === 'tel'
                ? '+1 555 010 0199'
                : input.id === 'f-id'
                  ? 'every-field'
                  : 'Plain words.';
      type(page, `#${input.id}`, value);
    }
    for (const box of page.doc.querySelectorAll<HTMLInputElement>('#guided input[type="checkbox"]')) if (!box.checked) box.click();
    await until(() => q<HTMLTextAreaElement>(page, '#config-text').value.includes('"healthyVolunteers": true'), 'JSON follows');
    const config = JSON.parse(q<HTMLTextAreaElement>(page, '#config-text').value);
    const result = validateConfig(config);
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
    expect(Object.keys(config).sort()).to.include.members([
      'title',
      'summary',
      'id',
      'status',
      'phase',
      'conditions',
      'who',
      'participation',
      'sponsor',
      'funding',
      'oversight',
      'contact',
      'share',
    ]);
  });
});
