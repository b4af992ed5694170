import type { AcceptRefusal, DeclineReason } from './decline-reason.js';
import type { ActivityType, EndedBySide, RelationshipOrigin, RelationshipType } from './relationships.js';
import type { AuthorizationSide } from './reseller-authorization.js';

/**
 * What an activity-log entry records besides its type: names and figures as they were at the
 * time, so the entry reads the same later and in any language. The api stores them as JSON with
 * the entry and serves them as `ActivityEntry.params`; the web renders them from its catalogs.
 * Entries written before these existed have none (the web shows their English `summary`).
 */
export interface ActivityParamsByType {
  CUSTOMER_CREATED: { actorName: string; customerName: string; domain: string };
  /**
   * `includesReseller`: false for admin access alone (requestAdminRelationship); absent on entries
   * written before admin relationships had roles, which all asked for a reseller relationship.
   * `adminRoleCount`: how many admin roles were asked for (absent without admin access).
   */
  REQUEST_CREATED: { actorName: string; customerName: string | null; includesDelegatedAdmin: boolean; includesReseller?: boolean; adminRoleCount?: number };
  REQUEST_VIEWED: Record<string, never>;
  /** `reminderTo`: the address a reminder went to; null when the partner renewed the link by hand. */
  REQUEST_RESENT: { actorName: string; wasExpired: boolean; reminderTo: string | null };
  REQUEST_EMAILED: { actorName: string; to: string };
  /** With admin access asked for: how many roles the customer approved of how many asked (absent on older entries). */
  REQUEST_ACCEPTED: { actorName: string; customerName: string; approvedRoleCount?: number; requestedRoleCount?: number };
  /** `reason` and `reasonText`: why, when the customer said (absent on older entries). */
  REQUEST_DECLINED: { actorName: string; customerName: string; reason?: DeclineReason | null; reasonText?: string | null };
  /** `customerName`: the organisation whose user tried (never the person); `reason`: what refused the accept. */
  ACCEPT_REFUSED: { customerName: string; reason: AcceptRefusal };
  REQUEST_REVOKED: { actorName: string };
  /** `expiredOn`: the day the link stopped working (YYYY-MM-DD, UTC). */
  REQUEST_EXPIRED: { expiredOn: string };
  /** `acceptedOn` (YYYY-MM-DD) only when a partner recorded an agreement signed elsewhere. */
  AGREEMENT_ACCEPTED: { actorName: string; customerName: string; signerName: string; acceptedOn: string | null };
  /**
   * `indirectPartnerName`: on a two-tier acceptance (DESIGN.md rule 15), the other tier's partner: for the
   * provider's RESELLER relationship the indirect reseller the customer came through, for the reseller's
   * INDIRECT_RESELLER relationship its indirect provider (absent otherwise).
   */
  RELATIONSHIP_CREATED: { customerName: string; relationshipType: RelationshipType; origin: RelationshipOrigin; indirectPartnerName?: string | null };
  /** `alongWithReseller`: an admin relationship ended together with the reseller relationship. */
  RELATIONSHIP_ENDED: {
    actorName: string;
    customerName: string;
    partnerName: string;
    relationshipType: RelationshipType;
    endedBy: EndedBySide;
    alongWithReseller: boolean;
  };
  RELATIONSHIP_END_REQUESTED: { actorName: string; customerName: string; subscriptionCount: number; message: string | null };
  ORDER_PLACED: { actorName: string; customerName: string; productName: string; quantity: number };
  SUBSCRIPTION_CHANGED: {
    actorName: string;
    customerName: string;
    productName: string;
    fromQuantity: number;
    fromStatus: string;
    toQuantity: number;
    toStatus: string;
  };
  API_KEY_CREATED: { actorName: string; keyName: string; scopes: string[] };
  API_KEY_REVOKED: { actorName: string; keyName: string };
  /**
   * A reminder: `reminderDays` is the threshold reached (30, 7 or 1), `daysLeft` the whole days
   * still left then, rounded up (the same unless the server was down), `endsAt` the exact end (ISO 8601).
   */
  ADMIN_RELATIONSHIP_EXPIRING: { customerName: string; displayName: string | null; reminderDays: number; daysLeft: number; endsAt: string };
  /** `endedAt`: the exact end it reached (ISO 8601), whenever the server noticed. */
  ADMIN_RELATIONSHIP_EXPIRED: { customerName: string; displayName: string | null; endedAt: string };
  /** `previousEndsAt` the end it reached, `endsAt` the new one (ISO 8601); 180 days later, or a multiple after an outage. */
  ADMIN_RELATIONSHIP_EXTENDED: { customerName: string; displayName: string | null; previousEndsAt: string; endsAt: string };
  /** Roles by Microsoft's names (the same in every language): those removed and those the partner keeps. */
  ADMIN_ROLES_REMOVED: { actorName: string; customerName: string; removedRoles: string[]; remainingRoles: string[] };
  /** The provider's log: who invited, and whom the link is for (null: nobody named). */
  RESELLER_AUTHORIZATION_INVITED: { actorName: string; recipientEmail: string | null };
  /** `side`: whose log the entry is in (the provider's or the reseller's); `actorName` is the reseller's user who accepted. */
  RESELLER_AUTHORIZATION_ACCEPTED: { actorName: string; providerName: string; resellerName: string; side: AuthorizationSide };
  /**
   * `side`: whose log the entry is in; `endedBy`: which side ended it. `resellerName` is null when
   * the provider withdrew an invitation nobody had accepted (only the provider's log has that entry).
   */
  RESELLER_AUTHORIZATION_ENDED: { actorName: string; providerName: string; resellerName: string | null; side: AuthorizationSide; endedBy: AuthorizationSide };
  /** The rows of a new batch: how many, and how many became requests, were blocked by a rule or were not valid. */
  REQUEST_BATCH_CREATED: { actorName: string; total: number; created: number; blocked: number; invalid: number };
  /** `sent`/`sendFailed`: the emails that went out and those that did not (both 0 when the partner took the links). */
  REQUEST_BATCH_COMPLETED: { actorName: string; total: number; created: number; sent: number; sendFailed: number };
}

export type ActivityParams<T extends ActivityType = ActivityType> = ActivityParamsByType[T];

/** An entry's type with its parameters, as one value the renderers switch on. */
export type ActivityFacts = { [T in ActivityType]: { readonly type: T; readonly params: ActivityParamsByType[T] } }[ActivityType];

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const adminName = (displayName: string | null) => (displayName ? ` "${displayName}"` : '');
const rolesAsked = (count: number | undefined) => (count === undefined ? '' : count === 1 ? ' (1 role)' : ` (${count} roles)`);

/** A decline's reason in English (the api's summary, emails and the English catalog say the same). */
export const DECLINE_REASON_ENGLISH: { readonly [R in DeclineReason]: string } = {
  NOT_EXPECTED: 'we did not expect this request',
  WRONG_PARTNER: 'we work with another partner',
  NOT_NOW: 'not now',
  OTHER: 'other',
};

const ACCEPT_REFUSAL_ENGLISH: { readonly [R in AcceptRefusal]: string } = {
  WRONG_MARKET: 'their country is in another market than yours',
  WRONG_CLOUD: 'their organisation is in another Microsoft cloud than yours',
  NOT_GLOBAL_ADMIN: 'only a global administrator of their organisation can accept',
};

const RELATIONSHIP_NAME_ENGLISH: { readonly [T in RelationshipType]: string } = {
  RESELLER: 'Reseller relationship',
  DELEGATED_ADMIN: 'Admin permissions',
  INDIRECT_RESELLER: 'Indirect reseller relationship',
};
const relationshipName = (type: RelationshipType) => RELATIONSHIP_NAME_ENGLISH[type];

/**
 * The English sentence of an entry: the api's `summary` (third parties read it) and the web's
 * English text. Other languages render the same facts from their own catalogs.
 */
export function activitySummary(facts: ActivityFacts): string {
  switch (facts.type) {
    case 'CUSTOMER_CREATED': {
      const p = facts.params;
      return `${p.actorName} added the new customer ${p.customerName} (${p.domain}).`;
    }
    case 'REQUEST_CREATED': {
      const p = facts.params;
      if (p.includesReseller === false) return `${p.actorName} asked ${p.customerName ?? 'a customer'} for admin access${rolesAsked(p.adminRoleCount)}.`;
      return `${p.actorName} requested a reseller relationship${p.includesDelegatedAdmin ? ' with admin permissions' : ''}${p.customerName ? ` from ${p.customerName}` : ''}.`;
    }
    case 'REQUEST_VIEWED':
      return 'The customer opened the invitation link.';
    case 'REQUEST_RESENT': {
      const p = facts.params;
      if (p.reminderTo) {
        return `${p.actorName} sent a reminder with a renewed link${p.wasExpired ? ' (the request had expired; it has a new expiry)' : ''} to ${p.reminderTo}.`;
      }
      return p.wasExpired
        ? `${p.actorName} renewed a relationship request after it expired: a new link with a new expiry; the previous link no longer works.`
        : `${p.actorName} renewed the link of a relationship request; the previous link no longer works.`;
    }
    case 'REQUEST_EMAILED':
      return `${facts.params.actorName} emailed the invitation to ${facts.params.to}.`;
    case 'REQUEST_ACCEPTED': {
      const p = facts.params;
      const approved = p.approvedRoleCount !== undefined && p.requestedRoleCount !== undefined ? ` and approved ${p.approvedRoleCount} of ${p.requestedRoleCount} admin roles` : '';
      return `${p.actorName} of ${p.customerName} accepted your relationship request${approved}.`;
    }
    case 'REQUEST_DECLINED': {
      const p = facts.params;
      const said = p.reasonText ? `“${p.reasonText}”` : '';
      const why = !p.reason ? '' : p.reason === 'OTHER' ? ` Reason: ${said}` : ` Reason: ${DECLINE_REASON_ENGLISH[p.reason]}.${said ? ` ${said}` : ''}`;
      return `${p.actorName} of ${p.customerName} declined your relationship request.${why}`;
    }
    case 'ACCEPT_REFUSED':
      return `Someone at ${facts.params.customerName} tried to accept your relationship request, but ${ACCEPT_REFUSAL_ENGLISH[facts.params.reason]}.`;
    case 'REQUEST_REVOKED':
      return `${facts.params.actorName} revoked a relationship request; its link no longer works.`;
    case 'REQUEST_EXPIRED':
      return `A relationship request expired unanswered on ${facts.params.expiredOn}.`;
    case 'AGREEMENT_ACCEPTED': {
      const p = facts.params;
      return p.acceptedOn
        ? `${p.actorName} recorded that ${p.signerName} accepted the customer agreement for ${p.customerName} on ${p.acceptedOn}.`
        : `${p.actorName} accepted the customer agreement for ${p.customerName}.`;
    }
    case 'RELATIONSHIP_CREATED': {
      const p = facts.params;
      const how = p.origin === 'NEW_CUSTOMER' ? 'created with the new customer' : 'now active';
      if (p.indirectPartnerName && p.relationshipType === 'RESELLER') {
        return `Reseller relationship with ${p.customerName} now active: the customer came through your indirect reseller ${p.indirectPartnerName}.`;
      }
      if (p.indirectPartnerName && p.relationshipType === 'INDIRECT_RESELLER') {
        return `Indirect reseller relationship with ${p.customerName} now active, through your indirect provider ${p.indirectPartnerName}.`;
      }
      return `${relationshipName(p.relationshipType)} with ${p.customerName} ${how}.`;
    }
    case 'RELATIONSHIP_ENDED': {
      const p = facts.params;
      const along = p.alongWithReseller ? ' together with the reseller relationship' : '';
      return p.endedBy === 'PARTNER'
        ? `${relationshipName(p.relationshipType)} with ${p.customerName} ended${along} by ${p.actorName}.`
        : `${relationshipName(p.relationshipType)} ended${along} by ${p.actorName} of ${p.customerName} (customer side); ${p.partnerName} no longer has it.`;
    }
    case 'RELATIONSHIP_END_REQUESTED': {
      const p = facts.params;
      return (
        `${p.actorName} of ${p.customerName} asks you to cancel ${p.subscriptionCount} active subscription(s) ` +
        `so that the reseller relationship can end.${p.message ? ` Message: “${p.message}”` : ''}`
      );
    }
    case 'ORDER_PLACED': {
      const p = facts.params;
      return `${p.actorName} ordered ${p.quantity} × ${p.productName} for ${p.customerName}.`;
    }
    case 'SUBSCRIPTION_CHANGED': {
      const p = facts.params;
      return `${p.actorName} changed ${p.productName} for ${p.customerName} from ${p.fromQuantity} ${p.fromStatus.toLowerCase()} to ${p.toQuantity} ${p.toStatus.toLowerCase()}.`;
    }
    case 'API_KEY_CREATED': {
      const p = facts.params;
      return `${p.actorName} created the API key "${p.keyName}" (${p.scopes.join(', ').toLowerCase()}).`;
    }
    case 'API_KEY_REVOKED':
      return `${facts.params.actorName} revoked the API key "${facts.params.keyName}".`;
    case 'ADMIN_RELATIONSHIP_EXPIRING': {
      const p = facts.params;
      const left = p.daysLeft === 1 ? '1 day' : `${p.daysLeft} days`;
      return `Admin relationship${adminName(p.displayName)} with ${p.customerName} ends in ${left}, on ${p.endsAt.slice(0, 10)}; ask the customer to renew it.`;
    }
    case 'ADMIN_RELATIONSHIP_EXPIRED': {
      const p = facts.params;
      return `Admin relationship${adminName(p.displayName)} with ${p.customerName} expired on ${p.endedAt.slice(0, 10)}.`;
    }
    case 'ADMIN_RELATIONSHIP_EXTENDED': {
      const p = facts.params;
      return `Admin relationship${adminName(p.displayName)} with ${p.customerName} was extended automatically; it now ends on ${p.endsAt.slice(0, 10)}.`;
    }
    case 'ADMIN_ROLES_REMOVED': {
      const p = facts.params;
      return `${p.actorName} of ${p.customerName} removed ${p.removedRoles.join(', ')} from your admin access; you keep ${p.remainingRoles.join(', ')}.`;
    }
    case 'RESELLER_AUTHORIZATION_INVITED': {
      const p = facts.params;
      return `${p.actorName} invited ${p.recipientEmail ?? 'an indirect reseller'} to sell through you (a reseller authorisation link).`;
    }
    case 'RESELLER_AUTHORIZATION_ACCEPTED': {
      const p = facts.params;
      return p.side === 'PROVIDER'
        ? `${p.actorName} of ${p.resellerName} accepted your invitation: ${p.resellerName} is now your indirect reseller.`
        : `${p.actorName} accepted the invitation of ${p.providerName}: you can now invite customers through ${p.providerName}.`;
    }
    case 'REQUEST_BATCH_CREATED': {
      const p = facts.params;
      return `${p.actorName} created a batch of ${plural(p.total, 'row')}: ${plural(p.created, 'request')} created, ${p.blocked} blocked, ${p.invalid} not valid.`;
    }
    case 'REQUEST_BATCH_COMPLETED': {
      const p = facts.params;
      return p.sent + p.sendFailed === 0
        ? `A batch of ${plural(p.total, 'row')} is complete: ${plural(p.created, 'request')}, links handed out to ${p.actorName}.`
        : `A batch of ${plural(p.total, 'row')} is complete: ${plural(p.sent, 'email')} sent, ${p.sendFailed} not sent.`;
    }
    case 'RESELLER_AUTHORIZATION_ENDED': {
      const p = facts.params;
      if (p.resellerName === null) return `${p.actorName} withdrew an invitation to an indirect reseller; its link no longer works.`;
      const other = p.side === 'PROVIDER' ? p.resellerName : p.providerName;
      const what = p.side === 'PROVIDER' ? `${p.resellerName} is no longer your indirect reseller` : `you can no longer invite customers through ${p.providerName}`;
      return p.side === p.endedBy
        ? `${p.actorName} ended the reseller authorisation with ${other}: ${what}.`
        : `${p.actorName} of ${other} ended the reseller authorisation: ${what}.`;
    }
  }
}
