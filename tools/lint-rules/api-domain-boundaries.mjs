/**
 * Each api domain has one front door. A file in a domain folder of apps/api/src (audit, voting, meetings, ...) may
 * import another domain only through that domain's `index.ts` (`../voting` or `../voting/index`), never its entities
 * or internal files, so a domain can change its tables and files without breaking its neighbours.
 *
 * Folders that are not domains:
 * - shared infrastructure, importable by anyone and importing no domain: see SHARED below;
 * - composition roots, which wire every domain together and so may reach into any of them: the files at the root of
 *   apps/api/src (app.module.ts, create-app.ts, main.ts), the TypeORM entity registry (database/entities.ts), the demo
 *   seed (seed/) and the test harness (testing/);
 * - test helpers: a spec file may import the test harness, the seed's demo constants and another domain's `testing/`
 *   fixtures folder.
 *
 * The violations that predate the rule live in a baseline file (file + import) that may only shrink: an entry that no
 * longer occurs is itself an error, so fixed imports must leave the list too. Entries of deleted files are reported
 * on apps/api/src/main.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Shared infrastructure: anyone may import it, and it imports no domain. */
export const SHARED = ['common', 'config', 'types', 'database', 'rate-limit', 'scale'];
/** Folders that wire every domain together (see the opening comment). */
export const COMPOSITION = ['seed', 'testing'];
/** Single files that wire every domain together, relative to the api's src folder. */
export const COMPOSITION_FILES = ['database/entities.ts'];
/** What a spec file may import from outside its domain besides front doors. */
const TEST_HELPER_FOLDERS = ['testing', 'seed'];

const isSpec = (file) => /\.spec\.ts$/.test(file);
const isEntity = (target) => /\.entit(y|ies)$/.test(target) || target.split('/').includes('entities');
const toPosix = (p) => p.split(path.sep).join('/');

/**
 * Classifies one relative import of `file` (both relative to the api's src folder, posix, no extension on `target`).
 * `rootFiles` names the files at the src root (app.module, create-app, main). Returns null when the import is allowed, else the reason: 'entity', 'internal', 'upward', 'sharedUsesDomain'.
 */
export function classifyImport(file, target, rootFiles = new Set()) {
  const fileParts = file.split('/');
  if (fileParts.length === 1 || COMPOSITION_FILES.includes(file)) return null;
  const from = fileParts[0];
  if (COMPOSITION.includes(from)) return null;
  const targetParts = target.split('/');
  const to = targetParts[0];
  if (to === from || to === '..') return null;
  if (targetParts.length === 1 && rootFiles.has(to)) return 'upward';
  if (SHARED.includes(to)) return null;
  if (targetParts.includes('testing') || TEST_HELPER_FOLDERS.includes(to)) {
    return isSpec(file) || fileParts.includes('testing') ? null : 'internal';
  }
  if (SHARED.includes(from)) return 'sharedUsesDomain';
  const frontDoor = targetParts.length === 1 || (targetParts.length === 2 && targetParts[1] === 'index');
  if (frontDoor) return null;
  return isEntity(target) ? 'entity' : 'internal';
}

const baselines = new Map();
function loadBaseline(file) {
  if (!baselines.has(file)) {
    const entries = JSON.parse(fs.readFileSync(file, 'utf8'));
    const byFile = new Map();
    for (const { file: f, import: i } of entries) {
      if (!byFile.has(f)) byFile.set(f, new Set());
      byFile.get(f).add(i);
    }
    baselines.set(file, byFile);
  }
  return baselines.get(file);
}

/** @type {import('eslint').Rule.RuleModule} */
export const apiDomainBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'An api domain imports another only through its front door (index.ts).' },
    schema: [
      {
        type: 'object',
        properties: { srcRoot: { type: 'string' }, baseline: { type: 'string' } },
        required: ['srcRoot'],
        additionalProperties: false,
      },
    ],
    messages: {
      entity: "'{{source}}' is an entity of the {{domain}} domain: use what '../{{domain}}' exports instead.",
      internal: "'{{source}}' is internal to the {{domain}} domain: import it through its front door '../{{domain}}'.",
      upward: "'{{source}}' reaches up to the app's root: only composition roots (seed, testing) may.",
      sharedUsesDomain: "'{{source}}': shared infrastructure ({{from}}) must not depend on the {{domain}} domain.",
      stale: "The boundary baseline lists '{{source}}' for this file, which no longer imports it: remove the entry.",
      missingFile: "The boundary baseline lists '{{source}}', which no longer exists: remove its entries.",
    },
  },
  create(context) {
    const { srcRoot, baseline } = context.options[0];
    const root = path.resolve(context.cwd, srcRoot);
    const file = toPosix(path.relative(root, context.filename));
    if (file.startsWith('..') || !file.endsWith('.ts')) return {};
    const rootFiles = new Set(
      fs
        .readdirSync(root)
        .filter((n) => n.endsWith('.ts'))
        .map((n) => n.replace(/\.ts$/, '')),
    );
    const allowed = baseline ? (loadBaseline(path.resolve(context.cwd, baseline)).get(file) ?? new Set()) : new Set();
    const seen = new Set();

    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = toPosix(path.relative(root, path.resolve(path.dirname(context.filename), source))).replace(/\.ts$/, '');
      const reason = classifyImport(file, target, rootFiles);
      if (!reason) return;
      if (allowed.has(source)) {
        seen.add(source);
        return;
      }
      context.report({
        node: node.source,
        messageId: reason,
        data: { source, domain: target.split('/')[0], from: file.split('/')[0] },
      });
    }

    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      'Program:exit'(program) {
        for (const source of allowed) {
          if (!seen.has(source)) context.report({ node: program, messageId: 'stale', data: { source } });
        }
        if (baseline && file === 'main.ts') {
          for (const listed of loadBaseline(path.resolve(context.cwd, baseline)).keys()) {
            if (!fs.existsSync(path.join(root, listed))) {
              context.report({ node: program, messageId: 'missingFile', data: { source: listed } });
            }
          }
        }
      },
    };
  },
};

const plugin = { rules: { 'api-domain-boundaries': apiDomainBoundaries } };
export default plugin;

/** The flat-config block for the api: `files` is relative to the config that uses it. */
export function apiDomainBoundariesConfig(files) {
  const here = path.dirname(new URL(import.meta.url).pathname);
  return {
    files,
    plugins: { cocrea: plugin },
    rules: {
      'cocrea/api-domain-boundaries': [
        'error',
        {
          srcRoot: path.resolve(here, '../../apps/api/src'),
          baseline: path.resolve(here, '../../apps/api/domain-boundaries.baseline.json'),
        },
      ],
    },
  };
}
