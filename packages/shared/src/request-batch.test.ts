import { describe, expect, it } from 'vitest';
import {
  assertBatchSize,
  assertIdempotencyKey,
  batchCounts,
  batchRowProblem,
  batchRowVerdict,
  batchRowStatusOf,
  countBatchRows,
  newBatchStatus,
  duplicateRows,
  MAX_BATCH_ROWS,
  type BatchRowFacts,
} from './request-batch.js';
import { TenantKind } from './tenants.js';

const row = (fields: Partial<Parameters<typeof batchRowProblem>[0]> = {}) => ({ domain: 'fabrikam.example', recipientEmail: 'admin@fabrikam.example', ...fields });

const facts = (request: Partial<BatchRowFacts['request']> = {}, customerFound = true): BatchRowFacts => ({
  customerFound,
  request: {
    partner: { cloud: 'PUBLIC', country: 'DE' },
    tenant: { kind: TenantKind.CUSTOMER, name: 'Fabrikam', cloud: 'PUBLIC', country: 'DE' },
    withAdmin: false,
    resellerId: null,
    adminId: null,
    pendingRequestId: null,
    ...request,
  },
});

describe('a batch row’s input', () => {
  it('needs exactly one of domain and customer id', () => {
    expect(batchRowProblem(row({ domain: null }))).toEqual({ field: 'domain', problem: { reason: 'DOMAIN_OR_CUSTOMER_ID' } });
    expect(batchRowProblem(row({ customerId: 'c1' }))).toEqual({ field: 'domain', problem: { reason: 'DOMAIN_OR_CUSTOMER_ID' } });
    expect(batchRowProblem(row({ domain: '  ', customerId: 'c1' }))).toBeNull();
  });

  it('checks the domain, the email and the names with the shared validation', () => {
    expect(batchRowProblem(row({ domain: 'not a domain' }))?.problem.reason).toBe('DOMAIN_INVALID');
    expect(batchRowProblem(row({ recipientEmail: '' }))).toEqual({ field: 'recipientEmail', problem: { reason: 'REQUIRED' } });
    expect(batchRowProblem(row({ recipientEmail: 'nobody' }))).toEqual({ field: 'recipientEmail', problem: { reason: 'EMAIL_INVALID' } });
    expect(batchRowProblem(row({ recipientName: 'a\u202Eb' }))).toEqual({ field: 'recipientName', problem: { reason: 'NAME_CHARACTERS' } });
    expect(batchRowProblem(row({ companyName: 'x' }))).toEqual({ field: 'companyName', problem: { reason: 'TOO_SHORT', params: { min: 2 } } });
    expect(batchRowProblem(row({ recipientName: 'Ada', companyName: 'Fabrikam GmbH' }))).toBeNull();
  });
});

describe('duplicate rows', () => {
  it('name the first row asking the same domain (any case) or customer id', () => {
    const rows = [row(), row({ domain: 'FABRIKAM.example' }), row({ domain: null, customerId: 'c1' }), row({ domain: null, customerId: 'c1' }), row({ domain: 'northwind.example' })];
    expect(duplicateRows(rows)).toEqual([null, 1, null, 3, null]);
  });

  it('recognise a customer id and its domain as the same customer', () => {
    const rows = [row(), row({ domain: null, customerId: 'c1' })];
    expect(duplicateRows(rows, (id) => (id === 'c1' ? 'fabrikam.example' : null))).toEqual([null, 1]);
  });

  it('ignore invalid rows', () => {
    expect(duplicateRows([row({ recipientEmail: 'x' }), row()])).toEqual([null, null]);
  });
});

describe('a batch row’s verdict', () => {
  it('is INVALID with the field and reason for bad input', () => {
    expect(batchRowVerdict(row({ recipientEmail: 'x' }), null, null)).toEqual({
      status: 'INVALID',
      errorCode: 'BAD_USER_INPUT',
      reason: 'EMAIL_INVALID',
      field: 'recipientEmail',
      message: expect.stringMatching(/email/i),
    });
  });

  it('is BLOCKED as a duplicate, naming the first row', () => {
    expect(batchRowVerdict(row(), 2, facts())).toEqual({
      status: 'BLOCKED',
      errorCode: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_ROW',
      field: 'domain',
      params: { rowNumber: 2 },
      message: 'Row 2 already asks this customer; each customer appears once per batch.',
    });
  });

  it('is BLOCKED with NOT_FOUND for an unknown customer id', () => {
    expect(batchRowVerdict(row({ domain: null, customerId: 'nope' }), null, facts({}, false))).toMatchObject({ status: 'BLOCKED', errorCode: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND' });
  });

  it.each([
    { name: 'a partner’s domain', request: { tenant: { kind: TenantKind.PARTNER, name: 'P', cloud: 'PUBLIC', country: 'DE' } }, code: 'BAD_USER_INPUT', reason: 'DOMAIN_NOT_CUSTOMER' },
    { name: 'another cloud', request: { tenant: { kind: TenantKind.CUSTOMER, name: 'W', cloud: 'US_GOVERNMENT', country: 'US' } }, code: 'CLOUD_MISMATCH', reason: 'CLOUD_MISMATCH' },
    { name: 'another market', request: { tenant: { kind: TenantKind.CUSTOMER, name: 'A', cloud: 'PUBLIC', country: 'US' } }, code: 'REGION_NOT_ALLOWED', reason: 'REGION_NOT_ALLOWED' },
    { name: 'already related', request: { resellerId: 'r1' }, code: 'FAILED_PRECONDITION', reason: 'ALREADY_RELATED' },
    { name: 'a pending request', request: { pendingRequestId: 'q1' }, code: 'FAILED_PRECONDITION', reason: 'REQUEST_PENDING' },
    {
      name: 'an indirect provider in another market',
      request: { indirectProvider: { cloud: 'PUBLIC', country: 'US' } },
      code: 'REGION_NOT_ALLOWED',
      reason: 'REGION_NOT_ALLOWED',
    },
  ] as const)('is BLOCKED for $name with the single mutation’s code', ({ request, code, reason }) => {
    expect(batchRowVerdict(row(), null, facts(request))).toMatchObject({ status: 'BLOCKED', errorCode: code, reason, message: expect.any(String) });
  });

  it('says what the single mutation says, with the blocking request’s id', () => {
    const verdict = batchRowVerdict(row(), null, facts({ pendingRequestId: 'q1' }));
    expect(verdict?.details).toMatchObject({ requestId: 'q1' });
    const market = batchRowVerdict(row(), null, facts({ tenant: { kind: TenantKind.CUSTOMER, name: 'A', cloud: 'PUBLIC', country: 'US' } }));
    expect(market?.message).toMatch(/United States/);
    expect(market?.params).toEqual({ country: 'US' });
    const cloud = batchRowVerdict(row(), null, facts({ tenant: { kind: TenantKind.CUSTOMER, name: 'W', cloud: 'US_GOVERNMENT', country: 'US' } }));
    expect(cloud?.params).toEqual({ cloud: 'US_GOVERNMENT' });
  });

  it('is null (creatable) when nothing stands in the way, also for an unknown domain', () => {
    expect(batchRowVerdict(row(), null, facts())).toBeNull();
    expect(batchRowVerdict(row(), null, facts({ tenant: null }))).toBeNull();
  });
});

describe('a batch', () => {
  it('has 1 to 5,000 rows', () => {
    expect(() => assertBatchSize(0)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'BATCH_EMPTY', field: 'rows' }));
    expect(() => assertBatchSize(MAX_BATCH_ROWS + 1)).toThrow(expect.objectContaining({ reason: 'BATCH_TOO_LARGE', params: { max: 5000 } }));
    expect(() => assertBatchSize(MAX_BATCH_ROWS)).not.toThrow();
  });

  it('has a trimmed idempotency key of at most 100 characters', () => {
    expect(assertIdempotencyKey('  k-1 ')).toBe('k-1');
    expect(() => assertIdempotencyKey('   ')).toThrow(expect.objectContaining({ reason: 'REQUIRED', field: 'idempotencyKey' }));
    expect(() => assertIdempotencyKey('x'.repeat(101))).toThrow(expect.objectContaining({ reason: 'TOO_LONG', field: 'idempotencyKey' }));
    expect(assertIdempotencyKey('x'.repeat(100))).toHaveLength(100);
  });

  it('counts its verdicts; it is SENDING only when it has emails to send', () => {
    const counts = batchCounts([null, null, batchRowVerdict(row({ recipientEmail: 'x' }), null, null), batchRowVerdict(row(), 1, null)]);
    expect(counts).toEqual({ total: 4, created: 2, blocked: 1, invalid: 1, sent: 0, sendFailed: 0, accepted: 0, declined: 0, pending: 2 });
    expect(newBatchStatus(counts, true)).toBe('SENDING');
    expect(newBatchStatus(counts, false)).toBe('COMPLETED');
    expect(newBatchStatus(batchCounts([batchRowVerdict(row(), 1, null)]), true)).toBe('COMPLETED');
  });

  it('shows a row as its request once that is answered, revoked or overdue, and an email being sent as CREATED', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    const later = new Date('2026-12-20T10:00:00Z');
    expect(batchRowStatusOf('SENT', { status: 'PENDING', expiresAt: later }, now)).toBe('SENT');
    expect(batchRowStatusOf('SENDING', { status: 'PENDING', expiresAt: later }, now)).toBe('CREATED');
    expect(batchRowStatusOf('SEND_FAILED', { status: 'ACCEPTED', expiresAt: later }, now)).toBe('ACCEPTED');
    expect(batchRowStatusOf('CREATED', { status: 'DECLINED', expiresAt: later }, now)).toBe('DECLINED');
    expect(batchRowStatusOf('CREATED', { status: 'REVOKED', expiresAt: later }, now)).toBe('REVOKED');
    expect(batchRowStatusOf('SENT', { status: 'PENDING', expiresAt: now }, now)).toBe('EXPIRED');
    expect(batchRowStatusOf('BLOCKED', null, now)).toBe('BLOCKED');
  });

  it('counts a stored batch by what its rows store and show', () => {
    const counts = countBatchRows([
      { stored: 'SENT', shown: 'SENT', count: 3 },
      { stored: 'SENT', shown: 'ACCEPTED', count: 2 },
      { stored: 'SEND_FAILED', shown: 'SEND_FAILED', count: 1 },
      { stored: 'CREATED', shown: 'DECLINED', count: 1 },
      { stored: 'BLOCKED', shown: 'BLOCKED', count: 4 },
      { stored: 'INVALID', shown: 'INVALID', count: 5 },
    ]);
    expect(counts).toEqual({ total: 16, created: 7, blocked: 4, invalid: 5, sent: 5, sendFailed: 1, accepted: 2, declined: 1, pending: 4 });
  });
});
