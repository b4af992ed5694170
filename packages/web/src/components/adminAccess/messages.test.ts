import { describe, expect, it } from 'vitest';
import { ADMIN_MESSAGES, type AdminMessageKey } from './messages.js';

describe('the admin access texts', () => {
  const keys = Object.keys(ADMIN_MESSAGES.en) as AdminMessageKey[];

  it('are translated into German, every one', () => {
    expect(keys.filter((key) => ADMIN_MESSAGES.de[key] === ADMIN_MESSAGES.en[key])).toEqual([]);
  });

  it('keep the same {placeholders} in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    expect(keys.filter((key) => names(ADMIN_MESSAGES.en[key]) !== names(ADMIN_MESSAGES.de[key]))).toEqual([]);
  });
});
