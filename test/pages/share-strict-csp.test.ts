import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { until } from '../helpers.js';
import { settledViolations } from './journey.js';

describe('<trial-share> on the strict-CSP demo page (default-src self, Trusted Types)', () => {
  afterEach(() => fixtureCleanup());

  it('renders, opens the Mastodon form and the QR code, and prints, with zero policy violations', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/demo/strict-csp.html" title="strict CSP page" width="390" height="844"></iframe>`);
    const root = await until(() => frame.contentDocument?.querySelector('trial-share')?.shadowRoot, 'trial-share', 10_000);
    const button = (name: string) => until(() => root.querySelector<HTMLButtonElement>(`[part~="${name}"]`), name, 10_000);
    // The page is in Spanish: the element follows <html lang="es">.
    await until(() => root.querySelector('[part="heading"]')?.textContent === 'Compartir este estudio', 'Spanish heading', 10_000);
    (await button('more')).click();
    (await button('network-mastodon')).click();
    await until(() => root.querySelector('#instance'), 'Mastodon form', 10_000);
    (await button('network-qr')).click();
    const svg = await until(() => root.querySelector('svg.qr path'), 'QR code', 10_000);
    expect(svg.getAttribute('d')).to.have.length.above(100);
    const print = await until(() => [...root.querySelectorAll<HTMLButtonElement>('[part="qr-action"]')].find((b) => b.textContent!.trim() === 'Imprimir'), 'print');
    print.click();
    await until(() => root.querySelector<HTMLIFrameElement>('iframe.print-frame')?.contentDocument?.querySelector('svg'), 'print frame');
    const violations = await settledViolations(frame.contentWindow!);
    expect(violations, JSON.stringify(violations)).to.deep.equal([]);
  });
});
