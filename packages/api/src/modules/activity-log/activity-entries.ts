import { adminRoleDefinition, type ActivityFacts } from '@partnerlink/shared';
import type { ActivityEntity, TenantEntity } from '../../db/entities/index.js';
import { activityRow } from '../../db/fixtures.js';
import { partiesOf, type DomainEvent } from '../../events/domain-events.js';

/** One entry of the partner's log, before its row is made: its facts and what it is about. */
interface Entry {
  readonly facts: ActivityFacts;
  readonly subjectId: string;
}

const iso = (date: Date | null) => date?.toISOString() ?? '';

const name = (tenant: TenantEntity | null) => tenant?.name ?? null;

/** The log entries an event makes, in the order they happened. */
/** How much of the admin access asked for the customer approved; nothing without admin access. */
function rolesApproved(event: Extract<DomainEvent, { type: 'RequestAccepted' }>): { approvedRoleCount?: number; requestedRoleCount?: number } {
  const requested = event.request.adminRoles;
  if (!requested) return {};
  return { approvedRoleCount: (event.request.approvedRoles ?? requested).length, requestedRoleCount: requested.length };
}

function entriesOf(event: DomainEvent): Entry[] {
  const actorName = event.actor?.displayName ?? '';
  switch (event.type) {
    case 'CustomerCreated': {
      const customerName = event.customer.name;
      return [
        { subjectId: event.customer.id, facts: { type: 'CUSTOMER_CREATED', params: { actorName, customerName, domain: event.customer.domain } } },
        {
          subjectId: event.relationship.id,
          facts: { type: 'RELATIONSHIP_CREATED', params: { customerName, relationshipType: event.relationship.type, origin: event.relationship.origin } },
        },
      ];
    }
    case 'CustomerAgreementRecorded':
      return [
        {
          subjectId: event.customer.id,
          facts: {
            type: 'AGREEMENT_ACCEPTED',
            params: { actorName, customerName: event.customer.name, signerName: event.customer.agreementSignerName ?? '', acceptedOn: event.acceptedOn },
          },
        },
      ];
    case 'RequestCreated':
    case 'BatchRequestCreated':
      return [
        {
          subjectId: event.request.id,
          facts: {
            type: 'REQUEST_CREATED',
            params: {
              actorName,
              customerName: name(event.customer),
              includesDelegatedAdmin: event.request.includesDelegatedAdmin,
              includesReseller: event.request.includesReseller,
              ...(event.request.adminRoles ? { adminRoleCount: event.request.adminRoles.length } : {}),
            },
          },
        },
      ];
    case 'RequestViewed':
      return [{ subjectId: event.request.id, facts: { type: 'REQUEST_VIEWED', params: {} } }];
    case 'RequestRenewed':
      return [
        {
          subjectId: event.request.id,
          facts: { type: 'REQUEST_RESENT', params: { actorName, wasExpired: event.wasExpired, reminderTo: event.reminderTo } },
        },
      ];
    case 'InvitationEmailed':
    case 'BatchInvitationEmailed':
      return [{ subjectId: event.request.id, facts: { type: 'REQUEST_EMAILED', params: { actorName, to: event.to } } }];
    case 'IndirectCustomerAccepted': {
      const customerName = event.customer.name;
      const entries: Entry[] = [];
      if (event.agreementAccepted) {
        entries.push({ subjectId: event.customer.id, facts: { type: 'AGREEMENT_ACCEPTED', params: { actorName, customerName, signerName: actorName, acceptedOn: null } } });
      }
      if (event.relationship) {
        const { type: relationshipType, origin } = event.relationship;
        entries.push({
          subjectId: event.relationship.id,
          facts: { type: 'RELATIONSHIP_CREATED', params: { customerName, relationshipType, origin, indirectPartnerName: event.reseller.name } },
        });
      }
      return entries;
    }
    case 'RequestAccepted': {
      const customerName = event.customer.name;
      const agreement: Entry[] = event.agreementAccepted
        ? [
            {
              subjectId: event.customer.id,
              facts: { type: 'AGREEMENT_ACCEPTED', params: { actorName, customerName, signerName: actorName, acceptedOn: null } },
            },
          ]
        : [];
      return [
        ...agreement,
        { subjectId: event.request.id, facts: { type: 'REQUEST_ACCEPTED', params: { actorName, customerName, ...rolesApproved(event) } } },
        ...event.relationships.map(
          (relationship): Entry => ({
            subjectId: relationship.id,
            facts: {
              type: 'RELATIONSHIP_CREATED',
              params: {
                customerName,
                relationshipType: relationship.type,
                origin: relationship.origin,
                ...(relationship.type === 'INDIRECT_RESELLER' && event.indirectProvider ? { indirectPartnerName: event.indirectProvider.name } : {}),
              },
            },
          }),
        ),
      ];
    }
    case 'RequestDeclined': {
      const { declineReason: reason, declineReasonText: reasonText } = event.request;
      return [{ subjectId: event.request.id, facts: { type: 'REQUEST_DECLINED', params: { actorName, customerName: event.customer.name, reason, reasonText } } }];
    }
    case 'AcceptRefused':
      return [{ subjectId: event.request.id, facts: { type: 'ACCEPT_REFUSED', params: { customerName: event.customer.name, reason: event.reason } } }];
    case 'RequestRevoked':
      return [{ subjectId: event.request.id, facts: { type: 'REQUEST_REVOKED', params: { actorName } } }];
    case 'RequestExpired':
      return [
        { subjectId: event.request.id, facts: { type: 'REQUEST_EXPIRED', params: { expiredOn: event.request.expiresAt.toISOString().slice(0, 10) } } },
      ];
    case 'RelationshipsEnded': {
      const [first] = event.relationships;
      return event.relationships.map(
        (relationship): Entry => ({
          subjectId: relationship.id,
          facts: {
            type: 'RELATIONSHIP_ENDED',
            params: {
              actorName,
              customerName: event.customer.name,
              partnerName: event.partner.name,
              relationshipType: relationship.type,
              endedBy: event.side,
              alongWithReseller: relationship !== first,
            },
          },
        }),
      );
    }
    case 'RelationshipEndRequested':
      return [
        {
          subjectId: event.relationship.id,
          facts: {
            type: 'RELATIONSHIP_END_REQUESTED',
            params: { actorName, customerName: event.customer.name, subscriptionCount: event.subscriptions.length, message: event.message },
          },
        },
      ];
    case 'OrderPlaced':
      return [
        {
          subjectId: event.order.id,
          facts: {
            type: 'ORDER_PLACED',
            params: { actorName, customerName: event.customer.name, productName: event.product.name, quantity: event.order.quantity },
          },
        },
      ];
    case 'SubscriptionChanged':
      return [
        {
          subjectId: event.subscription.id,
          facts: {
            type: 'SUBSCRIPTION_CHANGED',
            params: {
              actorName,
              customerName: event.customer.name,
              productName: event.product.name,
              fromQuantity: event.before.quantity,
              fromStatus: event.before.status,
              toQuantity: event.subscription.quantity,
              toStatus: event.subscription.status,
            },
          },
        },
      ];
    case 'AdminRolesRemoved':
      return [
        {
          subjectId: event.relationship.id,
          facts: {
            type: 'ADMIN_ROLES_REMOVED',
            params: {
              actorName,
              customerName: event.customer.name,
              removedRoles: event.removedRoles.map((role) => adminRoleDefinition(role).displayName),
              remainingRoles: (event.relationship.roles ?? []).map((role) => adminRoleDefinition(role).displayName),
            },
          },
        },
      ];
    case 'ApiKeyCreated':
      return [
        {
          subjectId: event.key.id,
          facts: { type: 'API_KEY_CREATED', params: { actorName, keyName: event.key.name, scopes: event.key.scopes.split(',').filter(Boolean) } },
        },
      ];
    case 'ApiKeyRevoked':
      return [{ subjectId: event.key.id, facts: { type: 'API_KEY_REVOKED', params: { actorName, keyName: event.key.name } } }];
    case 'AdminRelationshipExpiring': {
      const { relationship } = event;
      return [
        {
          subjectId: relationship.id,
          facts: {
            type: 'ADMIN_RELATIONSHIP_EXPIRING',
            params: {
              customerName: event.customer.name,
              displayName: relationship.displayName,
              reminderDays: event.reminderDays,
              daysLeft: event.daysLeft,
              endsAt: iso(relationship.endsAt),
            },
          },
        },
      ];
    }
    case 'AdminRelationshipExpired': {
      const { relationship } = event;
      return [
        {
          subjectId: relationship.id,
          facts: {
            type: 'ADMIN_RELATIONSHIP_EXPIRED',
            params: { customerName: event.customer.name, displayName: relationship.displayName, endedAt: iso(relationship.endsAt) },
          },
        },
      ];
    }
    case 'AdminRelationshipExtended': {
      const { relationship } = event;
      return [
        {
          subjectId: relationship.id,
          facts: {
            type: 'ADMIN_RELATIONSHIP_EXTENDED',
            params: {
              customerName: event.customer.name,
              displayName: relationship.displayName,
              previousEndsAt: event.previousEndsAt.toISOString(),
              endsAt: iso(relationship.endsAt),
            },
          },
        },
      ];
    }
    case 'ResellerAuthorizationInvited':
      return [
        {
          subjectId: event.authorization.id,
          facts: { type: 'RESELLER_AUTHORIZATION_INVITED', params: { actorName, recipientEmail: event.authorization.recipientEmail } },
        },
      ];
    case 'RequestBatchCreated': {
      const { batch } = event;
      return [
        {
          subjectId: batch.id,
          facts: {
            type: 'REQUEST_BATCH_CREATED',
            params: { actorName, total: batch.totalRows, created: batch.createdRows, blocked: batch.blockedRows, invalid: batch.invalidRows },
          },
        },
      ];
    }
    case 'RequestBatchCompleted': {
      const { counts } = event;
      return [
        {
          subjectId: event.batch.id,
          facts: {
            type: 'REQUEST_BATCH_COMPLETED',
            params: { actorName: event.creatorName, total: counts.total, created: counts.created, sent: counts.sent, sendFailed: counts.sendFailed },
          },
        },
      ];
    }
    case 'ResellerAuthorizationAccepted':
      return [
        {
          subjectId: event.authorization.id,
          facts: {
            type: 'RESELLER_AUTHORIZATION_ACCEPTED',
            params: { actorName, providerName: event.provider.name, resellerName: event.reseller.name, side: event.side },
          },
        },
      ];
    case 'ResellerAuthorizationEnded':
      return [
        {
          subjectId: event.authorization.id,
          facts: {
            type: 'RESELLER_AUTHORIZATION_ENDED',
            params: {
              actorName,
              providerName: event.provider.name,
              resellerName: event.reseller?.name ?? null,
              side: event.side,
              endedBy: event.authorization.endedBySide ?? event.side,
            },
          },
        },
      ];
  }
}

/** The activity rows an event writes to the partner's log (the before-commit activity writer). */
export function activityEntries(event: DomainEvent): ActivityEntity[] {
  const { partnerTenantId, customerTenantId } = partiesOf(event);
  return entriesOf(event).map((entry) =>
    activityRow({
      partnerTenantId,
      customerTenantId,
      subjectId: entry.subjectId,
      facts: entry.facts,
      actorUserId: event.actor?.userId ?? null,
      actorTenantId: event.actor?.tenantId ?? null,
      createdAt: event.at,
    }),
  );
}
