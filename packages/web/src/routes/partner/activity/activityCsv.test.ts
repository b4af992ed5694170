import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../i18n/I18nProvider.js';
import { de, en } from '../../../messages/all.js';
import type { MessageKey } from '../../../messages/en.js';
import { activityCsv, fetchAllActivity, type ExportedEntry } from './activityCsv.js';
import { daysReversed, filterFromParams, paramsOf, variablesOf } from './activityFilter.js';

function i18n(locale: 'en' | 'de') {
  const catalog = locale === 'en' ? en : de;
  return {
    locale,
    t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => interpolate(catalog[key], params),
    date: (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—'),
  };
}

const ENTRIES: ExportedEntry[] = [
  {
    __typename: 'ActivityEntry',
    id: 'a2',
    type: 'ORDER_PLACED',
    summary: 'Sam Sales ordered 25 × Microsoft 365 E3 for Fabrikam AG.',
    params: { actorName: 'Sam Sales', customerName: 'Fabrikam AG', productName: 'Microsoft 365 E3', quantity: 25 },
    createdAt: '2026-11-02T09:30:00.000Z',
    actor: { __typename: 'UserSummary', id: 'u1', displayName: 'Sam Sales', email: 'sam@contoso.example' },
    customer: { __typename: 'Customer', id: 'c1', companyName: 'Fabrikam AG', domain: 'fabrikam.de' },
  },
  {
    __typename: 'ActivityEntry',
    id: 'a1',
    type: 'REQUEST_EXPIRED',
    summary: 'A relationship request expired unanswered on 2026-11-01.',
    params: { expiredOn: '2026-11-01' },
    createdAt: '2026-11-01T00:00:00.000Z',
    actor: null,
    customer: { __typename: 'Customer', id: 'c2', companyName: '=HYPERLINK("x")', domain: 'evil.example' },
  },
];

describe('the activity CSV', () => {
  it('is in the export language, with the readable sentence and the machine type side by side', () => {
    const lines = activityCsv(ENTRIES, i18n('de')).split('\r\n');
    expect(lines[0]).toBe('Zeit (UTC),Wer,E-Mail,Was geschah,Art,Kunde,Domäne');
    expect(lines[1]).toBe(`2026-11-02T09:30:00.000Z,Sam Sales,sam@contoso.example,${i18n('de').t('activity.text.ORDER_PLACED', ENTRIES[0]?.params as Record<string, string | number>)},ORDER_PLACED,Fabrikam AG,fabrikam.de`);
    // The system's entries name Partnerlink; a hostile customer name is text, not a formula.
    expect(lines[2]).toMatch(/^2026-11-01T00:00:00\.000Z,Partnerlink,,.*,REQUEST_EXPIRED,"'=HYPERLINK\(""x""\)",evil\.example$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('in English it says the same in English', () => {
    const lines = activityCsv(ENTRIES, i18n('en')).split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Who,Email,What happened,Type,Customer,Domain');
    expect(lines[1]).toContain(',ORDER_PLACED,');
    expect(lines[2]).toContain('A relationship request expired unanswered on 2026-11-01.');
  });

  it('takes every entry of the filter, page after page, with the filter on each page', async () => {
    const seen: Record<string, unknown>[] = [];
    const link = new ApolloLink((operation) => {
      seen.push(operation.variables);
      const after = operation.variables.after as string | null;
      const entry = after === null ? ENTRIES[0] : ENTRIES[1];
      return new Observable((observer) => {
        observer.next({
          data: {
            activityLog: {
              __typename: 'ActivityConnection',
              edges: [{ __typename: 'ActivityEdge', node: entry }],
              pageInfo: { __typename: 'PageInfo', hasNextPage: after === null, endCursor: after === null ? 'page-2' : 'end' },
            },
          },
        });
        observer.complete();
      });
    });
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    const filter = filterFromParams(new URLSearchParams('type=ORDER_PLACED&type=REQUEST_EXPIRED&customer=c1&actor=u1&from=2026-11-01&to=2026-11-02'));
    const entries = await fetchAllActivity(client, filter);
    expect(entries.map((entry) => entry.id)).toEqual(['a2', 'a1']);
    expect(seen.map((variables) => variables.after)).toEqual([null, 'page-2']);
    for (const variables of seen) {
      expect(variables).toMatchObject({ first: 100, types: ['ORDER_PLACED', 'REQUEST_EXPIRED'], customerId: 'c1', actorId: 'u1' });
    }
  });
});

describe('the activity filter in the URL', () => {
  it('reads what it wrote, ignoring unknown types and malformed days', () => {
    const filter = filterFromParams(new URLSearchParams('type=ORDER_PLACED&type=NOPE&type=ORDER_PLACED&customer=c1&from=2026-13-45&to=2026-11-30&page=2'));
    expect(filter).toEqual({ types: ['ORDER_PLACED'], customerId: 'c1', actorId: null, from: null, to: '2026-11-30' });
    const url = paramsOf(filter, new URLSearchParams('page=2&type=API_KEY_CREATED'));
    expect(url.toString()).toBe('page=2&type=ORDER_PLACED&customer=c1&to=2026-11-30');
    expect(filterFromParams(url)).toEqual(filter);
  });

  it('sends whole days of the viewer\'s time zone, both inclusive', () => {
    const variables = variablesOf(filterFromParams(new URLSearchParams('from=2026-11-01&to=2026-11-02')));
    expect(variables.from).toBe(new Date(2026, 10, 1, 0, 0, 0, 0).toISOString());
    expect(variables.to).toBe(new Date(2026, 10, 2, 23, 59, 59, 999).toISOString());
    expect(variables.types).toBeNull();
    expect(daysReversed(filterFromParams(new URLSearchParams('from=2026-11-03&to=2026-11-02')))).toBe(true);
    expect(daysReversed(filterFromParams(new URLSearchParams('from=2026-11-02&to=2026-11-02')))).toBe(false);
  });
});
