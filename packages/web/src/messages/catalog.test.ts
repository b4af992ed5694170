import { ErrorCode, PROBLEM_REASONS } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { de, en } from './all.js';
import type { MessageKey } from './en.js';
import { errorKey } from './errors.js';
import { problemTemplate } from './problems.js';

/** Words that are the same in both languages (names, loanwords). */
const SAME_IN_BOTH: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'app.name', 'app.never', 'lang.de', 'lang.en', 'signIn.demo.partner', 'csv.cloud', 'cloud.US_GOVERNMENT',
  'requests.status', 'requests.col.status', 'detail.rel.status', 'detail.sub.status', 'partners.col.partner', 'detail.cloud', 'customers.actionFor', 'request.result.link', 'activity.system',
  'market.CHINA', 'market.JAPAN', 'market.KOREA', 'market.TAIWAN', 'invite.partnerName', 'partners.actionFor',
  'settings.webhooks', 'webhooks.title', 'webhooks.col.url', 'apiKeys.col.status', 'deliveries.col.status', 'deliveries.duration',
]);

describe('the message catalogs', () => {
  it('translate every English sentence on the German page', () => {
    const untranslated = (Object.keys(en) as MessageKey[]).filter((key) => de[key] === en[key] && !SAME_IN_BOTH.has(key));
    expect(untranslated).toEqual([]);
  });

  it('keep the same {placeholders} in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = (Object.keys(en) as MessageKey[]).filter((key) => names(en[key]).join() !== names(de[key]).join());
    expect(mismatched).toEqual([]);
  });

  it('have a German and an English message for every error code', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(de[errorKey(code)]).not.toBe(en[errorKey(code)]);
      expect(en[errorKey(code)].length).toBeGreaterThan(5);
    }
  });

  it('have a sentence in both languages for every problem reason of the contract', () => {
    const missing = PROBLEM_REASONS.flatMap((reason) =>
      ([['en', en], ['de', de]] as const).flatMap(([locale, catalog]) => (Object.hasOwn(catalog, `problem.${reason}`) ? [] : [`${locale}: ${reason}`])),
    );
    expect(missing).toEqual([]);
  });

  it('render a problem by its reason and params, and show a request status in the page’s language', () => {
    expect(problemTemplate(de, { reason: 'TOO_SHORT', params: { min: 2 } })).toEqual({ template: 'Geben Sie mindestens {min} Zeichen ein.', params: { min: 2 } });
    expect(problemTemplate(de, { reason: 'NOT_REVOCABLE', params: { status: 'EXPIRED' } })?.params).toEqual({ status: 'Abgelaufen' });
    expect(problemTemplate(de, { reason: 'SOMETHING_NEWER', params: {} })).toBeUndefined();
    expect(problemTemplate(de, undefined)).toBeUndefined();
  });
});
