/**
 * The embed builder: a site owner picks or pastes a trial, chooses what to show, sees the live
 * preview (trialkit's own elements) and copies a snippet that works pasted into any page.
 * Everything runs in this page; nothing typed here is sent anywhere.
 */
import { fromClinicalTrialsGov } from '../../src/core/ctgov-import.js';
import { glossaryAsJargon } from '../../src/core/glossary.js';
import { lint, type LintFinding } from '../../src/core/lint.js';
import { validateConfig, type Problem } from '../../src/core/validate.js';
import { buildSnippet, contrastOnWhite, type SnippetOptions } from './snippet.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#builder');
const source = $<HTMLSelectElement>('#source');
const configText = $<HTMLTextAreaElement>('#config-text');
const validation = $('#validation');
const lintResults = $('#lint-results');
const lintSummary = $('#lint summary');
const preview = $('#preview');
const snippetField = $<HTMLTextAreaElement>('#snippet');
const copyStatus = $('#copy-status');
const accentContrast = $('#accent-contrast');
const refError = $('#ref-error');
const fileField = $('#file-field');

/** The built-in glossary's terms, for the jargon check (loaded once, on demand). */
let builtInGlossary: Awaited<ReturnType<typeof glossaryAsJargon>> | undefined;
void glossaryAsJargon().then((terms) => {
  builtInGlossary = terms;
  update();
});

/** The last config that validated: the preview and snippet keep showing it while the text is mid-edit. */
let current: unknown;

// document.baseURI, not location.href, so the builder also works inside a srcdoc frame.
const bundleUrl = new URL('../dist/trialkit.js', document.baseURI).href;

async function loadDemo(name: string) {
  const response = await fetch(new URL(`trials/${name}.json`, document.baseURI));
  const config = (await response.json()) as Record<string, unknown>;
  delete config.$schema;
  configText.value = JSON.stringify(config, null, 2);
  update();
}

function options(): SnippetOptions {
  const data = new FormData(form);
  return {
    bundleUrl,
    elements: data.getAll('element').map(String),
    lang: String(data.get('lang') ?? ''),
    theme: String(data.get('theme') ?? 'light'),
    accent: String(data.get('accent') ?? ''),
    networks: String(data.get('networks') ?? '').trim(),
    ref: String(data.get('ref') ?? '').trim(),
    delivery: data.get('delivery') === 'file' ? 'file' : 'inline',
    fileUrl: String(data.get('fileUrl') ?? ''),
  };
}

function showProblems(problems: Problem[] | string) {
  validation.classList.add('invalid');
  validation.replaceChildren();
  const title = document.createElement('p');
  title.textContent = typeof problems === 'string' ? problems : `This config has ${problems.length} problem${problems.length === 1 ? '' : 's'}. The preview shows the last version that worked.`;
  validation.append(title);
  if (typeof problems === 'string') return;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = problem.path || '(whole config)';
    item.append(path, `: ${problem.message}`);
    list.append(item);
  }
  validation.append(list);
}

function showLint(findings: LintFinding[]) {
  lintSummary.textContent = findings.length
    ? `Plain-language and recruitment-rule checks: ${findings.length} to look at`
    : 'Plain-language and recruitment-rule checks: nothing to fix';
  lintResults.replaceChildren();
  if (!findings.length) {
    const ok = document.createElement('p');
    ok.textContent = 'The texts read at grade 8 or below, and no recruitment-rule phrase was found.';
    lintResults.append(ok);
    return;
  }
  const list = document.createElement('ul');
  for (const finding of findings) {
    const item = document.createElement('li');
    item.className = `finding-${finding.severity}`;
    const where = document.createElement('code');
    where.textContent = finding.path || '(whole config)';
    item.append(`${finding.severity === 'error' ? 'Must fix' : finding.severity === 'warning' ? 'Should fix' : 'Note'} — `, where, `: ${finding.message} ${finding.fix}`);
    list.append(item);
  }
  lintResults.append(list);
}

/** Re-checks the config text, then refreshes the preview and the snippet. */
function update() {
  let data: unknown;
  try {
    data = JSON.parse(configText.value);
  } catch (error) {
    showProblems(`This is not valid JSON yet: ${(error as Error).message}.`);
    renderSnippet();
    return;
  }
  if (source.value === 'ctgov' && data && typeof data === 'object' && !('schemaVersion' in data)) {
    const imported = fromClinicalTrialsGov(data);
    if (!imported.ok) {
      showProblems(imported.message);
      return;
    }
    // Replace the record with the draft config, so the person edits the config from here on.
    configText.value = JSON.stringify(imported.config, null, 2);
    source.value = 'paste';
    data = imported.config;
  }
  const result = validateConfig(data);
  if (result.ok) {
    current = data;
    validation.classList.remove('invalid');
    validation.textContent = 'This config is valid.';
  } else {
    showProblems(result.problems);
  }
  showLint(lint(data, builtInGlossary ? { builtInGlossary } : {}).findings);
  renderPreview();
  renderSnippet();
}

function renderPreview() {
  if (!current) return;
  const { elements, lang, theme, ref, networks } = options();
  // Built with DOM APIs and properties (never HTML strings), as an app would.
  const study = document.createElement('trial-study') as HTMLElement & { config?: unknown };
  if (lang) study.setAttribute('lang', lang);
  study.setAttribute('theme', theme);
  if (ref && /^[A-Za-z0-9_-]+$/.test(ref)) study.setAttribute('ref', ref);
  study.config = current;
  for (const tag of elements) {
    const element = document.createElement(tag);
    if (tag === 'trial-share' && networks) element.setAttribute('networks', networks);
    element.setAttribute('heading-level', '3');
    study.append(element);
  }
  preview.replaceChildren(study);
  const accent = options().accent;
  if (accent) study.style.setProperty('--trial-color-accent', accent);
}

function renderSnippet() {
  const opts = options();
  const refOk = !opts.ref || /^[A-Za-z0-9_-]+$/.test(opts.ref);
  refError.hidden = refOk;
  $<HTMLInputElement>('#ref').setAttribute('aria-invalid', String(!refOk));
  fileField.hidden = opts.delivery !== 'file';
  const ratio = contrastOnWhite(opts.accent);
  accentContrast.textContent =
    ratio >= 4.5 ? `Contrast with white: ${ratio.toFixed(1)} to 1. Easy to read.` : `Contrast with white: ${ratio.toFixed(1)} to 1. Too light: pick a darker colour (at least 4.5 to 1).`;
  snippetField.value = current ? buildSnippet(current, { ...opts, ref: refOk ? opts.ref : '' }) : '';
}

source.addEventListener('change', () => {
  if (source.value === 'paste' || source.value === 'ctgov') {
    configText.value = '';
    validation.classList.remove('invalid');
    validation.textContent =
      source.value === 'ctgov'
        ? 'Paste the JSON of a study from https://clinicaltrials.gov/api/v2/studies/NCT… here. It becomes a draft config to rewrite in plain words.'
        : 'Paste your trial config here.';
    configText.focus();
  } else {
    void loadDemo(source.value);
  }
});

let typing: ReturnType<typeof setTimeout> | undefined;
configText.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(update, 300);
});
form.addEventListener('input', (event) => {
  if (event.target === configText) return;
  renderPreview();
  renderSnippet();
});
form.addEventListener('change', (event) => {
  if (event.target === configText || event.target === source) return;
  renderPreview();
  renderSnippet();
});
form.addEventListener('submit', (event) => event.preventDefault());

$('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetField.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    snippetField.select();
    copyStatus.textContent = 'Press Ctrl+C (or ⌘+C) to copy the selected snippet.';
  }
});

$('#download').addEventListener('click', () => {
  if (!current) return;
  const blob = new Blob([JSON.stringify(current, null, 2) + '\n'], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${(current as { id?: string }).id ?? 'trial'}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

void loadDemo(source.value);
