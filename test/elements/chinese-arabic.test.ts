/**
 * Every element in Simplified Chinese and in Arabic, from the demo configs: the built-in words are
 * translated, axe passes, and Arabic lays out right to left, measured on the rendered boxes, even
 * when the host page says `dir="ltr"`.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialElement } from '../../src/internal/trial-element.js';
import { demoConfig, minimalConfig, mount, shadowText, until } from '../helpers.js';

await import('../../src/elements/trial-eligibility/flow.js');
await import('../../src/elements/trial-eligibility/referral.js');

type Tag = 'trial-card' | 'trial-eligibility' | 'trial-faq' | 'trial-share';

async function render(tag: Tag, config: unknown, attrs: Record<string, string>, ready: string): Promise<TrialElement> {
  const element = await mount<TrialElement>(tag, config, attrs);
  await until(() => shadowText(element).includes(ready), `"${ready}" in <${tag}>`);
  return element;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const root = (el: Element) => $(el, '.root');

/** The box of an element's text (its contents, without ::before/::after). */
function textBox(node: Node): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/** The box of the first occurrence of `text` inside `node`'s text. */
function substringBox(node: Node, text: string): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    const index = current.textContent!.indexOf(text);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(current, index);
    range.setEnd(current, index + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`no "${text}" in ${(node as Element).outerHTML?.slice(0, 80)}`);
}

/** The inner edges of a box with padding and border. */
function contentEdges(element: HTMLElement) {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return {
    left: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
    right: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
  };
}

const STRINGS = {
  'zh-Hans': {
    status: '正在招募志愿者',
    who: '18 岁及以上',
    eligibility: '我能参加这项研究吗？',
    start: '开始',
    progress: '第 1 题，共 4 题',
    unsure: '我不确定',
    faq: '问题和解答',
    stopping: '我可以随时退出吗？',
    share: '分享这项研究',
    copy: '复制链接',
  },
  ar: {
    status: 'تبحث عن متطوعين الآن',
    who: 'من عمر 18 سنة فأكثر',
    eligibility: 'هل يمكنني المشاركة في هذه الدراسة؟',
    start: 'البدء',
    progress: 'السؤال 1 من 4',
    unsure: 'لا أعرف بالتأكيد',
    faq: 'أسئلة وأجوبة',
    stopping: 'هل يمكنني التوقف في أي وقت؟',
    share: 'مشاركة هذه الدراسة',
    copy: 'نسخ الرابط',
  },
} as const;

describe('Simplified Chinese and Arabic', () => {
  afterEach(() => fixtureCleanup());

  for (const lang of ['zh-Hans', 'ar'] as const) {
    const words = STRINGS[lang];
    const dir = lang === 'ar' ? 'rtl' : 'ltr';

    describe(lang, () => {
      it('<trial-card>: translated, accessible, and marks the English title it falls back to', async () => {
        const el = await render('trial-card', await demoConfig('lung-cancer-chemo-io'), { lang }, words.status);
        expect($(el, '[part="status"]').textContent!.trim()).to.equal(words.status);
        expect(shadowText(el)).to.contain(words.who);
        expect(root(el).getAttribute('dir')).to.equal(dir);
        // The lung study is written in English and Spanish: its title is English, marked so.
        const title = $(el, '[part="title"] span[lang="en"]');
        expect(title.textContent).to.contain('Adding immunotherapy');
        expect(title.getAttribute('dir')).to.equal(lang === 'ar' ? 'ltr' : null);
        await expect(el).to.be.accessible();
      });

      it('<trial-eligibility>: the start screen and a question, with the keyboard alone', async () => {
        const el = await render('trial-eligibility', await demoConfig('lung-cancer-chemo-io'), { lang }, words.eligibility);
        expect(root(el).getAttribute('dir')).to.equal(dir);
        await expect(el).to.be.accessible();
        for (let i = 0; i < 20 && el.shadowRoot!.activeElement?.textContent?.trim() !== words.start; i++) await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await until(() => el.shadowRoot!.activeElement?.textContent?.includes(words.progress), 'the first question, focused');
        expect(shadowText(el)).to.contain(words.unsure);
        await expect(el).to.be.accessible();
      });

      it('<trial-faq>: translated topics, accessible when open', async () => {
        const el = await render('trial-faq', await demoConfig('lung-cancer-chemo-io'), { lang, open: 'stopping' }, words.faq);
        expect($(el, '#q-stopping').textContent!.trim()).to.equal(words.stopping);
        expect($(el, '#a-stopping').hidden).to.equal(false);
        expect(root(el).getAttribute('dir')).to.equal(dir);
        await expect(el).to.be.accessible();
      });

      it('<trial-share>: translated buttons, accessible', async () => {
        const el = await render('trial-share', await demoConfig('lung-cancer-chemo-io'), { lang }, words.share);
        expect(shadowText(el)).to.contain(words.copy);
        expect(root(el).getAttribute('dir')).to.equal(dir);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('Arabic lays out right to left, on a page that says dir="ltr"', () => {
    let before: string | null;
    beforeEach(() => {
      before = document.documentElement.getAttribute('dir');
      document.documentElement.setAttribute('dir', 'ltr');
    });
    afterEach(() => {
      if (before === null) document.documentElement.removeAttribute('dir');
      else document.documentElement.setAttribute('dir', before);
    });

    it('card: the status starts at the right edge, the English title at its own (left) edge; labels stand right of their values', async () => {
      for (const lang of ['ar', 'en']) {
        const el = await render('trial-card', await demoConfig('lung-cancer-chemo-io'), { lang }, lang === 'ar' ? STRINGS.ar.status : 'Looking for volunteers now');
        const panel = contentEdges($(el, '[part="card"]'));
        const title = textBox($(el, '[part="title"]'));
        const status = textBox($(el, '[part="status"]'));
        const label = $(el, '.fact dt').getBoundingClientRect();
        const value = $(el, '.fact dd').getBoundingClientRect();
        if (lang === 'ar') {
          // The lung study has no Arabic: its English title starts where English starts, at the left.
          expect(title.left - panel.left, 'English title flush left').to.be.within(-1, 2);
          expect(panel.right - title.right, 'English title not flush right').to.be.above(10);
          // The status dot (::before) comes first, at the right, so the words stop short of the edge.
          expect(panel.right - status.right, 'status dot at the right').to.be.within(8, 24);
          expect(label.left, 'label right of its value').to.be.above(value.right - 1);
        } else {
          expect(title.left - panel.left, 'English title flush left').to.be.within(-1, 2);
          expect(value.left, 'English label left of its value').to.be.above(label.right - 1);
        }
        fixtureCleanup();
      }
    });

    it('card: a phone number keeps its digit order inside an Arabic sentence', async () => {
      const config = await demoConfig('cll-apg-2575');
      config.contact = { ...config.contact, phone: '+1 555 010 0199' };
      const el = await render('trial-card', config, { lang: 'ar' }, 'الاتصال');
      const call = $(el, '[part~="action-call"]');
      expect(call.textContent).to.contain('الاتصال بالرقم');
      // Read left to right, the number must still be "+1 555 010 0199": "+1" left of "0199".
      expect(substringBox(call, '+1').left).to.be.below(substringBox(call, '0199').left);
      // And the whole number sits left of the Arabic words that introduce it.
      expect(substringBox(call, '0199').right).to.be.below(substringBox(call, 'الاتصال').left);
      await expect(el).to.be.accessible();
    });

    it('card: a config written in plain strings is read as its default language (English), marked so, and said once', async () => {
      const el = await render('trial-card', await demoConfig('cll-apg-2575'), { lang: 'ar' }, 'الاتصال');
      const title = $(el, '[part="title"] span[lang="en"][dir="ltr"]');
      expect(title.textContent!.length).to.be.above(10);
      expect(getComputedStyle(title).direction).to.equal('ltr');
      // The heading holds only that English text, so it takes its direction (and starts at the left).
      expect(getComputedStyle($(el, '[part="title"]')).direction).to.equal('ltr');
      expect(getComputedStyle($(el, '[part="status"]')).direction).to.equal('rtl');
      expect(el.shadowRoot!.querySelectorAll('[part="language-notice"]')).to.have.length(1);
    });

    it('card: a plain string whose letters are Arabic, in a config that forgot defaultLocale, still decides its own direction', async () => {
      const el = await render('trial-card', { ...(await demoConfig('cll-apg-2575')), title: 'دراسة حبة دواء لسرطان الدم' }, { lang: 'ar' }, 'الاتصال');
      const title = $(el, '[part="title"] span[dir="auto"]');
      expect(title.hasAttribute('lang')).to.equal(false);
      expect(getComputedStyle(title).direction).to.equal('rtl');
    });

    it('FAQ: questions start at the right, and the chevron is at the left', async () => {
      const el = await render('trial-faq', await demoConfig('lung-cancer-chemo-io'), { lang: 'ar' }, STRINGS.ar.faq);
      const trigger = $(el, '#q-stopping');
      const button = trigger.getBoundingClientRect();
      const words = textBox(trigger);
      // With the chevron at the right, the words would stop 0.75rem + 0.5em short of the edge.
      expect(button.right - words.right, 'words flush right').to.be.within(-1, 2);
      expect(words.left - button.left, 'room for the chevron at the left').to.be.above(16);
      const chevron = getComputedStyle(trigger, '::after');
      expect(chevron.transform, 'it still points down').to.not.equal('none');
    });

    it('pre-screener: Continue comes first at the right, Back to its left; the error bar is at the right', async () => {
      const el = await render('trial-eligibility', await demoConfig('lung-cancer-chemo-io'), { lang: 'ar' }, STRINGS.ar.eligibility);
      $<HTMLButtonElement>(el, '.buttons .button').click();
      await until(() => shadowText(el).includes(STRINGS.ar.progress), 'the first question');
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('form .buttons button')];
      const [next, back] = [buttons.find((b) => b.textContent!.trim() === 'متابعة')!, buttons.find((b) => b.textContent!.trim() === 'رجوع')!];
      expect(back.getBoundingClientRect().right, 'Back left of Continue').to.be.at.most(next.getBoundingClientRect().left);
      next.click();
      await until(() => el.shadowRoot!.querySelector('.question.error'), 'the error');
      const question = $(el, '.question.error');
      const style = getComputedStyle(question);
      expect(style.borderRightWidth, 'error bar at the right').to.equal('4px');
      expect(style.borderLeftWidth).to.equal('0px');
      expect(shadowText(el)).to.contain('يُرجى الإجابة عن السؤال للمتابعة.');
      await expect(el).to.be.accessible();
    });

    it('pre-screener: reads an age typed in Arabic-Indic digits', async () => {
      const el = await render('trial-eligibility', await demoConfig('lung-cancer-chemo-io'), { lang: 'ar-EG' }, STRINGS.ar.eligibility);
      $<HTMLButtonElement>(el, '.buttons .button').click();
      // ar-EG reads Arabic-Indic digits, so the progress says «السؤال ١ من ٤».
      await until(() => shadowText(el).includes('السؤال ١ من ٤'), 'the first question, with Egyptian digits');
      const age = $<HTMLInputElement>(el, 'input[name="age"]');
      age.focus();
      await sendKeys({ type: '٤٥' });
      expect(age.value).to.equal('٤٥');
      await sendKeys({ press: 'Enter' });
      await until(() => shadowText(el).includes('السؤال ٢ من'), 'the second question');
      expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    });

    it('pre-screener: the referral form in Arabic, with email and phone typed left to right', async () => {
      const config = minimalConfig({
        eligibility: {
          questions: [
            { id: 'adult', type: 'yesno', text: { en: 'Are you 18 or older?', ar: 'هل عمرك 18 سنة أو أكثر؟' }, eligibleIf: { q: 'adult', equals: 'yes' } },
          ],
        },
        referral: { endpoint: 'https://example.org/referral', consent: { en: 'I agree.', ar: 'أوافق على إرسال بياناتي.' }, fields: ['name', 'email', 'phone'] },
      });
      const el = await render('trial-eligibility', config, { lang: 'ar', layout: 'form' }, 'هل عمرك 18 سنة أو أكثر؟');
      $<HTMLInputElement>(el, 'input[value="yes"]').click();
      $<HTMLButtonElement>(el, 'form .buttons .button').click();
      await until(() => el.shadowRoot!.querySelector('input[name="email"]'), 'the referral form');
      expect(shadowText(el)).to.contain('قد يكون بإمكانك المشاركة');
      expect(shadowText(el)).to.contain('طلب اتصال من فريق الدراسة');
      expect($(el, 'input[name="email"]').getAttribute('dir')).to.equal('ltr');
      expect($(el, 'input[name="phone"]').getAttribute('dir')).to.equal('ltr');
      expect($(el, 'input[name="name"]').hasAttribute('dir')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('share: the first button is at the right', async () => {
      const el = await render('trial-share', await demoConfig('lung-cancer-chemo-io'), { lang: 'ar' }, STRINGS.ar.copy);
      const list = $(el, '[part="list"]');
      const first = list.querySelector('li')!.getBoundingClientRect();
      expect(list.getBoundingClientRect().right - first.right).to.be.within(-1, 2);
    });
  });

  it('an English widget on an Arabic page stays left to right', async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><trial-card lang="en" .config=${config}></trial-card></div>`);
    const el = wrapper.querySelector('trial-card')!;
    await until(() => shadowText(el).includes('Looking for volunteers now'), 'English');
    expect(root(el).getAttribute('dir')).to.equal('ltr');
    const panel = contentEdges($(el, '[part="card"]'));
    expect(textBox($(el, '[part="title"]')).left - panel.left).to.be.within(-1, 2);
  });

  it('Chinese in Traditional characters gets English built-in words, marked as English', async () => {
    const el = await render('trial-card', await demoConfig('lung-cancer-chemo-io'), { lang: 'zh-TW' }, 'Looking for volunteers now');
    expect(root(el).getAttribute('lang')).to.equal('en');
    expect(root(el).getAttribute('dir')).to.equal('ltr');
  });
});
