import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import ts from 'typescript';
import { RelationshipFilter } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { describeSchema } from '../src/graphql/schema.js';
import { CustomerCountCache } from '../src/modules/customers/customer-count-cache.js';

describe('printing the schema', () => {
  it('needs no database and no services: the committed schema.graphql is what the resolvers declare', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    const schema = await describeSchema();
    expect(`${printSchema(schema)}\n`).toBe(committed);
    // It describes; it runs nothing.
    const viewer = schema.getQueryType()?.getFields().viewer;
    expect(() => viewer?.resolve?.({}, {}, {}, {} as never)).toThrow(/only describes the API/);
  });
});

describe('what hears of committed changes starts explicitly (createServer starts it, stop() stops it)', () => {
  it('the customer count cache remembers counts only between start() and stop(), until the partner changes something', async () => {
    const cache = new CustomerCountCache();
    const list = { partnerId: 'partner-1', filter: RelationshipFilter.ALL, search: '' };
    let counted = 0;
    const count = () => cache.count(list, async () => ++counted);
    // Constructed, nothing tells it of changes yet: it remembers nothing.
    expect([await count(), await count()]).toEqual([1, 2]);

    cache.start();
    expect([await count(), await count()]).toEqual([3, 3]);
    cache.invalidate('partner-2');
    expect(await count()).toBe(3);
    cache.invalidate('partner-1');
    expect([await count(), await count()]).toEqual([4, 4]);

    cache.stop();
    expect([await count(), await count()]).toEqual([5, 6]);
  });
});

/** Each source file and the files of the package it imports (type-only imports too), by relative path. */
function importGraph(dir: string): Map<string, string[]> {
  const files: string[] = [];
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  visit(dir);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
    const targets = imports
      .filter((imported) => imported.fileName.startsWith('.'))
      .map((imported) => {
        const base = path.resolve(path.dirname(file), imported.fileName.replace(/\.js$/, ''));
        return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      })
      .filter((target): target is string => target !== undefined);
    graph.set(path.relative(dir, file), targets.map((target) => path.relative(dir, target)));
  }
  return graph;
}

/** Import cycles, each as the files around it (a → b → a). */
function importCycles(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) return void cycles.push([...trail.slice(at), file].join(' → '));
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...trail, file]);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) walk(file, []);
  return cycles;
}

describe('module structure', () => {
  it.each(['packages/api/src', 'packages/shared/src'])('%s has no import cycle', (folder) => {
    const graph = importGraph(fileURLToPath(new URL(`../../../${folder}`, import.meta.url)));
    expect(graph.size).toBeGreaterThan(10);
    expect(importCycles(graph)).toEqual([]);
  });
});
