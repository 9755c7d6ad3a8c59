/**
 * Lazily loaded parts racing the person: a panel closed, another opened, or the element removed
 * before its chunk arrives. Chunks are held back with promises the test controls (share panels),
 * or the test acts synchronously before the chunk can arrive (the share actions and the glossary,
 * first loaded in this page by the tests below: keep them first and in this order).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { loadGlossary } from '../../src/core/glossary.js';
import type { TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import type { PanelModule } from '../../src/elements/trial-share/panel-host.js';
import { loadShareActions } from '../../src/elements/trial-share/share-view.js';
import type { TrialShare } from '../../src/elements/trial-share/trial-share.js';
import { demoConfig, minimalConfig, mount, until } from '../helpers.js';

/** Every uncaught error and unhandled rejection while the page runs. */
const uncaught: string[] = [];
addEventListener('error', (event) => uncaught.push(String(event.error ?? event.message)));
addEventListener('unhandledrejection', (event) => uncaught.push(String(event.reason)));

/** Lets queued tasks run (where an unhandled rejection would be reported). */
const aTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const shareConfig = () => minimalConfig({ id: 'race', share: { url: 'https://example.org/study' } });

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const button = (el: TrialShare, name: string) => $<HTMLButtonElement>(el, `[part~="network-${name}"]`)!;

describe('lazy parts racing the person', () => {
  beforeEach(() => {
    uncaught.length = 0;
  });
  afterEach(() => fixtureCleanup());

  it('share buttons: the element removed and put back before its first render (and before its actions chunk)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('trial-share') as TrialShare;
    el.config = shareConfig();
    wrapper.append(el);
    el.remove(); // synchronously: the view chunk cannot have arrived yet
    await loadShareActions();
    await aTask();
    wrapper.append(el);
    await el.updateComplete;
    await until(() => button(el, 'copy'), 'share buttons after it came back');
    await aTask();
    expect(uncaught).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('glossary: an answer opened, closed, another opened and the FAQ removed before the terms arrive', async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    const el = await mount<TrialFaq>('trial-faq', config, { open: 'which-group' });
    // The first render asked for the built-in terms; they cannot be here yet.
    expect([...el.shadowRoot!.querySelectorAll('.term')].map((term) => term.textContent)).not.to.include('randomized');
    $<HTMLButtonElement>(el, '#q-which-group')!.click();
    $<HTMLButtonElement>(el, '#q-placebo')!.click();
    el.remove();
    await loadGlossary('en');
    await aTask();
    expect(uncaught).to.deep.equal([]);
    document.body.append(el);
    try {
      await until(
        () => [...el.shadowRoot!.querySelectorAll('#a-placebo .term')].some((term) => term.textContent === 'chemotherapy'),
        'built-in terms after it came back',
      );
      expect($(el, '#a-which-group')!.hidden).to.equal(true);
      expect($(el, '#a-placebo')!.hidden).to.equal(false);
      await aTask();
      expect(uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  describe('share panels, their chunks held back', () => {
    let chunks: (typeof import('../../src/elements/trial-share/share-actions.js'))['panelChunks'];
    let original: typeof chunks;
    /**
     * Holds a panel's chunk until `release` (or `fail`) is called. Its functions record what they
     * throw at once: Chrome reports an unhandled rejection only some tasks later.
     */
    function hold(name: 'qr' | 'mastodon') {
      let release!: () => void;
      let fail!: () => void;
      const gate = new Promise<void>((resolve, reject) => ([release, fail] = [resolve, () => reject(new Error('chunk failed'))]));
      let loaded: Promise<PanelModule> | undefined;
      const recorded =
        <A extends unknown[], R>(run: (...args: A) => R) =>
        (...args: A): R => {
          try {
            return run(...args);
          } catch (error) {
            uncaught.push(String(error));
            throw error;
          }
        };
      chunks[name] = () =>
        (loaded = gate.then(() => original[name]()).then((module) => ({ styles: module.styles, render: recorded(module.render), opened: recorded(module.opened) })));
      return { release, fail, arrived: () => loaded?.catch(() => undefined) };
    }

    before(async () => {
      chunks = (await import('../../src/elements/trial-share/share-actions.js')).panelChunks;
      original = { ...chunks };
    });
    afterEach(() => Object.assign(chunks, original));

    it('Mastodon opened, then QR code opened before the Mastodon form arrives (issue 11 item 4)', async () => {
      const mastodon = hold('mastodon');
      const el = await mount<TrialShare>('trial-share', shareConfig(), { networks: 'mastodon qr' });
      button(el, 'mastodon').click();
      button(el, 'qr').click();
      await until(() => el.shadowRoot!.activeElement?.id === 'qr', 'focus in the QR panel');
      mastodon.release();
      await mastodon.arrived();
      await el.updateComplete;
      await aTask();
      expect(uncaught).to.deep.equal([]);
      expect($(el, '#instance')).to.equal(null);
      expect(button(el, 'mastodon').getAttribute('aria-expanded')).to.equal('false');
      expect(button(el, 'qr').getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.id).to.equal('qr');
      await expect(el).to.be.accessible();
    });

    it('QR code opened, then Mastodon opened before the QR chunk arrives', async () => {
      const qr = hold('qr');
      const el = await mount<TrialShare>('trial-share', shareConfig(), { networks: 'mastodon qr' });
      button(el, 'qr').click();
      button(el, 'mastodon').click();
      await until(() => el.shadowRoot!.activeElement?.id === 'instance', 'focus in the server field');
      qr.release();
      await qr.arrived();
      await el.updateComplete;
      await aTask();
      expect(uncaught).to.deep.equal([]);
      expect($(el, '#qr')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.id).to.equal('instance');
      await expect(el).to.be.accessible();
    });

    it('a panel closed again before its chunk arrives: nothing opens and focus stays put', async () => {
      const mastodon = hold('mastodon');
      const el = await mount<TrialShare>('trial-share', shareConfig(), { networks: 'mastodon qr' });
      button(el, 'mastodon').focus();
      button(el, 'mastodon').click();
      button(el, 'mastodon').click();
      mastodon.release();
      await mastodon.arrived();
      await el.updateComplete;
      await aTask();
      expect(uncaught).to.deep.equal([]);
      expect($(el, '#instance')).to.equal(null);
      expect(button(el, 'mastodon').getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'mastodon'));
    });

    it('the element removed before a panel’s chunk arrives', async () => {
      const qr = hold('qr');
      const el = await mount<TrialShare>('trial-share', shareConfig(), { networks: 'mastodon qr' });
      button(el, 'qr').click();
      const wrapper = el.parentElement!;
      el.remove();
      qr.release();
      await qr.arrived();
      await aTask();
      expect(uncaught).to.deep.equal([]);
      wrapper.append(el);
      await until(() => $(el, 'svg.qr'), 'the QR code once it is back');
      await aTask();
      expect(uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('a chunk that fails after the person opened the other panel leaves that panel open', async () => {
      const mastodon = hold('mastodon');
      const el = await mount<TrialShare>('trial-share', shareConfig(), { networks: 'mastodon qr' });
      button(el, 'mastodon').click();
      button(el, 'qr').click();
      await until(() => $(el, 'svg.qr'), 'QR code');
      mastodon.fail();
      await mastodon.arrived();
      await el.updateComplete;
      await aTask();
      expect(uncaught).to.deep.equal([]);
      expect(button(el, 'qr').getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '[part="status"]')!.textContent).to.equal('');
      // Opening Mastodon again tries again, and this time it loads.
      Object.assign(chunks, original);
      button(el, 'mastodon').click();
      await until(() => el.shadowRoot!.activeElement?.id === 'instance', 'focus in the server field');
      expect(uncaught).to.deep.equal([]);
    });
  });
});
