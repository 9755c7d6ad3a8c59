import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { until } from '../helpers.js';
import { settledViolations, walkJourney } from './journey.js';

type ProbeWindow = Window & { __cspViolations?: unknown[] };

describe('the strict-CSP demo page (default-src self, Trusted Types)', () => {
  afterEach(() => fixtureCleanup());

  it('renders the card with zero securitypolicyviolation events', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/strict-csp.html" title="strict CSP page" width="390" height="844"></iframe>`);
    const title = await until(
      () => frame.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]'),
      'card title in the strict-CSP page',
      10_000,
    );
    // The page is in Spanish: the card follows <html lang="es">.
    expect(title.textContent).to.contain('Inmunoterapia tras la cirugía');
    const report = frame.contentDocument!.getElementById('csp-report')!;
    await until(() => report.textContent?.includes('No policy violations'), 'page report', 4000);
    // Exercise the interactive parts too, then wait until every report so far has arrived.
    const card = frame.contentDocument!.querySelector('trial-card')! as HTMLElement & { updateComplete: Promise<unknown> };
    card.shadowRoot!.querySelector<HTMLButtonElement>('.show-all')!.click();
    await card.updateComplete;
    const violations = await settledViolations(frame.contentWindow!);
    expect(violations, JSON.stringify(violations)).to.deep.equal([]);
  });

  it('every element in every state (card, pre-screener to a result, FAQ and glossary, share and QR): zero violations under CSP and Trusted Types', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/strict-csp.html" title="strict CSP page" width="390" height="844"></iframe>`);
    const result = await walkJourney(() => frame.contentDocument!);
    expect(result.length).to.be.greaterThan(10);
    const violations = await settledViolations(frame.contentWindow!);
    expect(violations, JSON.stringify(violations)).to.deep.equal([]);
  });

  it('the probe does catch a violation (so a pass means something)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/strict-csp.html" title="strict CSP page"></iframe>`);
    await until(() => frame.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]'), 'card', 10_000);
    const doc = frame.contentDocument!;
    const div = doc.createElement('div');
    div.setAttribute('style', 'color: red');
    doc.body.append(div);
    const win = frame.contentWindow as ProbeWindow;
    await until(() => (win.__cspViolations?.length ?? 0) > 0, 'a violation report', 3000);
    // The settling helper the other tests use returns that violation, without its own sentinel.
    const violations = (await settledViolations(win)) as { directive: string }[];
    expect(violations).to.not.be.empty;
    expect(violations.map((v) => v.directive).filter((d) => !d.startsWith('style-src'))).to.deep.equal([]);
  });
});
