import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialShare } from '../../src/elements/trial-share/trial-share.js';
import { stubProperty as stub, captureConsole, demoConfig, DEMO_TRIALS, minimalConfig, mount, nextEvent, shadowText, until } from '../helpers.js';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

// Every request the page makes, to prove that no other origin is ever contacted.
const fetched: string[] = [];
const realFetch = window.fetch;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(input instanceof Request ? input.url : String(input));
  return realFetch(input, init);
};

const SHARE_URL = 'https://example.org/study?id=7#join';
const shareConfig = (share: Record<string, unknown> = {}) =>
  minimalConfig({
    id: 'lung-1',
    title: 'A study for lung cancer',
    share: { url: SHARE_URL, text: 'Help us test a new treatment.', hashtags: ['LungCancer'], ...share },
  });

async function shareEl(config: unknown, attrs: Record<string, string> = {}): Promise<TrialShare> {
  const element = await mount<TrialShare>('trial-share', config, attrs);
  // Links open other sites: never follow them in a test.
  element.shadowRoot!.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.('a')) event.preventDefault();
  });
  return element;
}

const $ = <T extends Element = HTMLElement>(el: TrialShare, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const item = <T extends Element = HTMLAnchorElement>(el: TrialShare, name: string) => $<T>(el, `[part~="network-${name}"]`);
const names = (el: TrialShare, list = 'ul:not(#more)') =>
  [...el.shadowRoot!.querySelectorAll(`${list} [part~="network"]`)].map((node) => /network-(\S+)/.exec(node.getAttribute('part')!)![1]);

async function tabTo(el: TrialShare, target: Element, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (el.shadowRoot!.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

let jsQR: JsQr | undefined;
/** Reads a QR code from an image (jsQR, a dev dependency), as a phone camera would. */
async function decode(image: CanvasImageSource, size: number): Promise<string | undefined> {
  if (!jsQR) {
    await import('/node_modules/jsqr/dist/jsQR.js' as string);
    jsQR = (window as unknown as { jsQR: JsQr }).jsQR;
  }
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.drawImage(image, 0, 0, size, size);
  return jsQR(context.getImageData(0, 0, size, size).data, size, size)?.data;
}

async function imageFrom(blob: Blob): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = URL.createObjectURL(blob);
  await image.decode();
  return image;
}

describe('<trial-share>', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    fixtureCleanup();
    while (restore.length) restore.pop()!();
    localStorage.removeItem('trialkit.mastodon-instance');
  });

  for (const name of DEMO_TRIALS) {
    it(`renders the ${name} demo trial accessibly`, async () => {
      const el = await shareEl(await demoConfig(name));
      expect($(el, '[part="heading"]').textContent).to.equal('Share this study');
      expect(names(el).slice(0, 6)).to.deep.equal(['copy', 'whatsapp', 'facebook', 'email', 'sms', 'x']);
      await expect(el).to.be.accessible();
    });
  }

  it('builds each link with attribution from the config, the trial id and the site’s ref', async () => {
    const el = await shareEl(shareConfig(), { ref: 'lung-forum' });
    const attributed = (source: string) =>
      `https%3A%2F%2Fexample.org%2Fstudy%3Fid%3D7%26utm_source%3D${source}%26utm_medium%3Dsocial%26utm_campaign%3Dlung-1%26ref%3Dlung-forum%23join`;
    expect(item(el, 'whatsapp').getAttribute('href')).to.equal(`https://wa.me/?text=Help%20us%20test%20a%20new%20treatment.%0A${attributed('whatsapp')}`);
    expect(item(el, 'facebook').getAttribute('href')).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${attributed('facebook')}`);
    expect(item(el, 'x').getAttribute('href')).to.equal(
      `https://x.com/intent/tweet?text=Help%20us%20test%20a%20new%20treatment.&url=${attributed('x')}&hashtags=LungCancer`,
    );
    expect(item(el, 'email').getAttribute('href')).to.equal(
      `mailto:?subject=A%20study%20for%20lung%20cancer&body=Help%20us%20test%20a%20new%20treatment.%0D%0A%0D%0A${attributed('email')}`,
    );
    expect(item(el, 'bluesky').getAttribute('href')).to.equal(
      `https://bsky.app/intent/compose?text=Help%20us%20test%20a%20new%20treatment.%0A%23LungCancer%0A${attributed('bluesky')}`,
    );
  });

  it('takes ref from <trial-study>, and shares links exactly as they are with attribution="off"', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<trial-study ref="study-ref"><trial-share></trial-share><trial-share attribution="off"></trial-share></trial-study>`,
    );
    const [on, off] = [...wrapper.querySelectorAll('trial-share')] as TrialShare[];
    (wrapper as HTMLElement & { config: unknown }).config = shareConfig();
    await until(() => on!.shadowRoot!.querySelector('[part~="network-facebook"]'), 'share links');
    await off!.updateComplete;
    expect(item(on!, 'facebook').getAttribute('href')).to.contain('ref%3Dstudy-ref%23join');
    expect(item(off!, 'facebook').getAttribute('href')).to.equal('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fstudy%3Fid%3D7%23join');
  });

  it('shares this page without its fragment when the config has no share.url', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#section-2`);
    restore.push(() => history.replaceState(null, '', `${location.pathname}${location.search}`));
    const el = await shareEl(minimalConfig({ id: 'page' }));
    const page = `${location.origin}${location.pathname}${location.search}`;
    const expected = `${page}${location.search ? '&' : '?'}utm_source=linkedin&utm_medium=social&utm_campaign=page`;
    expect(item(el, 'linkedin').getAttribute('href')).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(expected)}`);
  });

  it('opens every network link in a new tab with no opener or referrer, named for screen readers', async () => {
    const el = await shareEl(shareConfig());
    for (const name of ['whatsapp', 'facebook', 'x', 'linkedin', 'reddit', 'telegram', 'bluesky', 'threads', 'pinterest']) {
      const link = item(el, name);
      expect(link.localName, name).to.equal('a');
      expect(link.target, name).to.equal('_blank');
      expect(link.rel, name).to.equal('noopener noreferrer');
      expect(link.getAttribute('aria-label'), name).to.match(/^Share on .+ \(opens in a new tab\)$/);
      expect(link.getAttribute('aria-label')!.toLowerCase()).to.contain(link.querySelector('.label')!.textContent!.toLowerCase());
    }
    expect(item(el, 'email').getAttribute('aria-label')).to.equal('Share by email');
    expect(item(el, 'email').hasAttribute('target')).to.equal(false);
    expect(item(el, 'sms').getAttribute('aria-label')).to.equal('Share by text message');
    expect(item(el, 'sms').getAttribute('href')).to.match(/^sms:\?&body=/);
  });

  it('makes every target at least 44 × 44 px, in each label style', async () => {
    for (const label of ['both', 'icons', 'text']) {
      const el = await shareEl(shareConfig(), { label, networks: 'copy whatsapp x qr' });
      for (const target of el.shadowRoot!.querySelectorAll('[part~="network"]')) {
        const box = target.getBoundingClientRect();
        expect(box.height, `${label} height`).to.be.at.least(44);
        expect(box.width, `${label} width`).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('shows only icons with label="icons" (the name is still read out) and only names with label="text"', async () => {
    const icons = await shareEl(shareConfig(), { label: 'icons', networks: 'whatsapp copy' });
    expect(item(icons, 'whatsapp').querySelector('.label')!.getBoundingClientRect().width).to.be.at.most(1);
    expect(item(icons, 'whatsapp').querySelector('svg.icon path')!.getAttribute('d')).to.have.length.above(10);
    expect(item(icons, 'copy').textContent!.trim()).to.equal('Copy link');
    const text = await shareEl(shareConfig(), { label: 'text', networks: 'whatsapp' });
    expect(getComputedStyle(item(text, 'whatsapp').querySelector('svg')!).display).to.equal('none');
  });

  it('label="icons": shows the name above a button on keyboard focus and on hover, in a tag that stays on screen', async () => {
    restore.push(() => void resetMouse());
    const el = await shareEl(shareConfig(), { label: 'icons', networks: 'copy whatsapp x more' });
    const label = (name: string) => item(el, name).querySelector<HTMLElement>('.label')!;
    const shown = (node: HTMLElement) => node.checkVisibility() && getComputedStyle(node).clipPath === 'none' && node.getBoundingClientRect().width > 8;
    expect(shown(label('whatsapp'))).to.equal(false);
    await tabTo(el, item(el, 'whatsapp'));
    expect(shown(label('whatsapp')), 'shown on focus').to.equal(true);
    expect(label('whatsapp').textContent).to.equal('WhatsApp');
    expect(shown(label('x')), 'only for the focused button').to.equal(false);
    // Above its button, not over it, and readable: text and background differ.
    const tag = label('whatsapp').getBoundingClientRect();
    const box = item(el, 'whatsapp').getBoundingClientRect();
    expect(tag.bottom).to.be.at.most(box.top);
    expect(Math.abs((tag.left + tag.right) / 2 - (box.left + box.right) / 2), 'centred over it').to.be.below(1);
    const style = getComputedStyle(label('whatsapp'));
    expect(style.color).not.to.equal(style.backgroundColor);
    // It fades in (unless the person asks for reduced motion): check contrast once it is in.
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(shown(label('whatsapp')), 'gone when focus moves on').to.equal(false);
    expect(shown(label('x'))).to.equal(true);
    expect(label('x').textContent).to.equal('X');
    // Escape puts it away without moving focus (WCAG 1.4.13); the next button shows its own again.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(label('x')), 'dismissed with Escape').to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(item(el, 'x'));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shown($(el, '[part="more"] .label')), 'back on the next button').to.equal(true);

    const copy = item(el, 'copy').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(copy.left + copy.width / 2), Math.round(copy.top + copy.height / 2)] });
    await until(() => shown(label('copy')), 'name shown on hover');
    expect(label('copy').textContent).to.equal('Copy link');
  });

  it('shows networks in the order of the networks attribute, else the config’s share.networks', async () => {
    const el = await shareEl(shareConfig({ networks: ['telegram', 'reddit'] }), { networks: 'bluesky email whatsapp' });
    expect(names(el)).to.deep.equal(['bluesky', 'email', 'whatsapp']);
    expect(el.shadowRoot!.querySelector('#more')).to.equal(null);
    const fromConfig = await shareEl(shareConfig({ networks: ['telegram', 'reddit'] }));
    expect(names(fromConfig)).to.deep.equal(['telegram', 'reddit']);
  });

  it('warns once about an unknown network and leaves it out', async () => {
    const { result: el, warnings } = await captureConsole(async () => {
      const first = await shareEl(shareConfig(), { networks: 'whatsapp myspace x myspace' });
      first.requestUpdate();
      await first.updateComplete;
      return first;
    });
    expect(names(el)).to.deep.equal(['whatsapp', 'x']);
    expect(warnings.filter((w) => w.includes('"myspace"'))).to.have.length(1);
  });

  it('adds custom community targets from the config, with their own attribution', async () => {
    const custom = [{ id: 'forum', label: { en: 'Lung cancer forum', es: 'Foro' }, template: 'https://forum.example.org/new?title={title}&body={text}%20{url}' }];
    const el = await shareEl(shareConfig({ custom }));
    expect(names(el)).to.deep.equal(['copy', 'whatsapp', 'facebook', 'email', 'sms', 'x', 'forum']);
    const link = item(el, 'forum');
    expect(link.textContent!.trim()).to.equal('Lung cancer forum');
    expect(link.getAttribute('aria-label')).to.equal('Share on Lung cancer forum (opens in a new tab)');
    expect(link.getAttribute('href')).to.equal(
      'https://forum.example.org/new?title=A%20study%20for%20lung%20cancer&body=Help%20us%20test%20a%20new%20treatment.%20https%3A%2F%2Fexample.org%2Fstudy%3Fid%3D7%26utm_source%3Dforum%26utm_medium%3Dsocial%26utm_campaign%3Dlung-1%23join',
    );
  });

  it('emits trial-share on a click, without any answer or personal data', async () => {
    const el = await shareEl(shareConfig());
    const event = nextEvent<{ trialId: string; network: string }>(el, 'trial-share');
    item(el, 'whatsapp').click();
    expect((await event).detail).to.deep.equal({ trialId: 'lung-1', network: 'whatsapp' });
  });

  it('puts the other networks behind "More ways to share", usable by keyboard', async () => {
    const el = await shareEl(shareConfig());
    const more = $<HTMLButtonElement>(el, '[part="more"]');
    const list = $(el, '#more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal('more');
    expect(list.hidden).to.equal(true);
    expect(names(el, '#more')).to.deep.equal(['linkedin', 'reddit', 'telegram', 'bluesky', 'threads', 'mastodon', 'pinterest', 'qr']);
    await tabTo(el, more);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(list.hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(item(el, 'linkedin'));
    await expect(el).to.be.accessible();
  });

  describe('native share sheet', () => {
    it('comes first where navigator.canShare says yes, and a cancelled share is not an error', async () => {
      const calls: ShareData[] = [];
      let outcome: Error | undefined = Object.assign(new Error('cancelled'), { name: 'AbortError' });
      restore.push(stub(navigator, 'canShare', (data: ShareData) => !!data.url));
      restore.push(
        stub(navigator, 'share', async (data: ShareData) => {
          calls.push(data);
          if (outcome) throw outcome;
        }),
      );
      const el = await shareEl(shareConfig());
      expect(names(el)[0]).to.equal('native');
      const events: string[] = [];
      el.addEventListener('trial-share', (event) => events.push(event.detail.network));
      const { errors } = await captureConsole(async () => {
        item<HTMLButtonElement>(el, 'native').click();
        await until(() => calls.length === 1, 'share()');
        await el.updateComplete;
      });
      expect(calls[0]).to.deep.equal({
        title: 'A study for lung cancer',
        text: 'Help us test a new treatment.',
        url: 'https://example.org/study?id=7&utm_source=native&utm_medium=social&utm_campaign=lung-1#join',
      });
      expect(errors).to.deep.equal([]);
      expect(events).to.deep.equal([]);
      expect($(el, '[part="status"]').textContent).to.equal('');
      outcome = undefined;
      item<HTMLButtonElement>(el, 'native').click();
      await until(() => events.length === 1, 'trial-share');
      expect(events).to.deep.equal(['native']);
    });

    it('is left out where the browser cannot share', async () => {
      restore.push(stub(navigator, 'canShare', undefined));
      const el = await shareEl(shareConfig());
      expect(el.shadowRoot!.querySelector('[part~="network-native"]')).to.equal(null);
    });
  });

  describe('copy link', () => {
    it('copies the attributed link and says "Link copied" in a status region that was already there', async () => {
      let copied = '';
      restore.push(stub(navigator, 'clipboard', { writeText: async (text: string) => void (copied = text) }));
      const el = await shareEl(shareConfig());
      const status = $(el, '[part="status"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');
      const event = nextEvent<{ network: string }>(el, 'trial-share');
      await tabTo(el, item(el, 'copy'));
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.network).to.equal('copy');
      await until(() => status.textContent === 'Link copied', 'Link copied');
      expect($(el, '[part="status"]')).to.equal(status);
      expect(copied).to.equal('https://example.org/study?id=7&utm_source=copy&utm_medium=social&utm_campaign=lung-1#join');
      await expect(el).to.be.accessible();
    });

    it('takes "Link copied" away as soon as the person does something else, in a region that stays in the accessibility tree', async () => {
      restore.push(stub(navigator, 'clipboard', { writeText: async () => undefined }));
      restore.push(stub(window, 'open', () => null));
      const el = await shareEl(shareConfig(), { networks: 'copy whatsapp qr mastodon' });
      const status = $(el, '[part="status"]');
      // Empty, it is not display: none (screen readers would then miss the first message put into it).
      expect(getComputedStyle(status).display).not.to.equal('none');
      const copied = async () => {
        item<HTMLButtonElement>(el, 'copy').click();
        await until(() => status.textContent === 'Link copied', 'Link copied');
      };
      await copied();
      item(el, 'whatsapp').click();
      await el.updateComplete;
      expect(status.textContent, 'a share link pressed').to.equal('');
      await copied();
      item<HTMLButtonElement>(el, 'qr').click();
      await el.updateComplete;
      expect(status.textContent, 'a panel opened').to.equal('');
      await until(() => el.shadowRoot!.querySelector('svg.qr'), 'QR code');
      await copied();
      $<HTMLButtonElement>(el, '[part="qr-action"]').click();
      await el.updateComplete;
      expect(status.textContent, 'a button inside a panel').to.equal('');
      expect($(el, '[part="status"]')).to.equal(status);
      await expect(el).to.be.accessible();
    });

    it('says nothing about a copy the person already moved on from', async () => {
      let finish!: () => void;
      restore.push(stub(navigator, 'clipboard', { writeText: () => new Promise<void>((resolve) => (finish = resolve)) }));
      const el = await shareEl(shareConfig(), { networks: 'copy qr' });
      const copied = nextEvent(el, 'trial-share');
      item<HTMLButtonElement>(el, 'copy').click();
      item<HTMLButtonElement>(el, 'qr').click();
      await until(() => el.shadowRoot!.querySelector('svg.qr'), 'QR code');
      const shared: string[] = [];
      el.addEventListener('trial-share', (event) => shared.push(event.detail.network));
      finish();
      await copied;
      await until(() => shared.includes('copy'), 'the copy finished');
      await el.updateComplete;
      expect($(el, '[part="status"]').textContent).to.equal('');
    });

    it('falls back to selecting the link in a read-only field and execCommand("copy")', async () => {
      restore.push(stub(navigator, 'clipboard', undefined));
      let selected = '';
      restore.push(
        stub(document, 'execCommand', (command: string) => {
          const input = (document.activeElement as TrialShare).shadowRoot!.activeElement as HTMLInputElement;
          selected = `${command}:${input.value.slice(input.selectionStart!, input.selectionEnd!)}`;
          return true;
        }),
      );
      const el = await shareEl(shareConfig());
      item<HTMLButtonElement>(el, 'copy').click();
      await until(() => $(el, '[part="status"]').textContent === 'Link copied', 'Link copied');
      const input = $<HTMLInputElement>(el, '#link');
      expect(input.readOnly).to.equal(true);
      expect(selected).to.equal('copy:https://example.org/study?id=7&utm_source=copy&utm_medium=social&utm_campaign=lung-1#join');
      await expect(el).to.be.accessible();
    });

    it('asks the person to copy the link by hand when even that fails', async () => {
      restore.push(stub(navigator, 'clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }));
      restore.push(stub(document, 'execCommand', () => false));
      const el = await shareEl(shareConfig());
      item<HTMLButtonElement>(el, 'copy').click();
      await until(() => $(el, '[part="status"]').textContent === 'Select the link below and copy it.', 'manual copy message');
      expect($<HTMLInputElement>(el, '#link').value).to.contain('utm_source=copy');
      expect($(el, 'label[for="link"]').textContent).to.equal('Link to this study');
    });
  });

  describe('Mastodon', () => {
    it('asks for the person’s server, explains a mistake, then opens that server’s share page', async () => {
      const opened: unknown[][] = [];
      restore.push(stub(window, 'open', (...args: unknown[]) => void opened.push(args)));
      const el = await shareEl(shareConfig(), { networks: 'mastodon' });
      const button = item<HTMLButtonElement>(el, 'mastodon');
      await tabTo(el, button);
      await sendKeys({ press: 'Enter' });
      const input = await until(() => el.shadowRoot!.querySelector<HTMLInputElement>('#instance'), 'server field');
      await until(() => el.shadowRoot!.activeElement === input, 'focus in the server field');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect([...el.shadowRoot!.querySelectorAll('#servers option')].map((o) => (o as HTMLOptionElement).value)).to.deep.equal([
        'mastodon.social',
        'mastodon.online',
        'mstdn.social',
      ]);
      await expect(el).to.be.accessible();

      await sendKeys({ type: 'not a server' });
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.querySelector('#instance-error'), 'error message');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('instance-error');
      expect(opened).to.deep.equal([]);
      await expect(el).to.be.accessible();

      input.value = '';
      await sendKeys({ type: 'https://mas.to/@me' });
      await sendKeys({ press: 'Enter' });
      await until(() => opened.length === 1, 'window.open');
      expect(opened[0]).to.deep.equal([
        'https://mas.to/share?text=Help%20us%20test%20a%20new%20treatment.%0A%23LungCancer%0Ahttps%3A%2F%2Fexample.org%2Fstudy%3Fid%3D7%26utm_source%3Dmastodon%26utm_medium%3Dsocial%26utm_campaign%3Dlung-1%23join',
        '_blank',
        'noopener,noreferrer',
      ]);
      expect(localStorage.getItem('trialkit.mastodon-instance')).to.equal(null);

      await sendKeys({ press: 'Escape' });
      await until(() => !el.shadowRoot!.querySelector('#instance'), 'form closed');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('remembers the server only with remember-instance, in this site’s localStorage', async () => {
      restore.push(stub(window, 'open', () => null));
      const el = await shareEl(shareConfig(), { networks: 'mastodon', 'remember-instance': '', 'mastodon-servers': 'med-mastodon.com' });
      item<HTMLButtonElement>(el, 'mastodon').click();
      const input = await until(() => el.shadowRoot!.querySelector<HTMLInputElement>('#instance'), 'server field');
      expect((el.shadowRoot!.querySelector('#servers option') as HTMLOptionElement).value).to.equal('med-mastodon.com');
      input.value = '@me@Med-Mastodon.com';
      el.shadowRoot!.querySelector<HTMLButtonElement>('#mastodon button')!.click();
      expect(localStorage.getItem('trialkit.mastodon-instance')).to.equal('med-mastodon.com');
      fixtureCleanup();
      const again = await shareEl(shareConfig(), { networks: 'mastodon', 'remember-instance': '' });
      item<HTMLButtonElement>(again, 'mastodon').click();
      await until(() => again.shadowRoot!.querySelector<HTMLInputElement>('#instance')?.value === 'med-mastodon.com', 'remembered server');
    });
  });

  describe('QR code', () => {
    const QR_LINK = 'https://example.org/study?id=7&utm_source=qr&utm_medium=print&utm_campaign=lung-1&ref=poster#join';

    it('shows a QR code of the attributed link that a scanner reads back, by keyboard', async () => {
      const el = await shareEl(shareConfig(), { ref: 'poster', networks: 'copy qr' });
      const button = item<HTMLButtonElement>(el, 'qr');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const event = nextEvent<{ network: string }>(el, 'trial-share');
      await tabTo(el, button);
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.network).to.equal('qr');
      const svg = await until(() => el.shadowRoot!.querySelector<SVGSVGElement>('svg.qr'), 'QR code');
      await until(() => el.shadowRoot!.activeElement?.id === 'qr', 'focus on the QR panel');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('QR code that opens the study page');
      expect($(el, '[part="qr-title"]').textContent!.trim()).to.equal('A study for lung cancer');
      const source = new XMLSerializer().serializeToString(svg);
      expect(await decode(await imageFrom(new Blob([source], { type: 'image/svg+xml' })), 400)).to.equal(QR_LINK);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await until(() => !el.shadowRoot!.querySelector('#qr'), 'QR panel closed');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('downloads the code as SVG and as PNG, both readable, drawn without any request', async () => {
      const saved: { href: string; download: string }[] = [];
      restore.push(
        stub(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
          saved.push({ href: this.href, download: this.download });
        }),
      );
      const el = await shareEl(shareConfig(), { ref: 'poster', networks: 'qr', 'show-qr': '' });
      await until(() => el.shadowRoot!.querySelector('svg.qr'), 'QR code');
      const [svgButton, pngButton] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="qr-action"]')];
      expect(svgButton!.textContent).to.equal('Download SVG');
      svgButton!.click();
      pngButton!.click();
      await until(() => saved.length === 2, 'two downloads');
      expect(saved.map((file) => file.download)).to.deep.equal(['lung-1-qr.svg', 'lung-1-qr.png']);
      expect(saved.every((file) => file.href.startsWith('blob:'))).to.equal(true);
      const svgFile = await (await fetch(saved[0]!.href)).blob();
      expect(svgFile.type).to.equal('image/svg+xml');
      expect(await svgFile.text()).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(await decode(await imageFrom(svgFile), 400)).to.equal(QR_LINK);
      const pngFile = await (await fetch(saved[1]!.href)).blob();
      expect(pngFile.type).to.equal('image/png');
      const png = await createImageBitmap(pngFile);
      expect(png.width).to.be.at.least(400);
      expect(await decode(png, png.width)).to.equal(QR_LINK);
    });

    it('prints a page with only the study title, the code and how to use it', async () => {
      const el = await shareEl(shareConfig(), { networks: 'qr', 'show-qr': '' });
      await until(() => el.shadowRoot!.querySelector('svg.qr'), 'QR code');
      const print = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="qr-action"]')].find((b) => b.textContent!.trim() === 'Print')!;
      print.click();
      const frame = await until(() => el.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print-frame'), 'print frame');
      const doc = frame.contentDocument!;
      expect(doc.querySelector('h1')!.textContent).to.equal('A study for lung cancer');
      expect(doc.querySelector('svg path')!.getAttribute('d')).to.equal($(el, 'svg.qr path').getAttribute('d'));
      expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'Point your phone camera at the code to open the study page.',
        'https://example.org/study?id=7&utm_source=qr&utm_medium=print&utm_campaign=lung-1#join',
      ]);
      expect(doc.adoptedStyleSheets[0]!.cssRules[0]!.cssText).to.contain('@page');
      expect(doc.querySelectorAll('button, a, script, img')).to.have.length(0);
      // The element's own print rules show only the open QR panel when the host page is printed.
      await expect(el).to.be.accessible();
    });
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await shareEl(await demoConfig('lung-cancer-chemo-io'), { lang: 'es' });
    expect($(el, '[part="heading"]').textContent).to.equal('Compartir este estudio');
    expect(item(el, 'whatsapp').getAttribute('aria-label')).to.equal('Compartir en WhatsApp (se abre en una pestaña nueva)');
    expect(item(el, 'whatsapp').getAttribute('href')).to.contain('Un%20estudio%20sobre%20c%C3%A1ncer%20de%20pulm%C3%B3n');
    expect(shadowText(el)).to.contain('Más formas de compartir');
    await expect(el).to.be.accessible();
  });

  it('renders config text as text, and shows the fallback for a broken config', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const el = await shareEl(shareConfig({ custom: [{ id: 'forum', label: payload, template: 'https://forum.example.org/new?u={url}' }] }));
    expect(item(el, 'forum').textContent!.trim()).to.equal(payload);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const { result: broken } = await captureConsole(() => shareEl({ schemaVersion: 1, id: 'x', title: 'T' }));
    expect(broken.shadowRoot!.querySelector('[part="fallback"]')).not.to.equal(null);
  });

  it('made no request to any other origin, before or after a click', async () => {
    // Runs last in this file: every test above rendered, clicked, opened and downloaded.
    const others = [...fetched, ...performance.getEntriesByType('resource').map((entry) => entry.name)].filter(
      (url) => new URL(url, location.href).origin !== location.origin,
    );
    expect(others).to.deep.equal([]);
    expect(fetched.length).to.be.above(0);
  });
});
