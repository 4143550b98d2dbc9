/**
 * Finds import loops between the folders of apps/api/src: a domain that imports another which (directly or through
 * others) imports it back cannot be understood, tested or moved on its own. Counts production code only (spec files,
 * testing folders and the composition roots are left out), and the relative imports of each file.
 * Run `node tools/lint-rules/api-folder-cycles.mjs` to print each loop with one file-level import per step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPOSITION, COMPOSITION_FILES } from './api-domain-boundaries.mjs';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]*)['"]|import\(\s*['"](\.[^'"]*)['"]\s*\)/g;

function productionFiles(srcRoot) {
  const files = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'testing') walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
        files.push(full);
      }
    }
  })(srcRoot);
  return files;
}

/** Folder → folder → one example "file → import" for each edge between two different top-level folders. */
export function folderGraph(srcRoot) {
  const graph = new Map();
  for (const file of productionFiles(srcRoot)) {
    const rel = path.relative(srcRoot, file).split(path.sep).join('/');
    const from = rel.split('/')[0];
    if (!rel.includes('/') || COMPOSITION.includes(from) || COMPOSITION_FILES.includes(rel)) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const source = match[1] ?? match[2];
      const target = path
        .relative(srcRoot, path.resolve(path.dirname(file), source))
        .split(path.sep)
        .join('/');
      const to = target.split('/')[0];
      if (to === from || to.startsWith('..')) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from).has(to)) graph.get(from).set(to, `${rel} → ${source}`);
    }
  }
  return graph;
}

/** The strongly connected groups of two or more folders (Tarjan), each sorted, as the loops to break. */
export function folderCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let next = 0;
  function visit(node) {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node), index.get(to)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

/** Pairs of folders that import each other directly, with one import each way. */
export function mutualImports(graph) {
  const pairs = [];
  for (const [from, targets] of graph) {
    for (const [to, example] of targets) {
      const back = graph.get(to)?.get(from);
      if (back && from < to) pairs.push({ pair: `${from} ↔ ${to}`, there: example, back });
    }
  }
  return pairs.sort((a, b) => a.pair.localeCompare(b.pair));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/api/src');
  const graph = folderGraph(srcRoot);
  const cycles = folderCycles(graph);
  const pairs = mutualImports(graph);
  console.log(`${cycles.length} folder loop(s) in apps/api/src, ${pairs.length} pair(s) importing each other`);
  for (const group of cycles) console.log(`loop: ${group.join(', ')}`);
  for (const { pair, there, back } of pairs) console.log(`${pair}\n  ${there}\n  ${back}`);
}
