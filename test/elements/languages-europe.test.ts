/**
 * French, German and Brazilian Portuguese: every element renders its built-in words in the reader's
 * language from an en/es demo config (whose texts fall back, marked with lang="en"), with the
 * reader's number and date formats, and passes axe.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrialCard } from '../../src/elements/trial-card/trial-card.js';
import type { TrialEligibility } from '../../src/elements/trial-eligibility/trial-eligibility.js';
import type { TrialFaq } from '../../src/elements/trial-faq/trial-faq.js';
import type { TrialShare } from '../../src/elements/trial-share/trial-share.js';
import { en } from '../../src/i18n/en/index.js';
import { demoConfig, mount, tabUntil, until } from '../helpers.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const number = (lang: string, value: number) => new Intl.NumberFormat(lang).format(value);

/** What each language must show; `nf` is the reader's number format. */
const EXPECTED = {
  fr: {
    status: 'Cherche des volontaires en ce moment',
    phase3: `Phase 3${NBSP}: compare le traitement aux soins habituels, dans un grand groupe`,
    whoHeading: 'Qui peut participer',
    who: ['À partir de 18 ans', 'Personnes de tout sexe', 'Cette étude est pour les personnes qui ont la maladie, pas pour les volontaires en bonne santé'],
    showAll: (n: string) => `Afficher les ${n} lieux`,
    contactHeading: 'Contacter l’équipe de l’étude',
    startHeading: `Est-ce que je peux participer à cette étude${NNBSP}?`,
    private: 'Vos réponses restent sur cet appareil.',
    start: 'Commencer',
    progress: 'Question 1 sur 4',
    unsure: 'Je ne sais pas',
    continue: 'Continuer',
    errorTitle: 'Il y a un problème',
    errorEmpty: `Répondez à la question pour continuer. Si vous ne savez pas, choisissez «${NBSP}Je ne sais pas${NBSP}».`,
    faqTitle: 'Questions et réponses',
    placebo: `Est-ce que je pourrais recevoir un placebo${NNBSP}? Qu’est-ce qu’un placebo${NNBSP}?`,
    stopping: 'Participer est votre choix.',
    expandAll: 'Afficher toutes les réponses',
    approvedOn: 'Approuvée le 1 mai 2020.',
    shareHeading: 'Partager cette étude',
    whatsapp: 'Partager sur WhatsApp (s’ouvre dans un nouvel onglet)',
    more: 'Autres façons de partager',
    qr: 'Code QR',
    qrHelp: 'Dirigez l’appareil photo de votre téléphone vers le code pour ouvrir la page de l’étude.',
  },
  de: {
    status: 'Sucht jetzt Freiwillige',
    phase3: 'Phase 3: vergleicht in einer großen Gruppe die Behandlung mit der üblichen Versorgung',
    whoHeading: 'Wer mitmachen kann',
    who: ['Alter: 18 Jahre oder älter', 'Für alle Geschlechter', 'Diese Studie ist für Menschen mit der Krankheit, nicht für gesunde Freiwillige'],
    showAll: (n: string) => `Alle ${n} Orte zeigen`,
    contactHeading: 'Kontakt zum Studienteam',
    startHeading: 'Kann ich bei dieser Studie mitmachen?',
    private: 'Ihre Antworten bleiben auf diesem Gerät.',
    start: 'Starten',
    progress: 'Frage 1 von 4',
    unsure: 'Ich bin mir nicht sicher',
    continue: 'Weiter',
    errorTitle: 'Es gibt ein Problem',
    errorEmpty: 'Beantworten Sie die Frage, um weiterzumachen. Wenn Sie es nicht wissen, wählen Sie „Ich bin mir nicht sicher“.',
    faqTitle: 'Fragen und Antworten',
    placebo: 'Könnte ich ein Placebo bekommen? Was ist ein Placebo?',
    stopping: 'Sie können jederzeit aufhören. Sie müssen keinen Grund nennen.',
    expandAll: 'Alle Antworten zeigen',
    approvedOn: 'Genehmigt am 1. Mai 2020.',
    shareHeading: 'Diese Studie teilen',
    whatsapp: 'Auf WhatsApp teilen (öffnet sich in einem neuen Tab)',
    more: 'Weitere Wege zum Teilen',
    qr: 'QR-Code',
    qrHelp: 'Halten Sie die Kamera Ihres Handys auf den Code. Dann öffnet sich die Seite der Studie.',
  },
  'pt-BR': {
    status: 'Procurando voluntários agora',
    phase3: 'Fase 3: compara o tratamento com o cuidado habitual, em um grupo grande',
    whoHeading: 'Quem pode participar',
    who: ['A partir de 18 anos', 'Pessoas de qualquer sexo', 'Este estudo é para pessoas com a doença, não para voluntários saudáveis'],
    showAll: (n: string) => `Mostrar todos os ${n} locais`,
    contactHeading: 'Fale com a equipe do estudo',
    startHeading: 'Posso participar deste estudo?',
    private: 'Suas respostas ficam neste aparelho.',
    start: 'Começar',
    progress: 'Pergunta 1 de 4',
    unsure: 'Não tenho certeza',
    continue: 'Continuar',
    errorTitle: 'Há um problema',
    errorEmpty: 'Responda à pergunta para continuar. Se não souber, escolha “Não tenho certeza”.',
    faqTitle: 'Perguntas e respostas',
    placebo: 'Posso receber um placebo? O que é um placebo?',
    stopping: 'Participar é uma escolha sua.',
    expandAll: 'Mostrar todas as respostas',
    approvedOn: 'Aprovado em 1 de maio de 2020.',
    shareHeading: 'Compartilhar este estudo',
    whatsapp: 'Compartilhar no WhatsApp (abre em uma nova aba)',
    more: 'Mais formas de compartilhar',
    qr: 'Código QR',
    qrHelp: 'Aponte a câmera do seu celular para o código para abrir a página do estudo.',
  },
} as const;

/** English built-in strings (no placeholders, long enough not to be a name) that must not show. */
const ENGLISH = Object.values(en)
  .flatMap((area) => Object.values(area as Record<string, unknown>))
  .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message as Record<string, string>)))
  .filter((message) => message.length >= 8 && !message.includes('{'));

/** The element's visible text, leaving out config texts that fell back to English (marked lang="en"). */
function builtInText(el: Element): string {
  const copy = document.createElement('div');
  for (const node of el.shadowRoot!.childNodes) copy.append(node.cloneNode(true));
  for (const marked of copy.querySelectorAll('[lang|="en"]')) marked.remove();
  for (const hidden of copy.querySelectorAll('[hidden]')) hidden.remove();
  return squash(copy.textContent);
}

/** Collapses runs of ordinary white space, keeping no-break spaces (French puts them before ? and :). */
const squash = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const visibleText = (el: Element) => squash(el.shadowRoot!.textContent);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectNoEnglish(el: Element) {
  const text = builtInText(el);
  // Whole words only: "Continuer" is French, not a leftover "Continue".
  const leftovers = ENGLISH.filter((message) => new RegExp(`(?<!\\p{L})${escape(message)}(?!\\p{L})`, 'u').test(text));
  expect(leftovers, `English built-in strings in <${el.localName}>`).to.deep.equal([]);
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

for (const [lang, want] of Object.entries(EXPECTED)) {
  describe(`built-in strings in ${lang}`, () => {
    afterEach(() => fixtureCleanup());

    it('<trial-card>: status, phase, who can join, the site count in the reader’s number format', async () => {
      const el = await mount<TrialCard>('trial-card', await demoConfig('lung-cancer-chemo-io'), { lang });
      await until(() => visibleText(el).includes(want.status), `${lang} card`);
      const text = visibleText(el);
      expect(text).to.contain(want.phase3);
      expect(text).to.contain(want.contactHeading);
      expect($(el, '#heading-who')!.textContent!.trim()).to.equal(want.whoHeading);
      expect([...$(el, '[part~="who"]')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(want.who);
      const showAll = squash($(el, '.show-all')!.textContent);
      expect(showAll).to.equal(want.showAll(number(lang, 1148)));
      // Intl groups the digits: never the English comma.
      expect(showAll).not.to.contain('1,148');
      // The config has no text in this language: its English title is marked as English.
      expect($(el, '[part="title"] [lang="en"]')!.textContent).to.equal('Adding immunotherapy to chemotherapy after lung cancer surgery');
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('<trial-eligibility>: the start screen, then a question and its error, by keyboard', async () => {
      const el = await mount<TrialEligibility>('trial-eligibility', await demoConfig('lung-cancer-chemo-io'), { lang });
      await until(() => $(el, '.step')?.textContent?.includes(want.startHeading), `${lang} start screen`);
      expect(visibleText(el)).to.contain(want.private);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();

      await tabUntil(el, (f) => f.textContent?.trim() === want.start, want.start);
      await sendKeys({ press: 'Enter' });
      await until(() => $(el, '.step')?.textContent?.includes(want.progress) && active(el) === $(el, '.step'), want.progress);
      // The question is the config's, in English; the words around it are the reader's.
      expect($(el, '.step [lang="en"]')!.textContent).to.equal('How old are you?');
      const labels = [...el.shadowRoot!.querySelectorAll('label.option')].map((label) => label.textContent!.trim());
      expect(labels).to.include(want.unsure);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();

      await tabUntil(el, (f) => f.textContent?.trim() === want.continue, want.continue);
      await sendKeys({ press: 'Enter' });
      const summary = await until(() => $(el, '.error-summary'), 'the error summary');
      expect(squash(summary.textContent)).to.contain(want.errorTitle);
      expect(squash($(el, '[part="error"]')!.textContent)).to.contain(want.errorEmpty);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('<trial-faq>: questions, answers, the approval date in the reader’s format', async () => {
      const config = await demoConfig('lung-cancer-chemo-io');
      config.oversight = { ...config.oversight!, approvedOn: '2020-05-01' };
      const el = await mount<TrialFaq>('trial-faq', config, { lang, open: 'stopping' });
      await until(() => $(el, '[part="title"]')?.textContent === want.faqTitle, `${lang} FAQ`);
      expect($(el, '#q-placebo')!.textContent!.trim()).to.equal(want.placebo);
      expect($(el, '#a-stopping')!.textContent).to.contain(want.stopping);
      expect($(el, '[part="toggle-all"]')!.textContent!.trim()).to.equal(want.expandAll);
      $(el, '[part="toggle-all"]')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect($(el, '#a-approval')!.textContent).to.contain(want.approvedOn);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });

    it('<trial-share>: labels, accessible names with the network name kept, the QR panel', async () => {
      const el = await mount<TrialShare>('trial-share', await demoConfig('lung-cancer-chemo-io'), { lang });
      el.shadowRoot!.addEventListener('click', (event) => {
        if ((event.target as Element).closest?.('a')) event.preventDefault();
      });
      await until(() => $(el, '[part="heading"]')?.textContent === want.shareHeading, `${lang} share`);
      expect($(el, '[part~="network-whatsapp"]')!.getAttribute('aria-label')).to.equal(want.whatsapp);
      expect($(el, '[part="more"]')!.textContent!.trim()).to.equal(want.more);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();

      $(el, '[part="more"]')!.click();
      const qr = await until(() => $(el, '[part~="network-qr"]'), 'the QR button');
      expect(qr.textContent!.trim()).to.equal(want.qr);
      qr.click();
      const panel = await until(() => $(el, '[part="qr-panel"]'), 'the QR panel');
      expect(panel.textContent).to.contain(want.qrHelp);
      expectNoEnglish(el);
      await expect(el).to.be.accessible();
    });
  });
}
