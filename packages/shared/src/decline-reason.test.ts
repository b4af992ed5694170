import { describe, expect, it } from 'vitest';
import { assertDeclineReason, declineReasonProblem, refusalWindowStart } from './decline-reason.js';
import { activitySummary } from './activity.js';

describe('a decline reason', () => {
  it.each([
    [null, null, null],
    ['NOT_NOW', null, null],
    ['WRONG_PARTNER', 'We buy from Fabrikam.', null],
    ['OTHER', 'Budget frozen until June.', null],
    ['OTHER', null, { field: 'reasonText', problem: { reason: 'REQUIRED' } }],
    ['OTHER', '   ', { field: 'reasonText', problem: { reason: 'REQUIRED' } }],
    [null, 'Why not', { field: 'reason', problem: { reason: 'REQUIRED' } }],
    ['NOT_EXPECTED', 'x'.repeat(501), { field: 'reasonText', problem: { reason: 'TOO_LONG', params: { max: 500 } } }],
    ['OTHER', 'x'.repeat(500), null],
  ] as const)('%s with %j → %j', (reason, text, problem) => {
    expect(declineReasonProblem(reason, text)).toEqual(problem);
  });

  it('is stored trimmed, with an empty text as none', () => {
    expect(assertDeclineReason('NOT_NOW', '  ')).toEqual({ reason: 'NOT_NOW', text: null });
    expect(assertDeclineReason('OTHER', ' Later. ')).toEqual({ reason: 'OTHER', text: 'Later.' });
    expect(() => assertDeclineReason('OTHER', '')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reasonText' }));
  });

  it('reads in the log with the reason, and refused attempts name the organisation, not the person', () => {
    expect(activitySummary({ type: 'REQUEST_DECLINED', params: { actorName: 'Ada', customerName: 'Fabrikam', reason: 'OTHER', reasonText: 'Later.' } })).toBe(
      'Ada of Fabrikam declined your relationship request. Reason: “Later.”',
    );
    expect(activitySummary({ type: 'REQUEST_DECLINED', params: { actorName: 'Ada', customerName: 'Fabrikam', reason: 'NOT_NOW' } })).toBe(
      'Ada of Fabrikam declined your relationship request. Reason: not now.',
    );
    expect(activitySummary({ type: 'ACCEPT_REFUSED', params: { customerName: 'Adatum', reason: 'WRONG_MARKET' } })).toBe(
      'Someone at Adatum tried to accept your relationship request, but their country is in another market than yours.',
    );
  });

  it('refused attempts are counted per hour', () => {
    expect(refusalWindowStart(new Date('2030-01-01T10:59:59.999Z')).toISOString()).toBe('2030-01-01T10:00:00.000Z');
    expect(refusalWindowStart(new Date('2030-01-01T11:00:00.000Z')).toISOString()).toBe('2030-01-01T11:00:00.000Z');
  });
});
