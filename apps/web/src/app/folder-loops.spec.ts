// The web's feature folders depend on each other one way only: a loop (sessions → voting → sessions) means neither
// can change or load without the other. This spec reads every import between the folders of src/app and finds loops.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const APP = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The folder of src/app a file belongs to, or null for the files at its root (the app shell and its routes). */
function folderOf(path: string): string | null {
  const parts = relative(APP, path).split(sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0] : null;
}

/** The other folders each folder imports. */
function folderImports(files: readonly string[]): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    if (!from) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const to = folderOf(resolve(dirname(file), match[1]));
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
    }
  }
  return edges;
}

/** Every loop, as the path that closes it (a → b → a), found by walking each folder's imports depth first. */
function loops(edges: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (path: string[]): void => {
    for (const next of edges.get(path[path.length - 1]) ?? []) {
      if (next === path[0]) found.add([...path, next].join(' → '));
      else if (!path.includes(next) && next > path[0]) walk([...path, next]);
    }
  };
  for (const folder of [...edges.keys()].sort()) walk([folder]);
  return [...found];
}

describe('the folders of the web app', () => {
  it('import each other without loops', () => {
    expect(loops(folderImports(sourceFiles(APP)))).toEqual([]);
  });

  it('would report a loop between two folders', () => {
    const edges = new Map([
      ['sessions', new Set(['voting'])],
      ['voting', new Set(['sessions'])],
    ]);
    expect(loops(edges)).toEqual(['sessions → voting → sessions']);
  });
});
