import { describe, expect, it } from 'vitest';
import { resellerOptions } from './resellerOptions.js';

describe('the resellers an indirect provider filters its customers by', () => {
  it('names each authorised reseller once, by name, and skips invitations nobody accepted', () => {
    const options = resellerOptions([{ id: 'r2', name: 'Proseware IT Services' }, null, { id: 'r1', name: 'Alpine Solutions' }, { id: 'r2', name: 'Proseware IT Services' }], null, 'de');
    expect(options).toEqual([{ id: 'r1', name: 'Alpine Solutions' }, { id: 'r2', name: 'Proseware IT Services' }]);
  });

  it('keeps a reseller chosen in the address that is not among them, so the filter shows what it filters by', () => {
    expect(resellerOptions([{ id: 'r1', name: 'Alpine Solutions' }], 'r9', 'en').map((option) => option.id)).toEqual(['r1', 'r9']);
    expect(resellerOptions([{ id: 'r1', name: 'Alpine Solutions' }], 'r1', 'en')).toHaveLength(1);
  });
});
