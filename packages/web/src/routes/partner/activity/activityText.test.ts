import { ActivityType, activitySummary, type ActivityFacts, type ActivityParamsByType } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../../../i18n/I18nProvider.js';
import { de, en } from '../../../messages/all.js';
import type { MessageKey } from '../../../messages/en.js';
import { activityText } from './activityText.js';

/** Facts for every kind of entry (the type makes a new kind fail to compile here until it has a sample). */
const SAMPLES: { readonly [T in ActivityType]: ActivityParamsByType[T] } = {
  CUSTOMER_CREATED: { actorName: 'Sam Sales', customerName: 'Fabrikam AG', domain: 'fabrikam.de' },
  REQUEST_CREATED: { actorName: 'Sam Sales', customerName: 'Fabrikam AG', includesDelegatedAdmin: true },
  REQUEST_VIEWED: {},
  REQUEST_RESENT: { actorName: 'Sam Sales', wasExpired: true, reminderTo: 'it@fabrikam.de' },
  REQUEST_EMAILED: { actorName: 'Sam Sales', to: 'it@fabrikam.de' },
  REQUEST_ACCEPTED: { actorName: 'Grace Admin', customerName: 'Fabrikam AG' },
  REQUEST_DECLINED: { actorName: 'Grace Admin', customerName: 'Fabrikam AG' },
  ACCEPT_REFUSED: { customerName: 'Adatum Corporation', reason: 'WRONG_MARKET' },
  REQUEST_REVOKED: { actorName: 'Sam Sales' },
  REQUEST_EXPIRED: { expiredOn: '2026-11-30' },
  AGREEMENT_ACCEPTED: { actorName: 'Sam Sales', customerName: 'Fabrikam AG', signerName: 'Grace Admin', acceptedOn: '2026-11-02' },
  RELATIONSHIP_CREATED: { customerName: 'Fabrikam AG', relationshipType: 'DELEGATED_ADMIN', origin: 'INVITATION' },
  RELATIONSHIP_ENDED: {
    actorName: 'Grace Admin',
    customerName: 'Fabrikam AG',
    partnerName: 'Contoso',
    relationshipType: 'DELEGATED_ADMIN',
    endedBy: 'CUSTOMER',
    alongWithReseller: true,
  },
  RELATIONSHIP_END_REQUESTED: { actorName: 'Grace Admin', customerName: 'Fabrikam AG', subscriptionCount: 2, message: 'Bitte bis Monatsende.' },
  ORDER_PLACED: { actorName: 'Sam Sales', customerName: 'Fabrikam AG', productName: 'Microsoft 365 E3', quantity: 25 },
  SUBSCRIPTION_CHANGED: {
    actorName: 'Sam Sales',
    customerName: 'Fabrikam AG',
    productName: 'Microsoft 365 E3',
    fromQuantity: 25,
    fromStatus: 'ACTIVE',
    toQuantity: 25,
    toStatus: 'SUSPENDED',
  },
  API_KEY_CREATED: { actorName: 'Alex Admin', keyName: 'ERP sync', scopes: ['READ', 'WRITE'] },
  API_KEY_REVOKED: { actorName: 'Alex Admin', keyName: 'ERP sync' },
  ADMIN_RELATIONSHIP_EXPIRING: { customerName: 'Fabrikam AG', displayName: 'Fabrikam helpdesk', reminderDays: 7, daysLeft: 7, endsAt: '2027-03-01T09:30:00.000Z' },
  ADMIN_RELATIONSHIP_EXPIRED: { customerName: 'Fabrikam AG', displayName: 'Fabrikam helpdesk', endedAt: '2027-03-01T09:30:00.000Z' },
  ADMIN_RELATIONSHIP_EXTENDED: {
    customerName: 'Fabrikam AG',
    displayName: null,
    previousEndsAt: '2027-03-01T09:30:00.000Z',
    endsAt: '2027-08-28T09:30:00.000Z',
  },
  ADMIN_ROLES_REMOVED: {
    actorName: 'Grace Admin',
    customerName: 'Fabrikam AG',
    removedRoles: ['User Administrator'],
    remainingRoles: ['Directory Readers', 'Helpdesk Administrator'],
  },
  RESELLER_AUTHORIZATION_INVITED: { actorName: 'Tina Provider', recipientEmail: 'petra@proseware.example' },
  RESELLER_AUTHORIZATION_ACCEPTED: { actorName: 'Petra Global', providerName: 'Tailspin', resellerName: 'Proseware', side: 'PROVIDER' },
  RESELLER_AUTHORIZATION_ENDED: { actorName: 'Tina Provider', providerName: 'Tailspin', resellerName: 'Proseware', side: 'RESELLER', endedBy: 'PROVIDER' },
  REQUEST_BATCH_CREATED: { actorName: 'Sam Sales', total: 120, created: 100, blocked: 15, invalid: 5 },
  REQUEST_BATCH_COMPLETED: { actorName: 'Sam Sales', total: 120, created: 100, sent: 98, sendFailed: 2 },
};

function i18n(locale: 'en' | 'de') {
  const catalog = locale === 'en' ? en : de;
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return {
    locale,
    t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => interpolate(catalog[key], params),
    date: (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '—'),
  };
}

const entry = (type: ActivityType) => {
  const facts = { type, params: SAMPLES[type] } as ActivityFacts;
  return { type, summary: activitySummary(facts), params: facts.params };
};

describe('activity entries in both languages', () => {
  it('every kind of entry reads as a whole German sentence, filled from its facts, and differs from the English one', () => {
    for (const type of Object.values(ActivityType)) {
      const german = activityText(entry(type), i18n('de'));
      const english = activityText(entry(type), i18n('en'));
      expect(german, type).not.toMatch(/\{\w+\}/);
      expect(english, type).not.toMatch(/\{\w+\}/);
      expect(german, type).not.toBe(english);
    }
  });

  it('says what happened with the names and figures, not just the kind of entry', () => {
    expect(activityText(entry('ORDER_PLACED'), i18n('de'))).toBe('Sam Sales hat 25 × Microsoft 365 E3 für Fabrikam AG bestellt.');
    expect(activityText(entry('SUBSCRIPTION_CHANGED'), i18n('de'))).toBe(
      'Sam Sales hat Microsoft 365 E3 für Fabrikam AG von 25 (Aktiv) auf 25 (Ausgesetzt) geändert.',
    );
    expect(activityText(entry('RELATIONSHIP_ENDED'), i18n('de'))).toBe(
      'Die Administratorrechte wurden zusammen mit der Handelspartnerbeziehung von Grace Admin von Fabrikam AG beendet (Kundenseite); Contoso hat sie nicht mehr.',
    );
    expect(activityText(entry('REQUEST_EXPIRED'), i18n('de'))).toBe('Eine Beziehungsanfrage ist am 30.11.2026 unbeantwortet abgelaufen.');
    expect(activityText(entry('API_KEY_CREATED'), i18n('en'))).toBe('Alex Admin created the API key “ERP sync” (Read, Write).');
  });

  it('admin relationship reminders, expiries and extensions name the customer, the relationship and the dates, in both languages', () => {
    expect(activityText(entry('ADMIN_RELATIONSHIP_EXPIRING'), i18n('en'))).toBe(
      'Admin relationship “Fabrikam helpdesk” with Fabrikam AG ends in 7 days, on Mar 1, 2027; ask the customer to renew it.',
    );
    expect(activityText(entry('ADMIN_RELATIONSHIP_EXPIRING'), i18n('de'))).toBe(
      'Die Administratorbeziehung „Fabrikam helpdesk“ mit Fabrikam AG endet in 7 Tagen, am 01.03.2027; bitten Sie den Kunden um eine Erneuerung.',
    );
    const tomorrow = { type: 'ADMIN_RELATIONSHIP_EXPIRING' as const, summary: '', params: { ...SAMPLES.ADMIN_RELATIONSHIP_EXPIRING, displayName: null, reminderDays: 1, daysLeft: 1 } };
    expect(activityText(tomorrow, i18n('en'))).toBe('Admin access to Fabrikam AG ends within a day, on Mar 1, 2027; ask the customer to renew it.');
    expect(activityText(tomorrow, i18n('de'))).toBe('Der Administratorzugriff auf Fabrikam AG endet in weniger als einem Tag, am 01.03.2027; bitten Sie den Kunden um eine Erneuerung.');
    expect(activityText(entry('ADMIN_RELATIONSHIP_EXPIRED'), i18n('de'))).toBe(
      'Die Administratorbeziehung „Fabrikam helpdesk“ mit Fabrikam AG ist am 01.03.2027 abgelaufen.',
    );
    expect(activityText(entry('ADMIN_RELATIONSHIP_EXTENDED'), i18n('en'))).toBe(
      'Admin access to Fabrikam AG reached its end on Mar 1, 2027 and was extended automatically until Aug 28, 2027.',
    );
  });

  it('a request for admin access alone reads as one, and an acceptance says how many roles were approved; older entries read as before', () => {
    const adminOnly = {
      type: 'REQUEST_CREATED' as const,
      summary: '',
      params: { ...SAMPLES.REQUEST_CREATED, includesReseller: false, adminRoleCount: 3 },
    };
    expect(activityText(adminOnly, i18n('en'))).toBe('Sam Sales asked Fabrikam AG for admin access (3 roles).');
    expect(activityText(adminOnly, i18n('de'))).toBe('Sam Sales hat bei Fabrikam AG Administratorzugriff angefragt (3 Rollen).');
    const accepted = { type: 'REQUEST_ACCEPTED' as const, summary: '', params: { ...SAMPLES.REQUEST_ACCEPTED, approvedRoleCount: 2, requestedRoleCount: 3 } };
    expect(activityText(accepted, i18n('de'))).toBe('Grace Admin von Fabrikam AG hat Ihre Beziehungsanfrage angenommen und 2 von 3 Administratorrollen genehmigt.');
    expect(activityText(entry('REQUEST_CREATED'), i18n('en'))).toBe('Sam Sales requested a reseller relationship with admin permissions from Fabrikam AG.');
    expect(activityText(entry('REQUEST_ACCEPTED'), i18n('en'))).toBe('Grace Admin of Fabrikam AG accepted your relationship request.');
  });

  it('a decline says why, in the customer’s words too; a refused accept names the organisation and the rule, in both languages', () => {
    const declined = (params: Partial<ActivityParamsByType['REQUEST_DECLINED']>) => ({
      type: 'REQUEST_DECLINED' as const,
      summary: '',
      params: { ...SAMPLES.REQUEST_DECLINED, ...params },
    });
    expect(activityText(declined({ reason: 'WRONG_PARTNER', reasonText: null }), i18n('en'))).toBe(
      'Grace Admin of Fabrikam AG declined your relationship request. Reason: they work with another partner.',
    );
    expect(activityText(declined({ reason: 'NOT_NOW', reasonText: 'Nach dem Umzug.' }), i18n('de'))).toBe(
      'Grace Admin von Fabrikam AG hat Ihre Beziehungsanfrage abgelehnt. Grund: nicht jetzt. „Nach dem Umzug.“',
    );
    expect(activityText(declined({ reason: 'OTHER', reasonText: 'Budget frozen.' }), i18n('en'))).toBe(
      'Grace Admin of Fabrikam AG declined your relationship request. Reason: “Budget frozen.”',
    );
    expect(activityText(declined({}), i18n('en'))).toBe('Grace Admin of Fabrikam AG declined your relationship request.');
    expect(activityText(entry('ACCEPT_REFUSED'), i18n('de'))).toBe(
      'Jemand bei Adatum Corporation wollte Ihre Beziehungsanfrage annehmen, aber das Land gehört zu einem anderen Markt als Ihres.',
    );
    const notAdmin = { type: 'ACCEPT_REFUSED' as const, summary: '', params: { customerName: 'Adatum Corporation', reason: 'NOT_GLOBAL_ADMIN' as const } };
    expect(activityText(notAdmin, i18n('en'))).toBe(
      'Someone at Adatum Corporation tried to accept your relationship request, but only a global administrator of their organisation can accept.',
    );
  });

  it('an entry recorded before entries had facts: the English summary in English, the kind of entry in German', () => {
    const old = { type: 'ORDER_PLACED' as const, summary: 'Sam Sales ordered 3 × Azure plan for Fabrikam AG.', params: null };
    expect(activityText(old, i18n('en'))).toBe(old.summary);
    expect(activityText(old, i18n('de'))).toBe(de['activity.ORDER_PLACED']);
  });

  it('reseller authorisations read from each side’s point of view, saying who ended them, in both languages', () => {
    const as = <T extends 'RESELLER_AUTHORIZATION_ACCEPTED' | 'RESELLER_AUTHORIZATION_ENDED'>(type: T, params: Partial<ActivityParamsByType[T]>) =>
      ({ type, summary: '', params: { ...SAMPLES[type], ...params } }) as const;
    expect(activityText(entry('RESELLER_AUTHORIZATION_ACCEPTED'), i18n('en'))).toBe('Petra Global of Proseware accepted your invitation: Proseware is now your indirect reseller.');
    expect(activityText(as('RESELLER_AUTHORIZATION_ACCEPTED', { side: 'RESELLER' }), i18n('de'))).toBe(
      'Petra Global hat die Einladung von Tailspin angenommen: Sie können jetzt Kunden über Tailspin einladen.',
    );
    expect(activityText(entry('RESELLER_AUTHORIZATION_ENDED'), i18n('de'))).toBe(
      'Tina Provider von Tailspin hat die Reseller-Autorisierung beendet: Sie können keine Kunden mehr über Tailspin einladen.',
    );
    expect(activityText(as('RESELLER_AUTHORIZATION_ENDED', { side: 'PROVIDER', endedBy: 'PROVIDER' }), i18n('en'))).toBe(
      'Tina Provider ended the reseller authorisation of Proseware: Proseware is no longer your indirect reseller.',
    );
    expect(activityText(as('RESELLER_AUTHORIZATION_ENDED', { side: 'PROVIDER', endedBy: 'PROVIDER', resellerName: null }), i18n('en'))).toBe(
      'Tina Provider withdrew an invitation to an indirect reseller; its link no longer works.',
    );
    expect(activityText({ type: 'RESELLER_AUTHORIZATION_INVITED', summary: '', params: { actorName: 'Tina Provider', recipientEmail: null } }, i18n('de'))).toBe(
      'Tina Provider hat einen indirekten Reseller eingeladen, über Sie zu verkaufen.',
    );
  });
});
