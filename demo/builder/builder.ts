/**
 * The embed builder: a site owner fills in a guided form about their trial (or starts from a demo,
 * their own config, or a ClinicalTrials.gov record), sees the live preview (trialkit's own elements),
 * learns whether it is ready for patients, and copies a snippet that works pasted into any page.
 * Everything runs in this page; nothing typed here is sent anywhere, and nothing is stored unless
 * the person asks.
 */
import { fromClinicalTrialsGov } from '../../src/core/ctgov-import.js';
import { glossaryAsJargon } from '../../src/core/glossary.js';
import { lint, type LintFinding } from '../../src/tooling/lint.js';
import { validateConfig } from '../../src/core/validate.js';
import { GuidedForm } from './form.js';
import { readinessOf, type MustFix, type Readiness } from './readiness.js';
import { buildSnippet, bundleUrlFrom, contrastOnWhite, INLINE_LIMIT, inlineSize, nearestPassingColour, type SnippetOptions } from './snippet.js';

type Json = Record<string, unknown>;
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const form = $<HTMLFormElement>('#builder');
const source = $<HTMLSelectElement>('#source');
const configText = $<HTMLTextAreaElement>('#config-text');
const advanced = $<HTMLDetailsElement>('#advanced');
const validation = $('#validation');
const lintResults = $('#lint-results');
const lintSummary = $('#lint summary');
const preview = $('#preview');
const previewStatus = $('#preview-status');
const snippetField = $<HTMLTextAreaElement>('#snippet');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $('#copy-status');
const accentInput = $<HTMLInputElement>('#accent');
const accentContrast = $('#accent-contrast');
const accentFixRow = $('#accent-fix-row');
const refError = $('#ref-error');
const hostError = $('#host-error');
const fileField = $('#file-field');
const fileUrl = $<HTMLInputElement>('#file-url');
const deliveryNote = $('#delivery-note');
const readinessBox = $('#readiness');
const readinessHeading = $('#readiness-heading');
const readinessBody = $('#readiness-body');
const confirmDialog = $<HTMLDialogElement>('#confirm-draft');
const remember = $<HTMLInputElement>('#remember');
const forget = $<HTMLButtonElement>('#forget');
const rememberStatus = $('#remember-status');

const STORAGE_KEY = 'trialkit-builder';

/** The built-in glossary's terms, for the jargon check (loaded once, on demand). */
let builtInGlossary: Awaited<ReturnType<typeof glossaryAsJargon>> | undefined;

/** The config being edited (the form and the JSON view share it); undefined while the JSON cannot be read. */
let config: Json | undefined;
/** Why the JSON cannot be used, when it cannot. */
let jsonProblem: string | undefined;
/** The config when it passes the schema: only then are the preview and the snippet shown. */
let current: Json | undefined;
let readiness: Readiness = { state: 'invalid', mustFix: [] };
/** Set once the person picks a delivery: until then a large config goes as a file. */
let deliveryChosen = false;
let fileUrlEdited = false;

const guided = new GuidedForm($('#guided'), () => {
  // Typing in the form while the JSON view is broken or empty: the form's config wins from here on.
  if (!config) {
    config = guided.config;
    if (config.schemaVersion === undefined) config.schemaVersion = 1;
    jsonProblem = undefined;
  }
  writeJson();
  schedule(check, 250);
});

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(run: () => void, ms: number) {
  clearTimeout(timer);
  timer = setTimeout(run, ms);
}

function writeJson() {
  if (config) configText.value = JSON.stringify(config, null, 2);
}

/** Starts editing a new config: the form, the JSON view and every check follow it. */
function loadConfig(next: Json | undefined, problem?: string) {
  config = next;
  jsonProblem = problem;
  deliveryChosen = false;
  fileUrlEdited = false;
  if (next) {
    guided.load(next);
    writeJson();
  } else {
    guided.load({});
    configText.value = '';
  }
  check();
}

async function loadDemo(name: string) {
  const response = await fetch(new URL(`trials/${name}.json`, document.baseURI));
  const data = (await response.json()) as Json;
  delete data.$schema;
  loadConfig(data);
}

/** Reads the JSON view after the person typed or pasted in it. */
function readJson() {
  let data: unknown;
  try {
    data = JSON.parse(configText.value);
  } catch (error) {
    config = undefined;
    jsonProblem = configText.value.trim() ? `The JSON has a mistake: ${(error as Error).message}.` : 'The JSON view is empty. Fill in the form, or paste a config.';
    check();
    return;
  }
  if (data && typeof data === 'object' && !Array.isArray(data) && !('schemaVersion' in data) && (source.value === 'ctgov' || 'protocolSection' in data)) {
    const imported = fromClinicalTrialsGov(data);
    if (!imported.ok) {
      config = undefined;
      jsonProblem = imported.message;
      check();
      return;
    }
    // The record becomes a draft config; the person edits the config from here on.
    source.value = 'paste';
    loadConfig(imported.config as unknown as Json);
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    config = undefined;
    jsonProblem = 'A trial config is an object in { } braces, such as { "schemaVersion": 1, … }.';
    check();
    return;
  }
  config = data as Json;
  jsonProblem = undefined;
  guided.load(config);
  check();
}

function options(): SnippetOptions & { host: string; rawAccent: string } {
  const data = new FormData(form);
  const accent = String(data.get('accent') ?? '');
  return {
    bundleUrl: '',
    host: String(data.get('host') ?? ''),
    elements: data.getAll('element').map(String),
    lang: String(data.get('lang') ?? ''),
    theme: String(data.get('theme') ?? 'light'),
    rawAccent: accent,
    accent: accent ? nearestPassingColour(accent) : '',
    networks: String(data.get('networks') ?? '').trim(),
    ref: String(data.get('ref') ?? '').trim(),
    delivery: data.get('delivery') === 'file' ? 'file' : 'inline',
    fileUrl: String(data.get('fileUrl') ?? ''),
  };
}

const severityWords = (finding: LintFinding) => (finding.severity === 'error' ? 'Must fix' : finding.severity === 'warning' ? 'Should fix' : 'Note');

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
    item.append(`${severityWords(finding)}: `, where, `: ${finding.message}${finding.code === 'schema' ? '' : ` ${finding.fix}`}`);
    list.append(item);
  }
  lintResults.append(list);
}

/** Re-checks the config, then refreshes the findings, the readiness, the preview and the snippet. */
function check() {
  clearTimeout(timer);
  if (!config) {
    current = undefined;
    readiness = { state: 'invalid', mustFix: [{ path: '', message: jsonProblem ?? 'There is no config yet.' }] };
    guided.showFindings([]);
    showLint([]);
  } else {
    const result = validateConfig(config);
    const findings = lint(config, builtInGlossary ? { builtInGlossary } : {}).findings;
    readiness = readinessOf(config, result.ok, findings);
    current = result.ok ? config : undefined;
    guided.showFindings(findings);
    showLint(findings);
  }
  showValidation();
  renderReadiness();
  renderPreview();
  renderSnippet();
  save();
}

function showValidation() {
  const n = readiness.mustFix.length;
  validation.classList.toggle('invalid', readiness.state === 'invalid');
  validation.classList.toggle('draft', readiness.state === 'draft');
  if (!config) validation.textContent = jsonProblem ?? '';
  else if (readiness.state === 'invalid')
    validation.textContent = `This config does not work yet: ${n} thing${n === 1 ? '' : 's'} must be fixed. The preview and the snippet wait until then.`;
  else if (readiness.state === 'draft')
    validation.textContent = `This config works, but it is not ready for patients: ${n} thing${n === 1 ? '' : 's'} must be fixed.`;
  else validation.textContent = 'Ready for patients: nothing must be fixed.';
}

function mustFixLink(problem: MustFix): HTMLLIElement {
  const item = document.createElement('li');
  const field = problem.path ? guided.fieldFor(problem.path) : undefined;
  const link = document.createElement('a');
  link.href = `#${field?.id ?? 'config-text'}`;
  const name = field ? field.name : problem.path ? `JSON view, ${problem.path}` : 'JSON view';
  link.textContent = `${name}: ${problem.message}`;
  item.append(link);
  return item;
}

function renderReadiness() {
  const n = readiness.mustFix.length;
  readinessBox.className = `readiness readiness-${readiness.state}`;
  readinessBody.replaceChildren();
  const say = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    readinessBody.append(p);
  };
  if (readiness.state === 'ready') {
    readinessHeading.textContent = 'Ready for patients';
    say('Nothing must be fixed. Copy the snippet into your page.');
    return;
  }
  readinessHeading.textContent = `Not ready for patients: ${n} must-fix finding${n === 1 ? '' : 's'}`;
  say(
    readiness.state === 'invalid'
      ? 'The config does not work yet, so there is no preview and no snippet. Fix these first:'
      : 'You can preview it and copy it to try it out, but do not publish it until these are fixed:',
  );
  const list = document.createElement('ol');
  list.className = 'must-fix';
  list.append(...readiness.mustFix.map(mustFixLink));
  readinessBody.append(list);
}

// Must-fix links: open the JSON view if that is where the fix is, then move focus to the field.
readinessBody.addEventListener('click', (event) => {
  const link = (event.target as Element).closest('a');
  if (!link) return;
  const target = document.getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  for (let node = target.parentElement; node; node = node.parentElement) if (node instanceof HTMLDetailsElement) node.open = true;
  const focusable = target.matches('input, select, textarea, button') ? target : (target.querySelector<HTMLElement>('input, select, textarea, button') ?? target);
  focusable.focus();
  focusable.scrollIntoView({ block: 'center' });
});

function renderPreview() {
  if (!current) {
    preview.replaceChildren();
    previewStatus.textContent = config
      ? 'No preview: the config does not work yet. See what must be fixed above the snippet.'
      : `No preview: ${jsonProblem ?? 'there is no config yet.'}`;
    return;
  }
  previewStatus.textContent = readiness.state === 'draft' ? 'This preview is a draft: it is not ready for patients yet.' : '';
  const { elements, lang, theme, ref, networks, accent } = options();
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
  if (accent) study.style.setProperty('--trial-color-accent', accent);
}

function renderSnippet() {
  const opts = options();
  const refOk = !opts.ref || /^[A-Za-z0-9_-]+$/.test(opts.ref);
  refError.hidden = refOk;
  $<HTMLInputElement>('#ref').setAttribute('aria-invalid', String(!refOk));

  const bundle = bundleUrlFrom(opts.host);
  hostError.hidden = bundle.ok;
  hostError.textContent = bundle.ok ? '' : bundle.message;
  $<HTMLInputElement>('#host').setAttribute('aria-invalid', String(!bundle.ok));

  // A large config is a file unless the person chose otherwise: a 400 KB snippet breaks most site editors.
  const size = current ? inlineSize(current) : 0;
  if (current && !deliveryChosen) {
    const delivery = size > INLINE_LIMIT ? 'file' : 'inline';
    form.querySelector<HTMLInputElement>(`input[name="delivery"][value="${delivery}"]`)!.checked = true;
    opts.delivery = delivery;
  }
  deliveryNote.hidden = !(current && size > INLINE_LIMIT);
  deliveryNote.textContent =
    opts.delivery === 'file'
      ? `This config is large (${Math.round(size / 1000).toLocaleString('en')} KB), so it goes as a file: download it, put it on your site, and the snippet stays short.`
      : `This config is large (${Math.round(size / 1000).toLocaleString('en')} KB): inside the snippet it may be too long for your site’s editor. “As a file” keeps the snippet short.`;
  fileField.hidden = opts.delivery !== 'file';
  const id = typeof config?.id === 'string' && /^[A-Za-z0-9_-]+$/.test(config.id) ? config.id : 'my-trial';
  if (!fileUrlEdited) fileUrl.value = `/trials/${id}.json`;
  opts.fileUrl = fileUrl.value;

  const ratio = contrastOnWhite(opts.rawAccent);
  const fixed = opts.accent;
  const tooLight = ratio < 4.5;
  accentContrast.textContent = tooLight
    ? `Contrast with white: ${ratio.toFixed(1)} to 1. Too light: white text on it is hard to read. The preview and the snippet use ${fixed} instead, the nearest colour that is easy to read (${contrastOnWhite(fixed).toFixed(1)} to 1).`
    : `Contrast with white: ${ratio.toFixed(1)} to 1. Easy to read.`;
  accentFixRow.hidden = !tooLight;

  const usable = Boolean(current) && bundle.ok;
  copyButton.disabled = !usable;
  if (!current) {
    snippetField.value = '';
    snippetField.placeholder = 'The snippet appears here when the config works.';
  } else if (!bundle.ok) {
    snippetField.value = '';
    snippetField.placeholder = 'The snippet appears here when the address of trialkit is right.';
  } else {
    snippetField.value = buildSnippet(current, {
      ...opts,
      bundleUrl: bundle.url,
      ref: refOk ? opts.ref : '',
      ...(readiness.state === 'draft' ? { draft: { mustFix: readiness.mustFix.length } } : {}),
    });
  }
  copyStatus.textContent = '';
}

source.addEventListener('change', () => {
  if (source.value === 'paste' || source.value === 'ctgov') {
    loadConfig(
      undefined,
      source.value === 'ctgov'
        ? 'Paste the JSON of a study from https://clinicaltrials.gov/api/v2/studies/NCT… into the JSON view. It becomes a draft to rewrite in plain words.'
        : 'Paste your trial config into the JSON view.',
    );
    advanced.open = true;
    configText.focus();
  } else if (source.value === 'blank') {
    loadConfig({ schemaVersion: 1, status: 'recruiting', contact: {} });
    $<HTMLInputElement>('#f-title').focus();
  } else {
    void loadDemo(source.value);
  }
});

configText.addEventListener('input', () => schedule(readJson, 300));
const ownControls = (target: EventTarget | null) => target instanceof Element && Boolean(target.closest('#trial-part, #remember, #accent-fix'));
form.addEventListener('input', (event) => {
  if (ownControls(event.target)) return;
  if (event.target === fileUrl) fileUrlEdited = true;
  renderPreview();
  renderSnippet();
  save();
});
form.addEventListener('change', (event) => {
  if (ownControls(event.target)) return;
  if ((event.target as HTMLInputElement).name === 'delivery') deliveryChosen = true;
  renderPreview();
  renderSnippet();
  save();
});
form.addEventListener('submit', (event) => event.preventDefault());

$('#accent-fix').addEventListener('click', () => {
  accentInput.value = nearestPassingColour(accentInput.value);
  renderPreview();
  renderSnippet();
  accentInput.focus();
});

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippetField.value);
    copyStatus.textContent = readiness.state === 'draft' ? 'Copied the draft. Do not publish it yet.' : 'Copied.';
  } catch {
    snippetField.select();
    copyStatus.textContent = 'Press Ctrl+C (or ⌘+C) to copy the selected snippet.';
  }
}

copyButton.addEventListener('click', () => {
  if (!current) return;
  if (readiness.state === 'draft') {
    const n = readiness.mustFix.length;
    $('#confirm-text').textContent =
      `It is not ready for patients: ${n} must-fix finding${n === 1 ? ' is' : 's are'} left. Use it only to try things out. It starts with a comment that says it is a draft.`;
    confirmDialog.showModal();
    return;
  }
  void copySnippet();
});
$('#confirm-copy').addEventListener('click', () => {
  confirmDialog.close();
  copyButton.focus();
  void copySnippet();
});
$('#confirm-cancel').addEventListener('click', () => {
  confirmDialog.close();
  readinessBox.focus();
});

$('#download').addEventListener('click', () => {
  if (!current) return;
  const blob = new Blob([JSON.stringify(current, null, 2) + '\n'], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${typeof current.id === 'string' ? current.id : 'trial'}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

// ---------------------------------------------------------------------------------------------
// Remembering the work, only when asked: this page's own storage, never sent anywhere.

const SAVED_FIELDS = ['lang', 'theme', 'accent', 'networks', 'ref', 'host', 'file-url'] as const;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function save() {
  if (!remember.checked) return;
  const fields: Record<string, string> = {};
  for (const id of SAVED_FIELDS) fields[id] = $<HTMLInputElement>(`#${id}`).value;
  const elements = [...form.querySelectorAll<HTMLInputElement>('input[name="element"]')].filter((box) => box.checked).map((box) => box.value);
  const delivery = form.querySelector<HTMLInputElement>('input[name="delivery"]:checked')?.value;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ json: configText.value, fields, elements, delivery, deliveryChosen }));
  } catch {
    rememberStatus.textContent = 'This browser would not save it (its storage is full or turned off).';
  }
}

function restore(): boolean {
  let saved: { json?: string; fields?: Record<string, string>; elements?: string[]; delivery?: string; deliveryChosen?: boolean } | undefined;
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    saved = text ? JSON.parse(text) : undefined;
  } catch {
    saved = undefined;
  }
  if (!saved || typeof saved.json !== 'string') return false;
  for (const id of SAVED_FIELDS) if (typeof saved.fields?.[id] === 'string') $<HTMLInputElement>(`#${id}`).value = saved.fields[id]!;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="element"]')) box.checked = saved.elements?.includes(box.value) ?? true;
  remember.checked = true;
  forget.hidden = false;
  source.value = 'paste';
  configText.value = saved.json;
  readJson();
  deliveryChosen = saved.deliveryChosen === true;
  fileUrlEdited = true;
  const delivery = form.querySelector<HTMLInputElement>(`input[name="delivery"][value="${saved.delivery === 'file' ? 'file' : 'inline'}"]`);
  if (delivery && deliveryChosen) delivery.checked = true;
  renderSnippet();
  rememberStatus.textContent = 'Your saved work is back.';
  return true;
}

remember.addEventListener('change', () => {
  forget.hidden = !remember.checked && !storage()?.getItem(STORAGE_KEY);
  if (remember.checked) {
    save();
    rememberStatus.textContent = 'Saved in this browser. It updates as you work.';
  } else {
    rememberStatus.textContent = 'No longer saving. Your last saved copy stays until you forget it.';
  }
});
forget.addEventListener('click', () => {
  storage()?.removeItem(STORAGE_KEY);
  remember.checked = false;
  forget.hidden = true;
  remember.focus();
  rememberStatus.textContent = 'Forgotten: nothing from this page is saved in this browser now.';
});

void glossaryAsJargon().then((terms) => {
  builtInGlossary = terms;
  if (config) check();
});

if (!restore()) void loadDemo(source.value);
