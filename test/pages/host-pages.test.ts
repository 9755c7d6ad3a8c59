import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { until } from '../helpers.js';

/** Loads a host page in an iframe of a phone's width and waits for the whole card. */
async function hostPage(path: string, width = 390) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${path} title="host page" width=${width} height="900"></iframe>`);
  const title = await until(
    () => frame.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector<HTMLElement>('[part="title"]'),
    `card title in ${path}`,
    10_000,
  );
  const doc = frame.contentDocument!;
  const card = doc.querySelector('trial-card')!;
  // The first screen shows first; the places, contact and registry follow (updateComplete waits for them).
  await (card as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return { frame, doc, card, title, win: frame.contentWindow! as Window & typeof globalThis };
}

/** WCAG relative luminance contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, b_] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b_!;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

function assertLegible(card: Element, win: Window, title: HTMLElement) {
  const panel = card.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
  const summary = card.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
  const panelStyle = win.getComputedStyle(panel);
  const summaryStyle = win.getComputedStyle(summary);
  // Our own panel colours, not the host's.
  expect(panelStyle.backgroundColor).to.equal('rgb(255, 255, 255)');
  expect(contrast(summaryStyle.color, panelStyle.backgroundColor)).to.be.above(7);
  // Text never shrinks below 16px, whatever the host's root font size.
  expect(parseFloat(summaryStyle.fontSize)).to.be.at.least(16);
  expect(parseFloat(win.getComputedStyle(title).fontSize)).to.be.above(parseFloat(summaryStyle.fontSize));
  // Buttons keep 44px touch targets.
  for (const button of card.shadowRoot!.querySelectorAll<HTMLElement>('.button')) {
    expect(button.getBoundingClientRect().height, button.textContent!).to.be.at.least(44);
  }
  // Laid out within the page's width: nothing wider than the viewport.
  expect(panel.getBoundingClientRect().width).to.be.at.most(win.innerWidth);
  expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
}

describe('host pages that fight back', () => {
  afterEach(() => fixtureCleanup());

  it('Bootstrap 5 on a dark page: the card keeps its own look and stays legible', async () => {
    const { card, win, title } = await hostPage('/test/pages/hosts/bootstrap.html');
    assertLegible(card, win, title);
    // Bootstrap's link colour and heading margins do not leak in.
    const link = card.shadowRoot!.querySelector('[part~="registry"] a')!;
    expect(win.getComputedStyle(link).color).to.equal('rgb(29, 95, 168)');
    expect(win.getComputedStyle(title).marginBlockStart).to.equal('0px');
  });

  it('`* { all: unset }`, html { font-size: 10px } and !important colours outside: still legible and laid out', async () => {
    const { card, win, title } = await hostPage('/test/pages/hosts/hostile.html');
    assertLegible(card, win, title);
    expect(win.getComputedStyle(title).color).not.to.equal('rgb(255, 0, 170)');
    // The host's font family is inherited (the one thing we take from the page).
    expect(win.getComputedStyle(title).fontFamily).to.contain('Georgia');
  });

  it('the widget leaks no styles out: host elements keep their own look', async () => {
    const { doc, win } = await hostPage('/test/pages/hosts/bootstrap.html');
    const hostHeading = doc.querySelector('h1')!;
    const before = win.getComputedStyle(hostHeading).fontSize;
    expect(doc.querySelectorAll('style, link[rel="stylesheet"]').length).to.equal(1); // only Bootstrap's
    expect(win.getComputedStyle(hostHeading).fontSize).to.equal(before);
    expect(doc.adoptedStyleSheets.length).to.equal(0);
  });

  it('two copies of the bundle on one page: no error, one definition wins, one console warning', async () => {
    const { win } = await hostPage('/test/pages/hosts/two-copies.html');
    const probe = (win as unknown as { __probe: { warnings: string[]; errors: string[]; uncaught: string[] } }).__probe;
    await until(() => probe.warnings.length >= 2, 'warnings from the second copy', 5000);
    expect(probe.uncaught).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.warnings.some((w) => w.includes('<trial-card> is already defined'))).to.equal(true);
    expect(probe.warnings.some((w) => w.includes('<trial-study> is already defined'))).to.equal(true);
  });
});
