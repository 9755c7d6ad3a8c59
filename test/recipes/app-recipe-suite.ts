import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateConfig } from '../../src/core/validate.js';
import { demoConfig, shadowText, until } from '../helpers.js';
import { axeViolations, loadRecipe, type LoadedRecipe } from './load-recipe.js';

/** The demo configs the React and Vue recipes offer, by button label. */
const CHOICES = {
  leukemia: { label: 'Leukemia study', file: 'cll-apg-2575' },
  breastCancer: { label: 'Breast cancer study', file: 'breast-cancer-neratinib' },
  mistakes: { label: 'A config with mistakes', file: 'broken-example' },
};

const statusText = (recipe: LoadedRecipe) => recipe.doc.getElementById('trial-status')?.textContent?.trim() ?? '';

function choose(recipe: LoadedRecipe, label: string) {
  const button = [...recipe.doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`no "${label}" button`);
  button.click();
  return button;
}

/**
 * The checks both app recipes (React and Vue) must pass: the config reaches <trial-study> as a
 * property, the app's state follows trial-ready and trial-error, the attribution attribute gets
 * through the framework's reserved `ref`, and nothing errors.
 */
export function appRecipeSuite(framework: string, path: string, refCode: string) {
  describe(`${framework} recipe (${path})`, () => {
    afterEach(() => fixtureCleanup());

    it('sets the config as a property, and trial-ready puts "Loaded: <trial id>" in the app', async () => {
      const recipe = await loadRecipe(path);
      const expected = await demoConfig(CHOICES.leukemia.file);
      await until(() => statusText(recipe) === `Loaded: ${expected.id}`, `"Loaded: ${expected.id}" in the app`);
      // A property holding the object, never an attribute holding "[object Object]".
      const config = recipe.study.config as { id?: string; title?: string };
      expect(typeof config).to.equal('object');
      expect(config.id).to.equal(expected.id);
      expect(recipe.study.hasAttribute('config')).to.equal(false);
      expect(recipe.study.trialConfig?.id).to.equal(expected.id);
      expect(recipe.title.textContent?.trim()).to.equal(expected.title);
      // The attribution code made it past the framework's own `ref`.
      expect(recipe.study.getAttribute('ref')).to.equal(refCode);
      expect(recipe.card.getAttribute('heading-level')).to.equal('2');
      expect(recipe.title.localName).to.equal('h2');
      expect(recipe.probe.uncaught, 'uncaught errors').to.deep.equal([]);
      expect(recipe.probe.errors, 'console errors').to.deep.equal([]);
      expect(recipe.probe.warnings, 'console warnings').to.deep.equal([]);
      expect(recipe.probe.cspViolations, 'CSP violations (no eval, no inline style)').to.deep.equal([]);
    });

    it('the rendered card and the app pass axe inside the page', async () => {
      const recipe = await loadRecipe(path);
      await until(() => statusText(recipe).startsWith('Loaded:'), 'trial-ready');
      // chai-a11y-axe runs axe in the test's window, which refuses nodes of another document, so
      // axe-core runs inside the recipe page itself.
      expect(await axeViolations(recipe, recipe.card), 'the card').to.deep.equal([]);
      expect(await axeViolations(recipe, recipe.doc.body), 'the whole page').to.deep.equal([]);
    });

    it('choosing another study sets a new config object; the card and the app follow trial-ready', async () => {
      const recipe = await loadRecipe(path);
      const next = await demoConfig(CHOICES.breastCancer.file);
      await until(() => statusText(recipe).startsWith('Loaded:'), 'first trial-ready');
      const button = choose(recipe, CHOICES.breastCancer.label);
      await until(() => statusText(recipe) === `Loaded: ${next.id}`, `"Loaded: ${next.id}"`);
      await until(() => recipe.card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() === next.title, 'the new title in the card');
      expect((recipe.study.config as { id: string }).id).to.equal(next.id);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(recipe.probe.errors).to.deep.equal([]);
      expect(recipe.probe.uncaught).to.deep.equal([]);
    });

    it('a config with mistakes: trial-error drives the app, the page shows the fallback and keeps working', async () => {
      const recipe = await loadRecipe(path);
      await until(() => statusText(recipe).startsWith('Loaded:'), 'first trial-ready');
      const broken = await demoConfig(CHOICES.mistakes.file);
      const result = validateConfig(broken);
      if (result.ok) throw new Error('the broken demo config is valid?');
      const count = result.problems.length;
      choose(recipe, CHOICES.mistakes.label);
      await until(() => statusText(recipe).startsWith(`This config has ${count} problem`), `the app's error message (${count} problems)`);
      const fallback = await until(() => recipe.study.shadowRoot?.querySelector('[part~="fallback"]'), 'the fallback');
      expect(shadowText(recipe.study)).to.contain(broken.contact.email!);
      expect(fallback).to.exist;
      // trialkit's one console error naming every problem, and nothing else.
      expect(recipe.probe.errors.length, recipe.probe.errors.join('\n')).to.equal(1);
      for (const problem of result.problems) expect(recipe.probe.errors[0]).to.contain(problem.path);
      expect(recipe.probe.uncaught).to.deep.equal([]);
      // And back: the app recovers with a good config.
      choose(recipe, CHOICES.leukemia.label);
      const leukemia = await demoConfig(CHOICES.leukemia.file);
      await until(() => statusText(recipe) === `Loaded: ${leukemia.id}`, 'trial-ready after the error');
    });

    it('the app works with the keyboard alone: Tab to a study, Enter to show it, Tab on into the card', async () => {
      const recipe = await loadRecipe(path);
      await until(() => statusText(recipe).startsWith('Loaded:'), 'trial-ready');
      const buttons = [...recipe.doc.querySelectorAll<HTMLButtonElement>('.choices button')];
      expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal(Object.values(CHOICES).map((c) => c.label));
      for (const button of buttons) expect(button.getBoundingClientRect().height).to.be.at.least(44);
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(recipe.doc.activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'Enter' });
      const next = await demoConfig(CHOICES.breastCancer.file);
      await until(() => statusText(recipe) === `Loaded: ${next.id}`, `"Loaded: ${next.id}" after Enter`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      // Past the last study button, focus moves into the card's own links and buttons.
      expect(recipe.doc.activeElement).to.equal(recipe.card);
      expect(recipe.card.shadowRoot!.activeElement).to.exist;
    });
  });
}
