/**
 * What the share buttons do is a chunk (share-actions.ts) fetched right after the first render:
 * buttons pressed before it arrives, and a chunk that cannot load. Its own page: the chunk must not
 * have loaded before; keep the tests in order (the failing ones first: after a failure the next
 * press tries again, and the last test lets the chunk in).
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { actionsChunk } from '../../src/elements/trial-share/share-view.js';
import type { TrialShare } from '../../src/elements/trial-share/trial-share.js';
import { stubProperty as stub, captureConsole, holdChunk, minimalConfig, mount, until } from '../helpers.js';

const config = () => minimalConfig({ id: 'acts', share: { url: 'https://example.org/study' } });
const link = (source: string) => `https://example.org/study?utm_source=${source}&utm_medium=social&utm_campaign=acts`;

const $ = <T extends Element = HTMLElement>(el: TrialShare, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: TrialShare, name: string) => $<HTMLButtonElement>(el, `[part~="network-${name}"]`)!;
const status = (el: TrialShare) => $(el, '[part="status"]')!.textContent;

/** Every uncaught error and unhandled rejection while the page runs. */
const uncaught: string[] = [];
addEventListener('error', (event) => uncaught.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

describe('<trial-share>: what the buttons do, a chunk of its own', () => {
  const restore: (() => void)[] = [];
  let held: ReturnType<typeof holdChunk> | undefined;
  afterEach(() => {
    restore.splice(0).forEach((undo) => undo());
    held?.restore();
    fixtureCleanup();
  });

  it('draws every link and button before the chunk arrives, and asks for it right after the first render', async () => {
    held = holdChunk(actionsChunk);
    const el = await mount<TrialShare>('trial-share', config(), { networks: 'copy whatsapp qr' });
    expect(button(el, 'whatsapp').getAttribute('href')).to.match(/^https:\/\/wa\.me\/\?text=/);
    expect(button(el, 'copy').textContent!.trim()).to.equal('Copy link');
    await until(() => held!.asked, 'the actions asked for');
    expect(held.asked).to.equal(1);
    await expect(el).to.be.accessible();
    const { warnings } = await captureConsole(async () => {
      held!.fail();
      await held!.loaded;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('chunks/');
  });

  it('Copy pressed while the chunk cannot load: the link is shown selected, with a message to copy it; the next press tries again', async () => {
    held = holdChunk(actionsChunk);
    const el = await mount<TrialShare>('trial-share', config(), { networks: 'copy qr' });
    button(el, 'copy').click();
    expect(held.asked).to.equal(1);
    await captureConsole(async () => {
      held!.fail();
      await held!.loaded;
      await until(() => status(el) === 'Select the link below and copy it.', 'the message');
    });
    const input = $<HTMLInputElement>(el, '#link')!;
    expect(input.value).to.equal(link('copy'));
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
    await expect(el).to.be.accessible();
    held.restore();
    held = holdChunk(actionsChunk);
    button(el, 'copy').click();
    expect(held.asked).to.equal(1);
    await captureConsole(async () => {
      held!.fail();
      await held!.loaded;
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('QR code pressed while the chunk cannot load: says that part did not load, and the panel stays closed', async () => {
    held = holdChunk(actionsChunk);
    const el = await mount<TrialShare>('trial-share', config(), { networks: 'copy qr' });
    button(el, 'qr').click();
    await captureConsole(async () => {
      held!.fail();
      await held!.loaded;
      await until(() => status(el) === 'This part did not load. You can copy the link instead.', 'the message');
    });
    expect(button(el, 'qr').getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#qr')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('share sheet and Copy pressed (real key presses) before the chunk arrives: each does its job once it does, with the press’s user activation still live', async () => {
    const shared: { data: ShareData; active: boolean }[] = [];
    const copied: { text: string; active: boolean }[] = [];
    restore.push(stub(navigator, 'canShare', (data: ShareData) => !!data.url));
    restore.push(stub(navigator, 'share', async (data: ShareData) => void shared.push({ data, active: navigator.userActivation.isActive })));
    restore.push(stub(navigator, 'clipboard', { writeText: async (text: string) => void copied.push({ text, active: navigator.userActivation.isActive }) }));
    held = holdChunk(actionsChunk);
    const el = await mount<TrialShare>('trial-share', config(), { networks: 'native copy' });
    const events: string[] = [];
    el.addEventListener('trial-share', (event) => events.push(event.detail.network));
    button(el, 'native').focus();
    await sendKeys({ press: 'Enter' });
    button(el, 'copy').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([shared.length, copied.length]).to.deep.equal([0, 0]);
    held.release();
    await held.loaded;
    await until(() => status(el) === 'Link copied', 'Link copied');
    expect(shared).to.deep.equal([{ data: { title: 'A small study', text: undefined, url: link('native') }, active: true }]);
    expect(copied).to.deep.equal([{ text: link('copy'), active: true }]);
    expect(events).to.deep.equal(['native', 'copy']);
    expect(uncaught).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
