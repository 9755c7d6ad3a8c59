import { fixture, html } from '@open-wc/testing';
import { until } from '../helpers.js';

export interface RecipeProbe {
  errors: string[];
  warnings: string[];
  uncaught: string[];
  cspViolations: string[];
}

export interface LoadedRecipe {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  study: HTMLElementTagNameMap['trial-study'];
  card: HTMLElementTagNameMap['trial-card'];
  title: HTMLElement;
  probe: RecipeProbe;
}

/**
 * Loads a recipe page (exactly as served) into a phone-sized iframe, with the probe script put
 * first in its <head> so that every console error, uncaught error and CSP violation is seen,
 * from the first script on. Resolves when the card shows its title.
 */
export async function loadRecipe(path: string, width = 390): Promise<LoadedRecipe> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const source = await response.text();
  const base = new URL(path, location.href).href;
  // srcdoc keeps the page's origin; <base> resolves its relative URLs as if it were loaded from `path`.
  const page = source.replace(/<head>/i, `<head><base href="${base}" /><script src="/test/recipes/probe.js"></script>`);
  if (page === source) throw new Error(`${path} has no <head>`);
  const frame = await fixture<HTMLIFrameElement>(html`<iframe srcdoc=${page} title="recipe page" width=${width} height="900"></iframe>`);
  const title = await until(
    () => frame.contentDocument?.querySelector('trial-card')?.shadowRoot?.querySelector<HTMLElement>('[part="title"]'),
    `the card's title in ${path}`,
    20_000,
  );
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis & { __recipeProbe: RecipeProbe };
  return {
    frame,
    doc,
    win,
    study: doc.querySelector('trial-study')!,
    card: doc.querySelector('trial-card')!,
    title,
    probe: win.__recipeProbe,
  };
}

/** Runs axe-core inside the recipe page on one element (axe needs the element's own window). */
export async function axeViolations(recipe: LoadedRecipe, element: Element): Promise<string[]> {
  type AxeWindow = Window & { axe?: { run(context: Element): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
  const win = recipe.win as unknown as AxeWindow;
  if (!win.axe) {
    const script = recipe.doc.createElement('script');
    // The recipe pages require Trusted Types, so the test vouches for its own script URL.
    const trustedTypes = (
      recipe.win as unknown as {
        trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } };
      }
    ).trustedTypes;
    const policy = trustedTypes?.createPolicy('recipe-test-axe', { createScriptURL: (url) => url });
    script.src = policy ? policy.createScriptURL('/node_modules/axe-core/axe.min.js') : '/node_modules/axe-core/axe.min.js';
    recipe.doc.head.append(script);
    await until(() => win.axe, 'axe-core in the recipe page', 5000);
  }
  const { violations } = await win.axe!.run(element);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
