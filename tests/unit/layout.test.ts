/**
 * The layout shows what ships. Code that runs in readers' browsers lives in
 * src/; code that runs at build or authoring time in build/ (Vite plugins, the
 * seal, the geography check), authoring/ (the Arabic reader) and scripts/ (CLIs).
 * Data flows one way, so the folders import one way: no two folders import
 * each other, however indirectly, and src/ never reaches into build/ or scripts/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/stories';

const CODE = /\.(ts|svelte)$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : [];
  });
}

/** Folder → the folders its files import from (relative imports only; packages are not ours). */
function folderGraph(roots: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of roots.flatMap((root) => files(join(ROOT, root)))) {
    const from = relative(ROOT, dirname(file));
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[1] ?? match[2]!);
      // './x' is a file in a folder, '../i18n' may be a folder with an index.
      const folder = relative(ROOT, CODE.test(target) || !isFolder(target) ? dirname(target) : target);
      if (folder === from || folder.startsWith('node_modules')) continue;
      (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(folder);
    }
  }
  return graph;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every cycle's folders, as "a → b → a" strings (empty when the graph is acyclic). */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'open') {
      found.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

const graph = folderGraph(['src', 'build', 'scripts', 'authoring']);

describe('the layout', () => {
  it('has no two folders importing each other, directly or through others', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds the cycle in a graph that has one (the check can fail)', () => {
    const broken = new Map([['src/map', new Set(['src/map/svg'])], ['src/map/svg', new Set(['src/map'])]]);
    expect(cycles(broken)).toEqual(['src/map → src/map/svg → src/map']);
  });

  it('keeps build and authoring code out of what ships: src/ never imports build/, authoring/ or scripts/', () => {
    const shipped = [...graph].filter(([from]) => from.startsWith('src')).flatMap(([from, to]) => [...to].filter((t) => /^(build|authoring|scripts|bench|tests)\b/.test(t)).map((t) => `${from} → ${t}`));
    expect(shipped).toEqual([]);
  });

  it('gives the Arabic reader to the build and the scripts only', () => {
    const users = [...graph].filter(([from, to]) => to.has('authoring/reader') && !from.startsWith('authoring')).map(([from]) => from);
    expect(users.sort()).toEqual(['build', 'scripts']);
  });
});
