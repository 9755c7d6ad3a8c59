import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../helpers.js';
import { axeViolations, loadRecipe, type LoadedRecipe } from '../recipes/load-recipe.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function typeConfig(page: LoadedRecipe, text: string) {
  const field = page.doc.querySelector<HTMLTextAreaElement>('#config-text')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await pause(450); // the builder waits for a pause in typing
}

describe('the embed builder (demo/builder.html)', function () {
  this.timeout(30_000);
  afterEach(() => fixtureCleanup());

  it('starts from a demo trial: valid, previewed, with a snippet, and passes axe', async () => {
    const page = await loadRecipe('/demo/builder.html', 1200);
    const validation = page.doc.querySelector('#validation')!;
    await until(() => validation.textContent?.includes('This config is valid.'), 'validation message');
    const snippet = page.doc.querySelector<HTMLTextAreaElement>('#snippet')!;
    expect(snippet.value).to.contain('<script type="module" src="').and.contain('<trial-study').and.contain('<script type="application/json">');
    for (const tag of ['trial-card', 'trial-eligibility', 'trial-faq', 'trial-share']) {
      expect(page.doc.querySelector(`#preview ${tag}`), tag).to.exist;
      expect(snippet.value).to.contain(`<${tag}`);
    }
    await until(() => page.doc.querySelector('#lint summary')?.textContent?.includes('checks'), 'lint summary');
    expect(await axeViolations(page, page.doc.body)).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('a snippet pasted into an empty HTML page works', async () => {
    const page = await loadRecipe('/demo/builder.html', 1200);
    const snippet = await until(() => page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value, 'snippet');
    const empty = await fixture<HTMLIFrameElement>(html`<iframe title="empty page" width="390" height="800" srcdoc=${`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body>${snippet}</body></html>`}></iframe>`);
    const title = await until(() => empty.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]'), 'card in the pasted page', 10_000);
    expect(title.textContent).to.contain('lung cancer surgery');
    await until(() => empty.contentDocument?.querySelector('trial-faq')?.shadowRoot?.querySelector('button.trigger'), 'FAQ in the pasted page', 10_000);
  });

  it('validates as you type and names the problem by path; the preview keeps the last good version', async () => {
    const page = await loadRecipe('/demo/builder.html', 1200);
    await until(() => page.doc.querySelector('#validation')!.textContent?.includes('valid'), 'first validation');
    const config = JSON.parse(page.doc.querySelector<HTMLTextAreaElement>('#config-text')!.value);
    await typeConfig(page, JSON.stringify({ ...config, status: 'RECRUITING' }));
    const validation = page.doc.querySelector('#validation')!;
    expect(validation.classList.contains('invalid')).to.equal(true);
    expect(validation.querySelector('code')!.textContent).to.equal('status');
    expect(validation.textContent).to.contain('Did you mean "recruiting"?');
    expect(page.doc.querySelector('#preview trial-card')).to.exist;
    await typeConfig(page, '{ "schemaVersion": 1, ');
    expect(validation.textContent).to.contain('not valid JSON');
    expect(await axeViolations(page, page.doc.querySelector('form')!)).to.deep.equal([]);
  });

  it('by keyboard: unticking "Share buttons" removes them from the preview and the snippet', async () => {
    const page = await loadRecipe('/demo/builder.html', 1200);
    await until(() => page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value.includes('<trial-share'), 'snippet with share');
    const box = page.doc.querySelector<HTMLInputElement>('input[value="trial-share"]')!;
    page.frame.focus();
    box.focus();
    await sendKeys({ press: 'Space' });
    await until(() => !box.checked, 'checkbox unticked');
    expect(page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value).not.to.contain('<trial-share');
    expect(page.doc.querySelector('#preview trial-share')).to.equal(null);
  });

  it('imports a pasted ClinicalTrials.gov record into a draft config', async () => {
    const page = await loadRecipe('/demo/builder.html', 1200);
    const record = await (await fetch('/test/fixtures/ctgov/NCT05147467.json')).text();
    const source = page.doc.querySelector<HTMLSelectElement>('#source')!;
    source.value = 'ctgov';
    source.dispatchEvent(new Event('change', { bubbles: true }));
    await typeConfig(page, record);
    await until(() => page.doc.querySelector<HTMLTextAreaElement>('#config-text')!.value.includes('"schemaVersion": 1'), 'draft config');
    expect(page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain('NCT05147467');
  });

  it('rejects an unsafe ref code in plain words', async () => {
    const page = await loadRecipe('/demo/builder.html', 1200);
    const ref = page.doc.querySelector<HTMLInputElement>('#ref')!;
    ref.value = '"><script>';
    ref.dispatchEvent(new Event('input', { bubbles: true }));
    expect(page.doc.querySelector<HTMLElement>('#ref-error')!.hidden).to.equal(false);
    expect(ref.getAttribute('aria-invalid')).to.equal('true');
    expect(page.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value).not.to.contain('<script>"');
  });
});

describe('the funnel page (demo/funnel.html)', function () {
  // A page with every element and its chunks: give it room on a loaded 2-core CI machine.
  this.timeout(30_000);
  afterEach(() => fixtureCleanup());

  it('updates as the widgets are used, from events only', async () => {
    const page = await loadRecipe('/demo/funnel.html', 1200);
    const row = (label: string) => [...page.doc.querySelectorAll('#steps li')].find((li) => li.textContent!.includes(label))!;
    await until(() => row('Saw the study')?.querySelector('.count')!.textContent === '1', 'viewed counted', 15_000);
    const eligibility = page.doc.querySelector('trial-eligibility')!;
    const start = await until(() => eligibility.shadowRoot?.querySelector<HTMLButtonElement>('button.button'), 'start', 10_000);
    start.click();
    await until(() => row('Started the pre-screener').querySelector('.count')!.textContent === '1', 'start counted', 10_000);
    await until(() => page.doc.querySelector('#questions li'), 'first question reached', 10_000);
    const faq = page.doc.querySelector('trial-faq')!;
    const trigger = await until(() => faq.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger'), 'faq', 10_000);
    trigger.click();
    await until(() => page.doc.querySelector('#topics li'), 'topic counted', 10_000);
    expect(page.doc.querySelector('#log')!.textContent).to.contain('trial-faq-open');
    expect(await axeViolations(page, page.doc.querySelector('.funnel')!)).to.deep.equal([]);
  });

  it('on a phone: no direction words, an empty-state line under every empty heading, plain outcome labels', async () => {
    const page = await loadRecipe('/demo/funnel.html', 390);
    const funnel = page.doc.querySelector('.funnel')!;
    await until(() => page.doc.querySelector('#steps li .count')?.textContent === '1', 'viewed counted', 15_000);
    // At 390 px the funnel is below the study, at 1200 px beside it: the page must not say either.
    expect(page.doc.querySelector('header.site')!.textContent).not.to.match(/\b(on the (right|left)|below|above)\b/i);
    // Every heading has something under it.
    for (const heading of funnel.querySelectorAll('h3')) {
      const list = heading.nextElementSibling!;
      expect(list.querySelectorAll('li').length, heading.textContent!).to.be.greaterThan(0);
    }
    expect(page.doc.querySelector('#questions')!.textContent!.trim()).to.equal('Nothing yet');
    expect(page.doc.querySelector('#topics')!.textContent!.trim()).to.equal('Nothing yet');
    const outcomes = [...page.doc.querySelectorAll('#outcomes li > span:first-child')].map((label) => label.textContent);
    expect(outcomes).to.deep.equal(['May be able to take part', 'Not sure', 'May not be right for them']);
    expect(page.doc.querySelector('#outcomes')!.textContent).not.to.match(/\b(likely|unsure|unlikely)\b/);
    expect(await axeViolations(page, funnel)).to.deep.equal([]);

    // Once used, rows name the question and the FAQ topic in the person's words, not by id.
    const eligibility = page.doc.querySelector('trial-eligibility')!;
    const start = await until(() => eligibility.shadowRoot?.querySelector<HTMLButtonElement>('button.button'), 'start', 10_000);
    start.click();
    const question = await until(() => page.doc.querySelector('#questions li:not(.empty) > span'), 'first question reached', 10_000);
    expect(question.textContent).to.equal('Question 1: How old are you?');
    const faq = page.doc.querySelector('trial-faq')!;
    const trigger = await until(() => faq.shadowRoot?.querySelector<HTMLButtonElement>('button.trigger'), 'faq', 10_000);
    trigger.click();
    const topic = await until(() => page.doc.querySelector('#topics li:not(.empty) > span'), 'topic counted', 10_000);
    expect(topic.textContent).to.equal(trigger.textContent!.trim());
    expect(page.doc.querySelector('#log .empty')).to.equal(null);
    expect(await axeViolations(page, funnel)).to.deep.equal([]);
  });
});

describe('the QR poster (demo/poster.html)', function () {
  this.timeout(30_000);
  afterEach(() => fixtureCleanup());

  it('at 390 px: the code from the start with no toggle, the address written under it, large text', async () => {
    const page = await loadRecipe('/demo/poster.html', 390);
    const share = page.doc.querySelector('trial-share')!;
    const code = await until(() => share.shadowRoot?.querySelector<SVGElement>('[part="qr-code"]'), 'the QR code', 10_000);
    expect(code.checkVisibility()).to.equal(true);
    // show-qr opens the code; a pressed "QR code" button above it would only invite closing it.
    const toggle = share.shadowRoot!.querySelector<HTMLElement>('[part~="network-qr"]');
    expect(toggle === null || !toggle.checkVisibility(), 'no QR code toggle shown').to.equal(true);

    // The address, for people who cannot scan: the same page the code opens, under the code.
    const config = (await (await fetch('/demo/trials/cll-apg-2575.json')).json()) as { share: { url: string } };
    const address = page.doc.querySelector<HTMLElement>('.poster .address .url')!;
    expect(address.textContent).to.equal(config.share.url.replace(/^https:\/\//, ''));
    expect(address.getBoundingClientRect().top).to.be.at.least(code.getBoundingClientRect().bottom);
    const px = (element: Element) => parseFloat(page.win.getComputedStyle(element).fontSize);
    expect(px(address)).to.be.at.least(24);

    // Read across a waiting room: every visible text at least 20 px, the title much bigger.
    const small: string[] = [];
    for (const root of [page.card.shadowRoot!, share.shadowRoot!, page.doc]) {
      for (const element of root.querySelectorAll<HTMLElement>('.poster *, article *, section *')) {
        const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        if (own && element.checkVisibility() && px(element) < 20) small.push(`${element.tagName} ${px(element)}px: ${element.textContent!.trim().slice(0, 30)}`);
      }
    }
    expect(small).to.deep.equal([]);
    expect(px(page.title)).to.be.at.least(32);
    expect(await axeViolations(page, page.doc.querySelector('main')!)).to.deep.equal([]);
  });
});
