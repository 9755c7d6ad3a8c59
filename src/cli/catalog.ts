/// <reference types="node" />
/**
 * `trialkit catalog <config files or folders…> [--ctgov <search-page.json>]`: writes a trial catalog
 * (version 1) for `<trial-finder>`, with each entry's `summary`, so the list shows without
 * fetching every config.
 *
 * - A config file becomes `{ "src": "<path relative to the catalog>", "summary": … }`; a folder gives
 *   its `.json` trial configs (subfolders too, by name; other JSON files are skipped with a note).
 * - `--ctgov` turns a ClinicalTrials.gov API v2 `/studies` search page (or a list of study records,
 *   or one record) into inline `config` drafts.
 *   Registry wording is clinical: a title or summary above the target reading grade is marked
 *   `[REWRITE]`, so the finder leaves the trial out (title) or its summary out until a person
 *   rewrites it, exactly as for any other imported draft.
 * A config that does not validate, a study that cannot be imported, or a repeated trial id is left
 * out with the reason on standard error (exit 1); the catalog of the rest is still written.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseCatalog, summaryOf } from '../core/catalog.js';
import type { CatalogEntry, TrialCatalog } from '../core/catalog-types.js';
import { fromClinicalTrialsGov } from '../core/ctgov-import.js';
import { isRecord } from '../core/json.js';
import { DEFAULT_TARGET_GRADE } from '../core/lint.js';
import { REWRITE_MARKER } from '../core/rewrite-marker.js';
import type { TrialConfig } from '../core/schema.js';
import { draftTextProblems } from '../core/draft-text.js';
import { validateConfig, type Problem } from '../core/validate.js';
import { readability } from '../tooling/readability.js';

export interface CatalogOptions {
  /** Search pages (or study lists) from ClinicalTrials.gov API v2. */
  ctgov: string[];
  /** The folder the catalog will be in: `src` paths are relative to it (default: the current folder). */
  base: string;
  targetGrade?: number;
}

export interface CatalogOutcome {
  catalog: TrialCatalog;
  /** Inputs left out, with why: each makes the command exit 1. */
  errors: string[];
  /** What a person should know but that did not stop anything. */
  notes: string[];
}

/** How the CLI reads a JSON file (its own errors name the file and the fix). */
export type ReadJson = (file: string, what: string) => unknown;

/** `.json` files of a folder and its subfolders, sorted by path; hidden entries and node_modules skipped. */
function jsonFilesIn(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...jsonFilesIn(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // readJson names a missing file
  }
};

/** A registry text above the target grade, marked for rewriting (texts already marked are left alone). */
function markIfClinical(text: TrialConfig['title'], grade: number): { text: TrialConfig['title']; marked: boolean } {
  if (typeof text !== 'string' || text.includes(REWRITE_MARKER)) return { text, marked: false };
  const level = readability(text, 'en');
  return level && level.grade > grade ? { text: `${REWRITE_MARKER} ${text}`, marked: true } : { text, marked: false };
}

export function buildCatalog(inputs: string[], options: CatalogOptions, readJson: ReadJson): CatalogOutcome {
  const errors: string[] = [];
  const notes: string[] = [];
  const trials: CatalogEntry[] = [];
  const ids = new Map<string, string>();
  const addEntry = (entry: CatalogEntry, id: string, from: string) => {
    const first = ids.get(id);
    if (first) return errors.push(`${from}: the trial id "${id}" is already used by ${first}; left out. Give each trial its own id.`);
    ids.set(id, from);
    trials.push(entry);
  };

  for (const input of inputs) {
    const inFolder = isFolder(input);
    for (const file of inFolder ? jsonFilesIn(input) : [input]) {
      const data = readJson(file, 'trial config');
      if (inFolder && !(isRecord(data) && 'schemaVersion' in data)) {
        notes.push(`${file}: skipped (${isRecord(data) && 'catalogVersion' in data ? 'a catalog' : 'not a trial config'}).`);
        continue;
      }
      const result = validateConfig(data);
      if (!result.ok) {
        errors.push(`${file}: not a valid trial config, left out (${result.problems.length} problem(s); run \`trialkit validate ${file}\`).`);
        continue;
      }
      const src = relative(options.base, resolve(file)).split(sep).join('/');
      addEntry({ src, summary: summaryOf(result.config) }, result.config.id, file);
    }
  }

  const grade = options.targetGrade ?? DEFAULT_TARGET_GRADE;
  for (const file of options.ctgov) {
    const page = readJson(file, 'search page');
    // A search page, a list of studies, or one study record (GET /api/v2/studies/NCT…).
    const studies =
      isRecord(page) && Array.isArray(page.studies) ? page.studies : Array.isArray(page) ? page : isRecord(page) && 'protocolSection' in page ? [page] : undefined;
    if (!studies) {
      errors.push(
        `${file}: not a ClinicalTrials.gov API v2 search page ({ "studies": [ … ] }). Download one from https://clinicaltrials.gov/api/v2/studies?query.cond=…`,
      );
      continue;
    }
    let marked = 0;
    studies.forEach((study, index) => {
      const where = `${file}: studies[${index}]`;
      const imported = fromClinicalTrialsGov(study);
      if (!imported.ok) return errors.push(`${where}: ${imported.message}`);
      const config = imported.config;
      const title = markIfClinical(config.title, grade);
      const summary = markIfClinical(config.summary, grade);
      config.title = title.text;
      config.summary = summary.text;
      if (title.marked || summary.marked) marked++;
      const validation = validateConfig(config);
      if (!validation.ok) return errors.push(`${where}: the imported draft of ${config.registry?.nctId ?? config.id} does not validate; left out.`);
      addEntry({ config: validation.config, summary: summaryOf(validation.config) }, config.id, where);
    });
    if (marked) {
      notes.push(
        `${file}: ${marked} of ${studies.length} imported studies have a title or summary above reading grade ${grade}, marked ${REWRITE_MARKER}. ` +
          'The finder leaves a trial out while its title is marked, and its summary while that is: rewrite them in plain words, then remove the marker.',
      );
    }
  }

  const catalog: TrialCatalog = { catalogVersion: 1, trials };
  // The finder's own check, so what this writes is what the list will show.
  for (const problem of parseCatalog(catalog).problems) notes.push(`the finder: ${problem.path}: ${problem.message}`);
  return { catalog, errors, notes };
}

/**
 * `trialkit validate` on a catalog: what the finder would leave out or drop (`parseCatalog`), and
 * every text still marked [REWRITE] in it (inline configs and summaries), each once, by path.
 */
export function validateCatalog(data: unknown): { problems: Problem[]; count: number } {
  const { catalog, problems } = parseCatalog(data);
  const seen = new Set(problems.map((p) => p.path));
  const drafts = draftTextProblems(data).filter((p) => !seen.has(p.path));
  return { problems: [...problems, ...drafts], count: catalog.trials.length };
}

/** The folder `src` paths are relative to: `--base` when given, else that of `--out`, else the current one. */
export function catalogBase(out: string | undefined, base: string | undefined): string {
  return resolve(base ?? (out ? dirname(out) : '.'));
}
