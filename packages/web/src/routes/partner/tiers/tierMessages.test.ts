import { describe, expect, it } from 'vitest';
import { TIER_MESSAGES, type TierKey } from './tierMessages.js';

/** The same in both languages (loanwords). */
const SAME_IN_BOTH: ReadonlySet<TierKey> = new Set<TierKey>(['tiers.col.status', 'tiers.col.reseller', 'resellerLink.cloud']);
const keys = Object.keys(TIER_MESSAGES.en) as TierKey[];

describe('the two-tier pages’ words', () => {
  it('translate every English sentence on the German page', () => {
    expect(keys.filter((key) => TIER_MESSAGES.de[key] === TIER_MESSAGES.en[key] && !SAME_IN_BOTH.has(key))).toEqual([]);
  });

  it('keep the same {placeholders} in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    expect(keys.filter((key) => names(TIER_MESSAGES.en[key]) !== names(TIER_MESSAGES.de[key]))).toEqual([]);
  });
});
