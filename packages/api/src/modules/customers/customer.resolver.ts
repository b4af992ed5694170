import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { adminRelationshipAt, daysUntil, expiringSoon, presetOfRoles, purchaseBlocker, type RelationshipType } from '@partnerlink/shared';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import type { Loaders } from '../../loaders.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { RelationshipEntity } from '../../db/entities/index.js';
import { CloudSubscription, toSubscription } from '../orders/order.type.js';
import { loadPartnerProfile, PartnerProfile, Relationship, toRelationship } from '../relationships/relationship.type.js';
import { CreateCustomerInput, CustomerAgreementInput, CustomersArgs } from './customer.inputs.js';
import type { CustomerService } from './customer.service.js';
import { customerListSelection } from './customer-selection.js';
import { AdminAccessSummary, Blocker, Customer, CustomerConnection, TenantLookup } from './customer.type.js';

/** The active relationship of a type, else the most recent one (rows come newest first). */
function current(rows: readonly RelationshipEntity[], type: RelationshipType): RelationshipEntity | undefined {
  const ofType = rows.filter((r) => r.type === type);
  return ofType.find((r) => r.status === 'ACTIVE') ?? ofType[0];
}

/**
 * Applies `use` to this partner's relationships with the customer: synchronously when the
 * customer list fetched them with the page, else through the request's batch loader.
 */
function withRelationships<T>(customer: Customer, loaders: Loaders, use: (rows: readonly RelationshipEntity[]) => T): T | Promise<T> {
  const rows = customer.partnerView?.relationships;
  return rows ? use(rows) : loaders.partnerRelationships.load(customer.id).then(use);
}

function blockerOf(customer: Customer, rows: readonly RelationshipEntity[]) {
  return purchaseBlocker({
    hasActiveReseller: rows.some((r) => r.type === 'RESELLER' && r.status === 'ACTIVE'),
    customerAgreementAccepted: customer.customerAgreementAccepted,
    indirectReseller: rows.some((r) => r.type === 'INDIRECT_RESELLER' && r.status === 'ACTIVE'),
  });
}

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly service: CustomerService) {}

  @Query(() => CustomerConnection, { description: "The partner's customers, sorted by name." })
  async customers(
    @Args(() => CustomersArgs) args: CustomersArgs,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const connection = await this.service.list(viewer, args, customerListSelection(info));
    // Other fields (a subscription's canChange) reach the relationships through the loader: complete rows only.
    for (const { node } of connection.edges) {
      const view = node.partnerView;
      if (view?.complete && view.relationships) loaders.partnerRelationships.prime(node.id, [...view.relationships]);
    }
    return connection;
  }

  @Query(() => Customer, { nullable: true, description: 'A customer of this partner; null for any other id.' })
  customer(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Query(() => TenantLookup, { nullable: true, description: 'Finds a customer tenant by its domain (public directory data).' })
  lookupTenant(@Arg('domain', () => String) domain: string) {
    return this.service.lookup(domain);
  }

  @Mutation(() => Customer, { description: 'Creates a new customer with an ACTIVE reseller relationship.' })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Customer, { description: "Records the customer's acceptance of the customer agreement (needed to purchase)." })
  recordCustomerAgreement(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('input', () => CustomerAgreementInput) input: CustomerAgreementInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.recordAgreement(viewer, customerId, input);
  }

  @FieldResolver(() => Relationship, {
    nullable: true,
    description: "This partner's reseller relationship: as reseller of record, or for an indirect reseller its INDIRECT_RESELLER relationship.",
  })
  resellerRelationship(@Root() customer: Customer, @Ctx() { loaders, clock }: Context) {
    return withRelationships(customer, loaders, (rows) => {
      const row = current(rows, 'RESELLER') ?? current(rows, 'INDIRECT_RESELLER');
      return row ? toRelationship(row, clock.now()) : null;
    });
  }

  @FieldResolver(() => Relationship, {
    nullable: true,
    description: "This partner's admin relationship (GDAP): the ACTIVE one, else the latest that ended; with its roles and end.",
  })
  adminRelationship(@Root() customer: Customer, @Ctx() { loaders, clock }: Context) {
    return withRelationships(customer, loaders, (rows) => {
      const row = current(rows, 'DELEGATED_ADMIN');
      return row ? toRelationship(row, clock.now()) : null;
    });
  }

  @FieldResolver(() => AdminAccessSummary, {
    nullable: true,
    description:
      "This partner's admin relationship in brief (roles or their preset, end, days left) while it is ACTIVE; null when there is none. " +
      'On the customer list it costs no query of its own.',
  })
  adminAccessSummary(@Root() customer: Customer, @Ctx() { loaders, clock }: Context) {
    const now = clock.now();
    return withRelationships(customer, loaders, (rows): AdminAccessSummary | null => {
      for (const row of rows) {
        if (row.type !== 'DELEGATED_ADMIN') continue;
        const term = adminRelationshipAt(row, now);
        if (term.status !== 'ACTIVE') continue;
        const roles = row.roles ?? [];
        return {
          relationshipId: row.id,
          roles,
          preset: presetOfRoles(roles),
          endsAt: term.endsAt,
          autoExtend: row.autoExtend,
          expiringSoon: term.endsAt !== null && expiringSoon(term.endsAt, now),
          daysLeft: term.endsAt === null ? null : daysUntil(term.endsAt, now),
        };
      }
      return null;
    });
  }

  @FieldResolver(() => PartnerProfile, {
    nullable: true,
    description:
      'Two tiers, for an indirect provider: the indirect reseller through whom the customer came (the one with an ACTIVE indirect reseller ' +
      'relationship through you, the most recent if several); null for a customer you serve directly, and for any other partner.',
  })
  async indirectReseller(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    const [latest] = await loaders.indirectResellers.load(customer.id);
    return loadPartnerProfile(loaders, latest?.partnerTenantId);
  }

  @FieldResolver(() => PartnerProfile, {
    nullable: true,
    description:
      "Two tiers, for an indirect reseller: the indirect provider that is the customer's reseller of record for you (places the orders, bills); " +
      'null for a partner that resells directly.',
  })
  indirectProvider(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return withRelationships(customer, loaders, async (rows) => {
      return loadPartnerProfile(loaders, current(rows, 'INDIRECT_RESELLER')?.indirectProviderTenantId);
    });
  }

  @FieldResolver(() => [Relationship], { description: "Every relationship with this partner, newest first." })
  relationships(@Root() customer: Customer, @Ctx() { loaders, clock }: Context) {
    const now = clock.now();
    return withRelationships(customer, loaders, (rows) => rows.map((row) => toRelationship(row, now)));
  }

  @FieldResolver(() => [CloudSubscription], { description: 'Subscriptions this partner sold to the customer.' })
  async subscriptions(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return (await loaders.partnerSubscriptions.load(customer.id)).map(toSubscription);
  }

  @FieldResolver(() => Int, { description: 'Active subscriptions from this partner.' })
  subscriptionCount(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return customer.partnerView?.activeSubscriptions ?? loaders.partnerActiveSubscriptionCount.load(customer.id);
  }

  @FieldResolver(() => Blocker, { nullable: true, description: 'Why this partner cannot purchase for the customer now.' })
  purchaseBlocker(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return withRelationships(customer, loaders, (rows) => blockerOf(customer, rows));
  }

  @FieldResolver(() => Boolean, { description: 'Whether this partner may purchase for the customer now.' })
  canPurchase(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return withRelationships(customer, loaders, (rows) => blockerOf(customer, rows) === null);
  }
}
