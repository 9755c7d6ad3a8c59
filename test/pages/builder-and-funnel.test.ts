import { expect, fixtureCleanup } from '@open-wc/testing';
import { until } from '../helpers.js';
import { axeViolations, loadRecipe } from '../recipes/load-recipe.js';

// The embed builder's tests live in builder.test.ts.

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
