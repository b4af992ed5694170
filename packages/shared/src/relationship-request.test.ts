import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import {
  assertAnswerable,
  assertRenewable,
  assertStillPending,
  canTransition,
  DEFAULT_INVITATION_TTL_DAYS,
  effectiveStatus,
  expiresAtFrom,
  isFinal,
  mayRenew,
  RELATIONSHIP_REQUEST_STATUSES,
  RelationshipRequestStatus,
  type RequestState,
} from './relationship-request.js';

const { PENDING, ACCEPTED, DECLINED, EXPIRED, REVOKED } = RelationshipRequestStatus;
type Status = RelationshipRequestStatus;

const NOW = new Date('2026-03-10T12:00:00.000Z');
const MS = 1;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);
const request = (status: Status, expiresAt: Date): RequestState => ({ status, expiresAt });

/** A request whose link is still valid, and one whose expiry has passed. */
const FRESH = at(24 * 60 * 60 * 1000);
const STALE = at(-MS);

describe('expiry', () => {
  it('a request lives 30 days unless configured otherwise', () => {
    expect(DEFAULT_INVITATION_TTL_DAYS).toBe(30);
  });

  it.each([
    { ttlDays: 30, expiresAt: '2026-04-09T12:00:00.000Z' },
    { ttlDays: 7, expiresAt: '2026-03-17T12:00:00.000Z' },
    { ttlDays: 1, expiresAt: '2026-03-11T12:00:00.000Z' },
  ])('a request made now with a TTL of $ttlDays days expires at $expiresAt', ({ ttlDays, expiresAt }) => {
    expect(expiresAtFrom(NOW, ttlDays).toISOString()).toBe(expiresAt);
  });

  it.each([
    { when: 'a day before its expiry', expiresAt: at(24 * 60 * 60 * 1000), seen: PENDING },
    { when: 'one millisecond before its expiry', expiresAt: at(MS), seen: PENDING },
    { when: 'at the exact instant of its expiry', expiresAt: at(0), seen: EXPIRED },
    { when: 'one millisecond after its expiry', expiresAt: at(-MS), seen: EXPIRED },
    { when: 'a month after its expiry', expiresAt: at(-30 * 24 * 60 * 60 * 1000), seen: EXPIRED },
  ])('a pending request looked at $when reads as $seen', ({ expiresAt, seen }) => {
    expect(effectiveStatus(request(PENDING, expiresAt), NOW)).toBe(seen);
  });

  it.each([ACCEPTED, DECLINED, REVOKED, EXPIRED])(
    'a %s request keeps its status after its expiry date has passed',
    (status) => {
      expect(effectiveStatus(request(status, STALE), NOW)).toBe(status);
    },
  );

  it.each([ACCEPTED, DECLINED, REVOKED, EXPIRED])('a %s request keeps its status before its expiry date', (status) => {
    expect(effectiveStatus(request(status, FRESH), NOW)).toBe(status);
  });
});

describe('the request lifecycle (rule 10)', () => {
  const ALLOWED: Readonly<Record<Status, readonly Status[]>> = {
    PENDING: [ACCEPTED, DECLINED, EXPIRED, REVOKED],
    ACCEPTED: [],
    DECLINED: [],
    EXPIRED: [PENDING],
    REVOKED: [],
  };
  const pairs = RELATIONSHIP_REQUEST_STATUSES.flatMap((from) =>
    RELATIONSHIP_REQUEST_STATUSES.map((to) => {
      const allowed = ALLOWED[from].includes(to);
      return [from, allowed ? 'can' : 'can never', to, allowed] as const;
    }),
  );

  it('knows exactly the five statuses of the contract', () => {
    expect([...RELATIONSHIP_REQUEST_STATUSES].sort()).toEqual([ACCEPTED, DECLINED, EXPIRED, PENDING, REVOKED]);
  });

  it.each(pairs)('a %s request %s become %s', (from, _verdict, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it.each([
    [PENDING, 'is still open', false],
    [ACCEPTED, 'is final', true],
    [DECLINED, 'is final', true],
    [EXPIRED, 'can be renewed', false],
    [REVOKED, 'is final', true],
  ] as const)('a %s request %s', (status, _verdict, final) => {
    expect(isFinal(status)).toBe(final);
  });
});

describe('answering a link (rule 8)', () => {
  it('a pending request before its expiry can be answered', () => {
    expect(() => assertAnswerable(request(PENDING, FRESH), NOW)).not.toThrow();
  });

  it.each([
    { status: ACCEPTED, code: 'INVITATION_ALREADY_USED' },
    { status: DECLINED, code: 'INVITATION_DECLINED' },
    { status: REVOKED, code: 'INVITATION_REVOKED' },
    { status: EXPIRED, code: 'INVITATION_EXPIRED' },
  ])('opening a $status link answers $code', ({ status, code }) => {
    expect(caught(() => assertAnswerable(request(status, FRESH), NOW))).toMatchObject({ code, field: undefined });
  });

  it('a pending link opened at the exact instant of its expiry answers INVITATION_EXPIRED', () => {
    expect(caught(() => assertAnswerable(request(PENDING, at(0)), NOW)).code).toBe('INVITATION_EXPIRED');
  });

  it('a pending link nobody has marked expired yet answers INVITATION_EXPIRED once its time is up', () => {
    expect(caught(() => assertAnswerable(request(PENDING, STALE), NOW)).code).toBe('INVITATION_EXPIRED');
  });

  it('an accepted link past its expiry still answers INVITATION_ALREADY_USED, not expired', () => {
    expect(caught(() => assertAnswerable(request(ACCEPTED, STALE), NOW)).code).toBe('INVITATION_ALREADY_USED');
  });
});

describe('revoking', () => {
  it('a pending request can be revoked', () => {
    expect(() => assertStillPending(request(PENDING, FRESH), NOW)).not.toThrow();
  });

  it.each([ACCEPTED, DECLINED, REVOKED, EXPIRED].map((status) => ({ status, seen: status.toLowerCase() })))(
    'trying to revoke a $status request gets FAILED_PRECONDITION with the status, saying it is $seen',
    ({ status, seen }) => {
      const error = caught(() => assertStillPending(request(status, FRESH), NOW));
      expect(error.code).toBe('FAILED_PRECONDITION');
      expect(error.details).toEqual({ status });
      expect(error.message).toBe(`Only a pending request can be revoked; this one is ${seen}.`);
    },
  );

  it('a pending request whose time is up cannot be revoked any more', () => {
    const error = caught(() => assertStillPending(request(PENDING, at(0)), NOW));
    expect(error.details).toEqual({ status: EXPIRED });
  });
});

describe('renewing the link ("New link", reminders)', () => {
  it.each([
    { what: 'a pending request', state: request(PENDING, FRESH) },
    { what: 'a pending request whose time is up', state: request(PENDING, at(0)) },
    { what: 'an expired request', state: request(EXPIRED, STALE) },
  ])('$what can get a new link', ({ state }) => {
    expect(() => assertRenewable(state, NOW)).not.toThrow();
    expect(mayRenew(effectiveStatus(state, NOW))).toBe(true);
  });

  it.each([ACCEPTED, DECLINED, REVOKED].map((status) => ({ status, seen: status.toLowerCase() })))(
    'a $status request cannot: FAILED_PRECONDITION with the status, saying it is $seen',
    ({ status, seen }) => {
      const error = caught(() => assertRenewable(request(status, FRESH), NOW));
      expect(error.code).toBe('FAILED_PRECONDITION');
      expect(error.details).toEqual({ status });
      expect(error.message).toBe(`Only a pending or expired request can get a new link; this one is ${seen}.`);
      expect(mayRenew(status)).toBe(false);
    },
  );
});
