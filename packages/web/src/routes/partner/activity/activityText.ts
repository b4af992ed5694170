import type { ActivityFacts, ActivityType } from '@partnerlink/shared';
import type { I18n } from '../../../i18n/I18nProvider.js';
import type { MessageKey } from '../../../messages/en.js';

/** An activity entry as the API serves it. */
export interface ActivityEntryText {
  readonly type: ActivityType;
  /** The server's English sentence, written at the time. */
  readonly summary: string;
  /** The entry's facts (ActivityParamsByType); null on entries recorded before entries had them. */
  readonly params: unknown;
}

/** The entry's facts, when it has them: the server writes `params` per ActivityParamsByType for the entry's type. */
function factsOf(entry: ActivityEntryText): ActivityFacts | null {
  const { params } = entry;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return null;
  return { type: entry.type, params } as ActivityFacts;
}

type Text = readonly [MessageKey, Readonly<Record<string, string | number>>?];

/** The catalog sentence of an entry and what fills it. */
function sentence(facts: ActivityFacts, i18n: Pick<I18n, 't' | 'date'>): Text {
  const { t, date } = i18n;
  switch (facts.type) {
    case 'CUSTOMER_CREATED':
      return ['activity.text.CUSTOMER_CREATED', facts.params];
    case 'REQUEST_CREATED': {
      const { actorName, customerName, includesDelegatedAdmin, includesReseller, adminRoleCount } = facts.params;
      if (includesReseller === false && customerName && adminRoleCount !== undefined) {
        return [adminRoleCount === 1 ? 'activity.text.REQUEST_CREATED.adminOnly.one' : 'activity.text.REQUEST_CREATED.adminOnly', { actorName, customerName, count: adminRoleCount }];
      }
      if (customerName) {
        return [includesDelegatedAdmin ? 'activity.text.REQUEST_CREATED.customerAdmin' : 'activity.text.REQUEST_CREATED.customer', { actorName, customerName }];
      }
      return [includesDelegatedAdmin ? 'activity.text.REQUEST_CREATED.admin' : 'activity.text.REQUEST_CREATED', { actorName }];
    }
    case 'REQUEST_VIEWED':
      return ['activity.text.REQUEST_VIEWED'];
    case 'REQUEST_RESENT': {
      const { actorName, wasExpired, reminderTo } = facts.params;
      if (reminderTo) return [wasExpired ? 'activity.text.REQUEST_RESENT.reminderExpired' : 'activity.text.REQUEST_RESENT.reminder', { actorName, reminderTo }];
      return [wasExpired ? 'activity.text.REQUEST_RESENT.expired' : 'activity.text.REQUEST_RESENT', { actorName }];
    }
    case 'REQUEST_EMAILED':
      return ['activity.text.REQUEST_EMAILED', facts.params];
    case 'REQUEST_ACCEPTED': {
      const { actorName, customerName, approvedRoleCount, requestedRoleCount } = facts.params;
      if (approvedRoleCount !== undefined && requestedRoleCount !== undefined) {
        return ['activity.text.REQUEST_ACCEPTED.roles', { actorName, customerName, approved: approvedRoleCount, requested: requestedRoleCount }];
      }
      return ['activity.text.REQUEST_ACCEPTED', { actorName, customerName }];
    }
    case 'REQUEST_DECLINED': {
      const { actorName, customerName, reason, reasonText } = facts.params;
      const text = reasonText ?? '';
      if (!reason) return ['activity.text.REQUEST_DECLINED', { actorName, customerName }];
      if (reason === 'OTHER') return ['activity.text.REQUEST_DECLINED.said', { actorName, customerName, text }];
      return [text ? 'activity.text.REQUEST_DECLINED.reasonSaid' : 'activity.text.REQUEST_DECLINED.reason', { actorName, customerName, reason: t(`declineReason.${reason}`), text }];
    }
    case 'ACCEPT_REFUSED':
      return [`activity.text.ACCEPT_REFUSED.${facts.params.reason}`, { customerName: facts.params.customerName }];
    case 'REQUEST_REVOKED':
      return ['activity.text.REQUEST_REVOKED', facts.params];
    case 'REQUEST_EXPIRED':
      return ['activity.text.REQUEST_EXPIRED', { expiredOn: date(`${facts.params.expiredOn}T00:00:00Z`) }];
    case 'AGREEMENT_ACCEPTED': {
      const { actorName, customerName, signerName, acceptedOn } = facts.params;
      if (acceptedOn) return ['activity.text.AGREEMENT_ACCEPTED.recorded', { actorName, customerName, signerName, acceptedOn: date(`${acceptedOn}T00:00:00Z`) }];
      return ['activity.text.AGREEMENT_ACCEPTED', { actorName, customerName }];
    }
    case 'RELATIONSHIP_CREATED': {
      const { customerName, relationshipType, origin, indirectPartnerName } = facts.params;
      if (relationshipType === 'RESELLER' && origin === 'NEW_CUSTOMER') return ['activity.text.RELATIONSHIP_CREATED.newCustomer', { customerName }];
      // Two tiers: each partner's entry names the other tier (the reseller it came through, the provider it goes through).
      if (indirectPartnerName && relationshipType !== 'DELEGATED_ADMIN') {
        return [`activity.text.RELATIONSHIP_CREATED.${relationshipType}.through`, { customerName, indirectPartnerName }];
      }
      return [`activity.text.RELATIONSHIP_CREATED.${relationshipType}`, { customerName }];
    }
    case 'RELATIONSHIP_ENDED': {
      const { actorName, customerName, partnerName, relationshipType, endedBy, alongWithReseller } = facts.params;
      const key: MessageKey = alongWithReseller
        ? `activity.text.RELATIONSHIP_ENDED.along.${endedBy}`
        : `activity.text.RELATIONSHIP_ENDED.${relationshipType}.${endedBy}`;
      return [key, { actorName, customerName, partnerName }];
    }
    case 'RELATIONSHIP_END_REQUESTED': {
      const { actorName, customerName, subscriptionCount, message } = facts.params;
      return message
        ? ['activity.text.RELATIONSHIP_END_REQUESTED.message', { actorName, customerName, subscriptionCount, message }]
        : ['activity.text.RELATIONSHIP_END_REQUESTED', { actorName, customerName, subscriptionCount }];
    }
    case 'ORDER_PLACED':
      return ['activity.text.ORDER_PLACED', facts.params];
    case 'SUBSCRIPTION_CHANGED': {
      const { fromStatus, toStatus, ...rest } = facts.params;
      const status = (value: string) => (isSubscriptionStatus(value) ? t(`detail.sub.${value}`) : value);
      return ['activity.text.SUBSCRIPTION_CHANGED', { ...rest, fromStatus: status(fromStatus), toStatus: status(toStatus) }];
    }
    case 'API_KEY_CREATED': {
      const { actorName, keyName, scopes } = facts.params;
      const names = scopes.map((scope) => (scope === 'READ' || scope === 'WRITE' ? t(`apiKeys.scope.${scope}`) : scope));
      return ['activity.text.API_KEY_CREATED', { actorName, keyName, scopes: names.join(', ') }];
    }
    case 'API_KEY_REVOKED':
      return ['activity.text.API_KEY_REVOKED', facts.params];
    case 'ADMIN_RELATIONSHIP_EXPIRING': {
      const { customerName, displayName, daysLeft, endsAt } = facts.params;
      const one = daysLeft === 1 ? '.one' : '';
      return displayName
        ? [`activity.text.ADMIN_RELATIONSHIP_EXPIRING.named${one}`, { customerName, displayName, daysLeft, endsAt: date(endsAt) }]
        : [`activity.text.ADMIN_RELATIONSHIP_EXPIRING${one}`, { customerName, daysLeft, endsAt: date(endsAt) }];
    }
    case 'ADMIN_RELATIONSHIP_EXPIRED': {
      const { customerName, displayName, endedAt } = facts.params;
      return displayName
        ? ['activity.text.ADMIN_RELATIONSHIP_EXPIRED.named', { customerName, displayName, endedAt: date(endedAt) }]
        : ['activity.text.ADMIN_RELATIONSHIP_EXPIRED', { customerName, endedAt: date(endedAt) }];
    }
    case 'ADMIN_RELATIONSHIP_EXTENDED': {
      const { customerName, displayName, previousEndsAt, endsAt } = facts.params;
      const dates = { previousEndsAt: date(previousEndsAt), endsAt: date(endsAt) };
      return displayName
        ? ['activity.text.ADMIN_RELATIONSHIP_EXTENDED.named', { customerName, displayName, ...dates }]
        : ['activity.text.ADMIN_RELATIONSHIP_EXTENDED', { customerName, ...dates }];
    }
    case 'ADMIN_ROLES_REMOVED': {
      const { actorName, customerName, removedRoles, remainingRoles } = facts.params;
      return ['activity.text.ADMIN_ROLES_REMOVED', { actorName, customerName, removedRoles: removedRoles.join(', '), remainingRoles: remainingRoles.join(', ') }];
    }
    case 'RESELLER_AUTHORIZATION_INVITED': {
      const { actorName, recipientEmail } = facts.params;
      return recipientEmail ? ['activity.text.RESELLER_AUTHORIZATION_INVITED', { actorName, recipientEmail }] : ['activity.text.RESELLER_AUTHORIZATION_INVITED.anyone', { actorName }];
    }
    case 'RESELLER_AUTHORIZATION_ACCEPTED': {
      const { actorName, providerName, resellerName, side } = facts.params;
      return [`activity.text.RESELLER_AUTHORIZATION_ACCEPTED.${side}`, { actorName, providerName, resellerName }];
    }
    case 'RESELLER_AUTHORIZATION_ENDED': {
      const { actorName, providerName, resellerName, side, endedBy } = facts.params;
      if (resellerName === null) return ['activity.text.RESELLER_AUTHORIZATION_ENDED.withdrawn', { actorName }];
      return [`activity.text.RESELLER_AUTHORIZATION_ENDED.${side}.${endedBy}`, { actorName, providerName, resellerName }];
    }
    case 'REQUEST_BATCH_CREATED': {
      const { actorName, total, created, blocked, invalid } = facts.params;
      return ['activity.text.REQUEST_BATCH_CREATED', { actorName, total, created, blocked, invalid }];
    }
    case 'REQUEST_BATCH_COMPLETED': {
      const { actorName, created, sent, sendFailed } = facts.params;
      return sent + sendFailed === 0
        ? ['activity.text.REQUEST_BATCH_COMPLETED.links', { actorName, created }]
        : ['activity.text.REQUEST_BATCH_COMPLETED.sent', { created, sent, sendFailed }];
    }
  }
}

function isSubscriptionStatus(value: string): value is 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' {
  return value === 'ACTIVE' || value === 'SUSPENDED' || value === 'CANCELLED';
}

/**
 * What an entry says, in the page's language, from its facts. An entry without facts (recorded
 * before they existed) shows the server's English sentence on the English page and the kind of
 * entry on the others, so no page mixes languages.
 */
export function activityText(entry: ActivityEntryText, i18n: Pick<I18n, 't' | 'date' | 'locale'>): string {
  const facts = factsOf(entry);
  if (!facts) return i18n.locale === 'en' ? entry.summary : i18n.t(`activity.${entry.type}`);
  const [key, params] = sentence(facts, i18n);
  return i18n.t(key, params);
}
