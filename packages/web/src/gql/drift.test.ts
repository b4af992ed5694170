import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('generated GraphQL types', () => {
  it('match what codegen makes from the schema and the documents now (run `npm run codegen` if not)', async () => {
    const cwd = process.cwd();
    process.chdir(webRoot);
    try {
      const outputs = await generate({ ...config, silent: true, verbose: false }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const onDisk = readFileSync(path.resolve(webRoot, output.filename), 'utf8');
        expect(onDisk, `${output.filename} is out of date`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
