/// <reference types="node" />
/**
 * `trialkit`: the command line for study teams.
 *
 *   trialkit validate <config.json>        schema check, every problem by path
 *   trialkit lint <config.json>            plain language, recruitment rules, transparency
 *   trialkit import-ctgov <record.json>    ClinicalTrials.gov API v2 record → config draft
 *   trialkit packet <config.json>          IRB review packet (one printable HTML page)
 *   trialkit catalog <configs or folders…> trial catalog for <trial-finder> (src/cli/catalog.ts)
 *   trialkit render <config.json>          server-rendered HTML of the elements (src/cli/render.ts)
 *
 * Exit codes: 0 fine, 1 problems found, 2 usage error or unreadable input.
 * This module only exports `run(argv, io)`; bin.ts is the executable that calls it. Both are built
 * by rollup.cli.config.mjs: dist/cli.js (the `trialkit` bin) and dist/cli/run.js (this module).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCatalog, catalogBase, validateCatalog } from './catalog.js';
import { fromClinicalTrialsGov } from '../core/ctgov-import.js';
import { draftTextProblems } from '../core/draft-text.js';
import { glossaryAsJargon } from '../core/glossary.js';
import { lint, DEFAULT_TARGET_GRADE, type LintFinding, type LintResult } from '../tooling/lint.js';
import { validateConfig, type Problem } from '../core/validate.js';
import { en } from '../i18n/en/index.js';
import { languageLoaders, UI_LANGUAGES } from '../i18n/languages.js';
import type { LanguageCatalog } from '../i18n/types.js';
import { contentHash } from '../tooling/canonical.js';
import { renderPacket } from '../tooling/packet.js';
import { RENDER_HELP, renderOptions, type RenderFlags } from './render.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

const HELP = `trialkit: check and prepare clinical-trial configs for trialkit's web components

Usage:
  trialkit validate <config.json> [--json]
      Check a trial config against the schema. Every problem names its path and the fix.
      Given a trial catalog ("catalogVersion": 1), checks it and every inline config in it.
      Texts still marked [REWRITE] (imported drafts) are problems too.
  trialkit lint <config.json> [--json] [--target-grade N] [--grades]
      Reading grade (target ${DEFAULT_TARGET_GRADE}), clinical jargon, phrases that recruitment rules forbid,
      missing transparency items, unsafe links, logo alt text. Schema problems count too.
      --grades also lists the reading grade of every text by path.
  trialkit import-ctgov <record.json> [-o config.json] [--json]
      Turn a ClinicalTrials.gov API v2 study record (GET /api/v2/studies/NCT…) into a config
      draft. Criteria become yes/no questions marked [REWRITE] for plain-language rewriting.
      Use "-" to read the record from standard input.
  trialkit packet <config.json> [-o packet.html] [--date YYYY-MM-DD] [--target-grade N]
      One printable HTML page with every patient-facing text, every language side by side,
      the config's id and content hash, and the lint findings: for the ethics board (IRB/EC).
  trialkit catalog <config.json or folder>... [--ctgov <search-page.json>] [-o catalog.json] [--base DIR]
      A trial catalog for <trial-finder>, with each trial's summary: configs as { "src", "summary" }
      (paths relative to --base, else to the folder of -o, else to the current one),
      and with --ctgov a ClinicalTrials.gov API v2 search page ({ "studies": [...] }) as inline
      drafts; clinical titles and summaries are marked [REWRITE]. Left-out inputs exit 1.
${RENDER_HELP}
Options:
  --json            Machine-readable output on standard output.
  -o, --out FILE    Write the result to FILE instead of standard output.
  --ctgov FILE      (catalog) A ClinicalTrials.gov search page to add; may be given more than once.
  --base DIR        (catalog) The folder the catalog will be served from (src paths are relative to it).
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit codes: 0 fine, 1 problems found, 2 usage error or unreadable input.
`;

/** Where `run` writes and reads; the executable passes the process's streams, tests their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
};

class UsageError extends Error {}
class InputError extends Error {}

function version(): string {
  try {
    // Built to dist/cli/run.js: the package root is two folders up.
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Reads and parses a JSON file; an unreadable file or bad JSON is an InputError naming the file and the fix. */
function readJson(file: string, io: Io, what: string): unknown {
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(`${file}: cannot read the ${what} (${why}). Check the path.`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (text.trimStart().startsWith('<')) {
      throw new InputError(
        `${file}: this is XML or HTML, not JSON.${what === 'study record' ? ' Download the API v2 JSON record: https://clinicaltrials.gov/api/v2/studies/NCT01234567' : ' A trial config is a .json file.'}`,
      );
    }
    throw new InputError(`${file}: not valid JSON (${jsonErrorWhere(error as Error, text)}). Check for a missing comma, quote or bracket there.`);
  }
}

/** "Unexpected token } in JSON at position 120" → "…, line 7 column 3". */
function jsonErrorWhere(error: Error, text: string): string {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return error.message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/\s*\(line \d+ column \d+\)/, '')}, line ${line} column ${column}`;
}

function writeOut(out: string | undefined, content: string, io: Io) {
  if (!out) return io.stdout(content);
  try {
    writeFileSync(out, content);
  } catch (error) {
    throw new InputError(`${out}: cannot write the output (${(error as Error).message}). Check the folder exists and may be written to.`);
  }
}

function formatProblems(file: string, problems: Problem[]): string {
  return problems.map((p) => `  ${file}: ${p.path || '(config)'}: ${p.message}\n`).join('');
}

// ---------------------------------------------------------------------------------------------

function cmdValidate(file: string, flags: Flags, io: Io): number {
  const data = readJson(file, io, 'trial config');
  if (data !== null && typeof data === 'object' && 'catalogVersion' in data) {
    const { problems, count } = validateCatalog(data);
    const ok = problems.length === 0;
    if (flags.json) io.stdout(`${JSON.stringify({ file, kind: 'catalog', ok, problems }, null, 2)}\n`);
    else if (ok) io.stdout(`✓ ${file}: a valid trial catalog (${count} trial(s)).\n`);
    else io.stdout(`✗ ${file}: ${problems.length} problem(s):\n${formatProblems(file, problems)}`);
    return ok ? EXIT_OK : EXIT_PROBLEMS;
  }
  const result = validateConfig(data);
  // Draft texts are valid for the elements (only that part falls back) but must not be published.
  const problems = [...(result.ok ? [] : result.problems), ...draftTextProblems(data)];
  const ok = problems.length === 0;
  if (flags.json) {
    io.stdout(`${JSON.stringify({ file, ok, problems }, null, 2)}\n`);
  } else if (ok && result.ok) {
    io.stdout(`✓ ${file}: a valid trial config ("${result.config.id}").\n`);
  } else {
    io.stdout(`✗ ${file}: ${problems.length} problem(s):\n${formatProblems(file, problems)}`);
  }
  return ok ? EXIT_OK : EXIT_PROBLEMS;
}

const SEVERITY_LABEL = { error: 'error  ', warning: 'warning', info: 'info   ' } as const;

function formatFinding(file: string, f: LintFinding): string {
  const lines = [`  ${SEVERITY_LABEL[f.severity]}  ${f.code}  ${file}: ${f.path || '(config)'}`];
  if (f.excerpt) lines.push(`           "${f.excerpt}"`);
  lines.push(`           ${f.message}`, `           fix: ${f.fix}`);
  return `${lines.join('\n')}\n`;
}

function lintFails(result: LintResult): boolean {
  return result.counts.error > 0 || result.counts.warning > 0;
}

async function cmdLint(file: string, flags: Flags, io: Io): Promise<number> {
  const data = readJson(file, io, 'trial config');
  const result = lint(data, { targetGrade: flags.targetGrade, builtInGlossary: await glossaryAsJargon() });
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ file, ok: !lintFails(result), counts: result.counts, readingLevels: result.readingLevels, findings: result.findings, textLevels: result.textLevels }, null, 2)}\n`,
    );
  } else {
    const levels = result.readingLevels.map((l) => `${l.lang} grade ${l.grade} (${l.words} words)`).join(', ');
    const head = `${lintFails(result) ? '✗' : '✓'} ${file}: ${result.counts.error} error(s), ${result.counts.warning} warning(s), ${result.counts.info} note(s)`;
    io.stdout(`${head}${levels ? `; reading level: ${levels}, target grade ${flags.targetGrade ?? DEFAULT_TARGET_GRADE}` : ''}.\n`);
    for (const finding of result.findings) io.stdout(formatFinding(file, finding));
    if (flags.grades) {
      io.stdout('  reading grade of each text:\n');
      for (const level of result.textLevels) io.stdout(`    ${String(level.grade).padStart(5)}  ${String(level.words).padStart(4)} words  ${level.path}\n`);
    }
  }
  return lintFails(result) ? EXIT_PROBLEMS : EXIT_OK;
}

function cmdImport(file: string, flags: Flags, io: Io): number {
  const data = readJson(file, io, 'study record');
  const result = fromClinicalTrialsGov(data);
  if (!result.ok) {
    if (flags.json) io.stdout(`${JSON.stringify({ file, ok: false, message: result.message }, null, 2)}\n`);
    else io.stderr(`trialkit import-ctgov: ${file}: ${result.message}\n`);
    return EXIT_USAGE;
  }
  const validation = validateConfig(result.config);
  const problems = validation.ok ? [] : validation.problems;
  if (flags.json) {
    io.stdout(`${JSON.stringify({ file, ok: validation.ok, notes: result.notes, problems, config: result.config }, null, 2)}\n`);
  } else {
    writeOut(flags.out, `${JSON.stringify(result.config, null, 2)}\n`, io);
    for (const note of result.notes) io.stderr(`note: ${note}\n`);
    if (problems.length) io.stderr(`✗ the imported config does not validate:\n${formatProblems(file, problems)}`);
    else
      io.stderr(
        `✓ imported ${result.config.registry?.nctId ?? ''} as "${result.config.id}"${flags.out ? ` into ${flags.out}` : ''}. Next: rewrite the [REWRITE] texts, then run \`trialkit lint\`.\n`,
      );
  }
  return validation.ok ? EXIT_OK : EXIT_PROBLEMS;
}

async function cmdPacket(file: string, flags: Flags, io: Io): Promise<number> {
  const data = readJson(file, io, 'trial config');
  const validation = validateConfig(data);
  if (!validation.ok) {
    io.stderr(`✗ ${file}: the config has ${validation.problems.length} problem(s); fix them before making a packet:\n${formatProblems(file, validation.problems)}`);
    return EXIT_PROBLEMS;
  }
  const date = flags.date ?? new Date().toISOString().slice(0, 10);
  const catalogs: Record<string, LanguageCatalog> = { en };
  for (const lang of UI_LANGUAGES) {
    if (lang !== 'en') catalogs[lang] = await languageLoaders[lang]();
  }
  const lintResult = lint(data, { targetGrade: flags.targetGrade, builtInGlossary: await glossaryAsJargon() });
  const html = renderPacket(validation.config, { hash: contentHash(data), date, lint: lintResult, catalogs, version: version() });
  writeOut(flags.out, html, io);
  io.stderr(
    `✓ packet for "${validation.config.id}"${flags.out ? ` written to ${flags.out}` : ''}: ${lintResult.counts.error} error(s), ${lintResult.counts.warning} warning(s) listed.\n`,
  );
  return EXIT_OK;
}

function cmdCatalog(inputs: string[], ctgov: string[], flags: Flags & { base?: string }, io: Io): number {
  if (!inputs.length && !ctgov.length)
    throw new UsageError('`trialkit catalog` needs config files, folders or --ctgov <search-page.json>: trialkit catalog trials/ > catalog.json.');
  const base = catalogBase(flags.out, flags.base);
  const { catalog, errors, notes } = buildCatalog(inputs, { ctgov, base, targetGrade: flags.targetGrade }, (file, what) => readJson(file, io, what));
  writeOut(flags.out, `${JSON.stringify(catalog, null, 2)}\n`, io);
  for (const note of notes) io.stderr(`note: ${note}\n`);
  for (const error of errors) io.stderr(`✗ ${error}\n`);
  io.stderr(
    `${errors.length ? '✗' : '✓'} catalog of ${catalog.trials.length} trial(s)${flags.out ? ` written to ${flags.out}` : ''}${errors.length ? `; ${errors.length} input(s) left out` : ''}.\n`,
  );
  return errors.length ? EXIT_PROBLEMS : EXIT_OK;
}

async function cmdRender(file: string, flags: RenderFlags & { out?: string }, io: Io): Promise<number> {
  const data = readJson(file, io, 'trial config');
  // Lit and the elements load only for this command.
  const { RENDER_PARTS, RenderError, renderHead, renderTrial, renderTrialPage } = await import('../render/index.js');
  const options = renderOptions(flags, RENDER_PARTS);
  if (typeof options === 'string') throw new UsageError(options);
  if (flags.head && (flags.page || flags.show !== undefined))
    throw new UsageError('--head prints the head alone; --page already has it, and --show does not apply.');
  let html: string;
  try {
    if (flags.head) {
      const validation = validateConfig(data);
      if (!validation.ok) throw new RenderError(validation.problems);
      html = `${renderHead(validation.config, { ...(options.url ? { url: options.url } : {}), ...(options.lang ? { lang: options.lang } : {}) })}\n`;
    } else {
      html = flags.page ? await renderTrialPage(data, options) : `${await renderTrial(data, options)}\n`;
    }
  } catch (error) {
    // The head refuses texts still marked [REWRITE] and a --url it cannot use, with a message that says so.
    if (!(error instanceof RenderError)) {
      if (error instanceof Error && /\[REWRITE\]|--url|--lang/.test(error.message)) {
        io.stderr(`✗ ${file}: ${error.message}\n`);
        return EXIT_PROBLEMS;
      }
      throw error;
    }
    io.stderr(`✗ ${file}: the config has ${error.problems.length} problem(s); fix them before rendering:\n${formatProblems(file, error.problems)}`);
    return EXIT_PROBLEMS;
  }
  writeOut(flags.out, html, io);
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------

interface Flags {
  json?: boolean;
  grades?: boolean;
  out?: string;
  date?: string;
  targetGrade?: number;
}

const COMMANDS = ['validate', 'lint', 'import-ctgov', 'packet', 'catalog', 'render'] as const;
/** The options only `trialkit render` takes. */
const RENDER_FLAGS = ['lang', 'show', 'page', 'assets', 'ref', 'theme', 'url', 'heading-level', 'head'] as const;

/** Runs the CLI; returns the exit code. Never throws. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          json: { type: 'boolean' },
          grades: { type: 'boolean' },
          out: { type: 'string', short: 'o' },
          date: { type: 'string' },
          'target-grade': { type: 'string' },
          ctgov: { type: 'string', multiple: true },
          base: { type: 'string' },
          lang: { type: 'string' },
          show: { type: 'string' },
          page: { type: 'boolean' },
          assets: { type: 'string' },
          ref: { type: 'string' },
          theme: { type: 'string' },
          url: { type: 'string' },
          'heading-level': { type: 'string' },
          head: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
          version: { type: 'boolean', short: 'v' },
        },
      });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')} See \`trialkit --help\`.`);
    }
    const { values, positionals } = parsed;
    if (values.version) {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const [command, file, ...extra] = positionals;
    if (values.help || !command || command === 'help') {
      io.stdout(HELP);
      return command || values.help ? EXIT_OK : EXIT_USAGE;
    }
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(`Unknown command "${command}". Use one of: ${COMMANDS.join(', ')}. See \`trialkit --help\`.`);
    }
    if (command === 'catalog') {
      const grade = values['target-grade'] === undefined ? undefined : Number(values['target-grade']);
      if (grade !== undefined && !(grade >= 1 && grade <= 20))
        throw new UsageError(`--target-grade must be a number from 1 to 20, such as 8; got "${values['target-grade']}".`);
      return cmdCatalog(positionals.slice(1), values.ctgov ?? [], { out: values.out, base: values.base, targetGrade: grade }, io);
    }
    if (values.ctgov || values.base) throw new UsageError('--ctgov and --base belong to `trialkit catalog`.');
    const renderOnly = RENDER_FLAGS.filter((name) => values[name] !== undefined);
    if (command !== 'render' && renderOnly.length)
      throw new UsageError(`${renderOnly.map((name) => `--${name}`).join(', ')} ${renderOnly.length > 1 ? 'belong' : 'belongs'} to \`trialkit render\`.`);
    if (!file) throw new UsageError(`\`trialkit ${command}\` needs a file: trialkit ${command} <${command === 'import-ctgov' ? 'record' : 'config'}.json>.`);
    if (extra.length) throw new UsageError(`\`trialkit ${command}\` takes one file; also got ${extra.map((e) => `"${e}"`).join(', ')}.`);
    const flags: Flags = { json: values.json, grades: values.grades, out: values.out, date: values.date };
    if (values['target-grade'] !== undefined) {
      const grade = Number(values['target-grade']);
      if (!Number.isFinite(grade) || grade < 1 || grade > 20)
        throw new UsageError(`--target-grade must be a number from 1 to 20, such as 8; got "${values['target-grade']}".`);
      flags.targetGrade = grade;
    }
    if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new UsageError(`--date must look like 2025-03-14; got "${flags.date}".`);
    switch (command) {
      case 'render':
        return await cmdRender(
          file,
          {
            out: values.out,
            lang: values.lang,
            show: values.show,
            page: values.page,
            assets: values.assets,
            ref: values.ref,
            theme: values.theme,
            url: values.url,
            headingLevel: values['heading-level'],
            head: values.head,
          },
          io,
        );
      case 'validate':
        return cmdValidate(file, flags, io);
      case 'lint':
        return await cmdLint(file, flags, io);
      case 'import-ctgov':
        return cmdImport(file, flags, io);
      default:
        return await cmdPacket(file, flags, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`trialkit: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`trialkit: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`trialkit: unexpected error: ${(error as Error).stack ?? String(error)}\nPlease report this with the file that caused it.\n`);
    return EXIT_USAGE;
  }
}
