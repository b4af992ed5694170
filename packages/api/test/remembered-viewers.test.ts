import { describe, expect, it } from 'vitest';
import { RememberedViewers } from '../src/security/remembered-viewers.js';
import type { Viewer } from '../src/viewer.js';

const viewer = (email: string): Viewer => ({ userId: `u-${email}`, sessionId: `s-${email}`, email, displayName: email, tenantId: 't', tenantKind: 'PARTNER', roles: ['SALES_AGENT'] });

describe('RememberedViewers', () => {
  it('answers a session only at the epoch it was read at, and forgets it after another', () => {
    const sessions = new RememberedViewers();
    sessions.keep('a', 7, viewer('a@x.test'), 10_000, 0);
    expect(sessions.lookup('a', 7, 1)?.email).toBe('a@x.test');
    expect(sessions.lookup('a', 8, 2)).toBeUndefined();
    // Forgotten: the same epoch again does not bring it back.
    expect(sessions.lookup('a', 7, 3)).toBeUndefined();
  });

  it('holds a session until its expiry or its maximum age, whichever comes first', () => {
    const sessions = new RememberedViewers(10, 1_000);
    sessions.keep('soon', 1, viewer('soon@x.test'), 500, 0);
    sessions.keep('late', 1, viewer('late@x.test'), 60_000, 0);
    expect(sessions.lookup('soon', 1, 499)?.email).toBe('soon@x.test');
    expect(sessions.lookup('soon', 1, 500)).toBeUndefined();
    expect(sessions.lookup('late', 1, 999)?.email).toBe('late@x.test');
    expect(sessions.lookup('late', 1, 1_000)).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the session remembered longest ago', () => {
    const sessions = new RememberedViewers(2, 60_000);
    for (const hash of ['a', 'b', 'c']) sessions.keep(hash, 1, viewer(`${hash}@x.test`), 60_000, 0);
    expect(sessions.lookup('a', 1, 1)).toBeUndefined();
    expect(sessions.lookup('b', 1, 1)?.email).toBe('b@x.test');
    expect(sessions.lookup('c', 1, 1)?.email).toBe('c@x.test');
  });

  it("hands out a frozen viewer, an API key's scopes too: one request cannot change what the next one is told", () => {
    const sessions = new RememberedViewers();
    sessions.keep('a', 1, viewer('a@x.test'), 10_000, 0);
    const remembered = sessions.lookup('a', 1, 1);
    expect(Object.isFrozen(remembered)).toBe(true);
    expect(Object.isFrozen(remembered?.roles)).toBe(true);
    sessions.keep('key', 1, { ...viewer('k@x.test'), sessionId: null, apiKey: { id: 'k', scopes: ['READ'] } }, Infinity, 0);
    const key = sessions.lookup('key', 1, 1);
    expect(Object.isFrozen(key?.apiKey)).toBe(true);
    expect(Object.isFrozen(key?.apiKey?.scopes)).toBe(true);
  });
});
