// Writes src/core/config-check.generated.ts: the trial config schema (src/core/schema.ts, zod/mini)
// turned into a table of the small pieces in src/core/config-check-parts.ts. The browser bundle
// runs it before the first paint to vouch for a valid config without loading zod (issue 14);
// zod and its messages load only when the quick check cannot vouch. `npm run build` runs this;
// `node scripts/generate-config-check.mjs --check` fails when the committed file is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const target = `${root}src/core/config-check.generated.ts`;

/** Modules whose exports may be a schema's `refine`: the generated code imports them by name. */
const RULE_MODULES = { './safe-url.js': 'src/core/safe-url.ts', './schema-rules.js': 'src/core/schema-rules.ts' };

async function loadSchema() {
  // One bundle, so the schema's refine functions are the very objects the rule modules export.
  const entry = [`export * as schema from './src/core/schema.ts';`, ...Object.values(RULE_MODULES).map((file, i) => `export * as rules${i} from './${file}';`)].join(
    '\n',
  );
  const { outputFiles } = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
  });
  mkdirSync(`${root}.tmp`, { recursive: true });
  const file = `${root}.tmp/config-check-schema-${process.pid}.mjs`;
  writeFileSync(file, outputFiles[0].text);
  const loaded = await import(pathToFileURL(file).href);
  const rules = new Map();
  Object.keys(RULE_MODULES).forEach((specifier, i) => {
    for (const [name, value] of Object.entries(loaded[`rules${i}`])) if (typeof value === 'function') rules.set(value, { specifier, name });
  });
  return { schema: loaded.schema.trialConfigSchema, rules };
}

/** The TypeScript source of the quick check. Throws on any zod feature it does not know, so a new kind of rule cannot be skipped silently. */
export async function generate() {
  const { schema, rules } = await loadSchema();
  const names = new Map(); // zod schema → its constant's name
  const byExpression = new Map(); // the code of a constant → its name
  let count = 0;
  const lines = [];
  const usedParts = new Set();
  const usedRules = new Map();
  const part = (name) => (usedParts.add(name), name);

  const checksOf = (def, where) =>
    (def.checks ?? []).map((check) => {
      const c = check._zod.def;
      switch (c.check) {
        case 'min_length':
          return `${part('minLength')}(${c.minimum})`;
        case 'max_length':
          return `${part('maxLength')}(${c.maximum})`;
        case 'greater_than':
          return `${part(c.inclusive ? 'atLeast' : 'above')}(${c.value})`;
        case 'less_than':
          return `${part(c.inclusive ? 'atMost' : 'below')}(${c.value})`;
        case 'string_format':
          if (c.format !== 'regex') break;
          return `${part('matches')}(/${c.pattern.source}/${c.pattern.flags})`;
        case 'custom': {
          const rule = rules.get(c.fn);
          if (!rule)
            throw new Error(
              `${where}: a refine that is not a named export of ${Object.values(RULE_MODULES).join(' or ')}. Move it there so the quick check can call it.`,
            );
          if (!usedRules.has(rule.specifier)) usedRules.set(rule.specifier, new Set());
          usedRules.get(rule.specifier).add(rule.name);
          return rule.name;
        }
      }
      throw new Error(
        `${where}: the quick check does not know the zod check "${c.check}" (${c.format ?? ''}). Teach scripts/generate-config-check.mjs and config-check-parts.ts.`,
      );
    });

  const tail = (checks) => (checks.length ? `, ${checks.join(', ')}` : '');

  /** The expression for a schema; shared schemas become one named constant, declared before use. */
  const visit = (node, where) => {
    if (names.has(node)) return names.get(node);
    const def = node._zod.def;
    const checks = checksOf(def, where);
    let expression;
    switch (def.type) {
      case 'string':
        expression = `${part('string')}(${checks.join(', ')})`;
        break;
      case 'number':
        expression = `${part('number')}(${checks.join(', ')})`;
        break;
      case 'boolean':
        if (checks.length) break;
        expression = part('boolean');
        break;
      case 'literal':
        if (checks.length) break;
        expression = `${part('oneOf')}(${JSON.stringify(def.values)})`;
        break;
      case 'enum':
        if (checks.length) break;
        expression = `${part('oneOf')}(${JSON.stringify(Object.values(def.entries))})`;
        break;
      case 'union':
        if (checks.length) break;
        expression = `${part('union')}([${def.options.map((option, i) => visit(option, `${where}|${i}`)).join(', ')}])`;
        break;
      case 'array':
        expression = `${part('array')}(${visit(def.element, `${where}[]`)}${tail(checks)})`;
        break;
      case 'record':
        expression = `${part('record')}(${visit(def.keyType, `${where}{key}`)}, ${visit(def.valueType, `${where}{}`)}${tail(checks)})`;
        break;
      case 'object': {
        if (def.catchall?._zod.def.type !== 'never') throw new Error(`${where}: only strict objects are known to the quick check.`);
        const names = [];
        const parsers = [];
        for (const [key, field] of Object.entries(def.shape)) {
          if (!/^[$\w]+$/.test(key)) throw new Error(`${where}.${key}: a field name the compact table cannot hold.`);
          const optional = field._zod.def.type === 'optional';
          if (optional && field._zod.def.checks?.length) throw new Error(`${where}.${key}: checks on an optional wrapper.`);
          names.push(optional ? `${key}?` : key);
          parsers.push(visit(optional ? field._zod.def.innerType : field, `${where}.${key}`));
        }
        expression = `${part('object')}(${JSON.stringify(names.join(' '))}, [${parsers.join(', ')}]${tail(checks)})`;
        break;
      }
      case 'lazy': {
        // A schema that contains itself (conditions): a forward reference, resolved when it runs.
        if (checks.length) break;
        // Declared before what it contains, so those parts can hold it; it looks its target up only when it runs.
        const name = `s${count++}`;
        names.set(node, name);
        lines.push(`// ${where} (contains itself)`);
        const slot = lines.push('') - 1;
        lines[slot] = `const ${name}: Parse = (value) => ${visit(def.getter(), where)}(value);`;
        return name;
      }
    }
    if (!expression) throw new Error(`${where}: the quick check does not know the zod type "${def.type}"${checks.length ? ' with checks' : ''}.`);
    // Lazy schemas were named on the way in; everything else is named once its parts exist, and
    // two schemas written alike (every optional boolean, say) share one constant.
    if (byExpression.has(expression)) {
      names.set(node, byExpression.get(expression));
      return byExpression.get(expression);
    }
    const name = `s${count++}`;
    byExpression.set(expression, name);
    names.set(node, name);
    lines.push(`// ${where}`);
    lines.push(`const ${name}: Parse = ${expression};`);
    return name;
  };

  const top = visit(schema, 'config');
  const header = [
    '// Generated by scripts/generate-config-check.mjs from src/core/schema.ts (`npm run build` rewrites it): do not edit.',
    '// The zod schema as a table of config-check-parts.ts pieces: it vouches for a valid config without loading zod.',
    `import { ${[...usedParts, 'type Parse'].sort().join(', ')} } from './config-check-parts.js';`,
    ...[...usedRules].sort().map(([specifier, ruleNames]) => `import { ${[...ruleNames].sort().join(', ')} } from '${specifier}';`),
    '',
  ];
  return [...header, ...lines, '', `/** The config as zod would return it, or NO. */`, `export const checkTrialConfig: Parse = ${top};`, ''].join('\n');
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  const code = await generate();
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // first run
  }
  if (process.argv.includes('--check')) {
    if (current !== code) {
      console.error('src/core/config-check.generated.ts is out of date with src/core/schema.ts: run `npm run build` and commit it.');
      process.exit(1);
    }
  } else if (current !== code) {
    writeFileSync(target, code);
    console.log('wrote src/core/config-check.generated.ts');
  }
}
