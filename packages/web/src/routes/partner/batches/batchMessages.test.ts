import { describe, expect, it } from 'vitest';
import { BATCH_MESSAGES, type BatchMessageKey } from './batchMessages.js';

const SAME_IN_BOTH: ReadonlySet<BatchMessageKey> = new Set<BatchMessageKey>(['batch.col.status', 'batch.csv.status', 'batch.csv.link', 'batch.filter.status']);

describe('the batch pages’ texts', () => {
  const keys = Object.keys(BATCH_MESSAGES.en) as BatchMessageKey[];
  it('are translated, with the same {placeholders} in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    expect(keys.filter((key) => BATCH_MESSAGES.de[key] === BATCH_MESSAGES.en[key] && !SAME_IN_BOTH.has(key))).toEqual([]);
    expect(keys.filter((key) => names(BATCH_MESSAGES.de[key]) !== names(BATCH_MESSAGES.en[key]))).toEqual([]);
  });
});
