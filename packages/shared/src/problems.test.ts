import { describe, expect, it } from 'vitest';
import { DomainError, failedPrecondition } from './errors.js';
import { isProblemReason, problemMessage, PROBLEM_REASONS } from './problems.js';

describe('problem reasons', () => {
  it('every reason has an English sentence for the API’s message', () => {
    for (const reason of PROBLEM_REASONS) {
      const params = { min: 1, max: 2, count: 3, status: 'EXPIRED', customerName: 'Contoso', host: 'intranet.example', role: 'GLOBAL_READER', column: 'recipientEmail', line: 7 };
      expect(problemMessage({ reason, params } as Parameters<typeof problemMessage>[0])).toMatch(/^\S.{8,}[.]$/);
    }
  });

  it('a DomainError made from a problem carries its reason, params and English sentence', () => {
    const error = new DomainError('BAD_USER_INPUT', { reason: 'TOO_LONG', params: { max: 120 } }, 'companyName');
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyName', reason: 'TOO_LONG', params: { max: 120 } });
    expect(error.message).toBe('Enter at most 120 characters.');
  });

  it('a state conflict keeps its details beside the reason', () => {
    const error = failedPrecondition({ reason: 'NOT_REVOCABLE', params: { status: 'ACCEPTED' } }, { status: 'ACCEPTED' });
    expect(error).toMatchObject({ reason: 'NOT_REVOCABLE', params: { status: 'ACCEPTED' }, details: { status: 'ACCEPTED' } });
    expect(error.message).toBe('Only a pending request can be revoked; this one is accepted.');
  });

  it('a DomainError with a plain message has no reason', () => {
    expect(new DomainError('NOT_FOUND', 'There is no such customer.')).toMatchObject({ reason: undefined, params: undefined });
  });

  it('tells the contract’s reasons from other strings', () => {
    expect(isProblemReason('TOO_LONG')).toBe(true);
    expect(isProblemReason('Enter at most 120 characters.')).toBe(false);
    expect(isProblemReason(undefined)).toBe(false);
  });
});
