import { expect, fixtureCleanup } from '@open-wc/testing';
import { validateConfig } from '../../src/core/validate.js';
import { until } from '../helpers.js';
import { axeViolations, loadRecipe } from './load-recipe.js';

const PAGE = '/examples/wordpress/index.html';

/** The Custom HTML block as the site owner pastes it: the text between the wp:html comments. */
async function pastedBlock(): Promise<string> {
  const source = await (await fetch(PAGE)).text();
  const match = /<!-- wp:html -->([\s\S]*?)<!-- \/wp:html -->/.exec(source);
  if (!match) throw new Error('no <!-- wp:html --> block in the page');
  return match[1]!;
}

describe(`WordPress Custom HTML block recipe (${PAGE})`, () => {
  afterEach(() => fixtureCleanup());

  it('the pasted block is one script tag plus markup, with a valid config inline', async () => {
    const block = await pastedBlock();
    const scripts = [...block.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim());
    expect(scripts).to.deep.equal(['type="module" src="/dist/trialkit.js"', 'type="application/json"']);
    // Nothing a strict site or WordPress's filters would mangle: no inline code or styles.
    expect(block).not.to.match(/style=|<style|\bon\w+=/i);
    const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(block)![1]!;
    const result = validateConfig(JSON.parse(json));
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('renders the card from the inline config, with the attribution code, and nothing errors', async () => {
    const recipe = await loadRecipe(PAGE);
    const block = await pastedBlock();
    const inline = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(block)![1]!) as { id: string; title: string };
    expect(recipe.study.trialConfig?.id).to.equal(inline.id);
    expect(recipe.title.textContent?.trim()).to.equal(inline.title);
    expect(recipe.title.localName).to.equal('h2');
    expect(recipe.study.getAttribute('ref')).to.equal('cll-support-circle');
    expect(recipe.study.shadowRoot!.querySelector('[part~="fallback"]')).to.equal(null);
    expect(recipe.probe.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(recipe.probe.errors, 'console errors').to.deep.equal([]);
    expect(recipe.probe.warnings, 'console warnings').to.deep.equal([]);
  });

  it('the theme styles the post but not the card: links, headings and buttons keep trialkit’s look', async () => {
    const recipe = await loadRecipe(PAGE);
    const { win, doc, card, title } = recipe;
    // The theme is really there.
    const postLink = doc.querySelector('.entry-content a')!;
    expect(win.getComputedStyle(postLink).color).to.equal('rgb(163, 25, 91)');
    expect(win.getComputedStyle(doc.querySelector('h1')!).fontWeight).to.equal('300');
    // …and does not reach inside the card, except for the font, which trialkit inherits on purpose.
    const registryLink = await until(() => card.shadowRoot!.querySelector('[part~="registry"] a'), 'the registry link');
    expect(win.getComputedStyle(registryLink).color).to.equal('rgb(29, 95, 168)');
    expect(win.getComputedStyle(title).fontWeight).not.to.equal('300');
    for (const button of card.shadowRoot!.querySelectorAll<HTMLElement>('.button')) {
      expect(win.getComputedStyle(button).textTransform, button.textContent!).to.equal('none');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    }
    expect(win.getComputedStyle(card.shadowRoot!.querySelector('[part="summary"]')!).fontFamily).to.contain('Georgia');
    // The card fits the phone-width content column.
    const panel = card.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
    expect(panel.getBoundingClientRect().right).to.be.at.most(win.innerWidth);
  });

  it('the card and the whole post pass axe inside the page', async () => {
    const recipe = await loadRecipe(PAGE);
    expect(await axeViolations(recipe, recipe.card), 'the card').to.deep.equal([]);
    expect(await axeViolations(recipe, recipe.doc.body), 'the whole post').to.deep.equal([]);
  });

  it('the axe probe inside the page does report a violation (so a pass means something)', async () => {
    const recipe = await loadRecipe(PAGE);
    const image = recipe.doc.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    recipe.doc.querySelector('.entry-content')!.append(image);
    const violations = await axeViolations(recipe, recipe.doc.body);
    expect(violations.some((v) => v.startsWith('image-alt'))).to.equal(true);
  });
});
