import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { purchaseBlocker, type Action, type RelationshipType } from '@partnerlink/shared';
import type { Context, Viewer } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { RelationshipEntity } from '../../db/entities/index.js';
import { CloudSubscription, toSubscription } from '../orders/order.type.js';
import { Relationship, toRelationship } from '../relationships/relationship.type.js';
import { CreateCustomerInput, CustomerAgreementInput, CustomersArgs } from './customer.inputs.js';
import type { CustomerService } from './customer.service.js';
import { Blocker, Customer, CustomerConnection, TenantLookup } from './customer.type.js';

/** The active relationship of a type, else the most recent one (rows come newest first). */
function current(rows: RelationshipEntity[], type: RelationshipType): RelationshipEntity | undefined {
  const ofType = rows.filter((r) => r.type === type);
  return ofType.find((r) => r.status === 'ACTIVE') ?? ofType[0];
}

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly service: CustomerService) {}

  @Authorized<Action>('customer.read')
  @Query(() => CustomerConnection, { description: "The partner's customers, sorted by name." })
  customers(@Args(() => CustomersArgs) args: CustomersArgs, @CurrentViewer() viewer: Viewer, @Ctx() { loaders }: Context) {
    return this.service.list(viewer, args, loaders);
  }

  @Authorized<Action>('customer.read')
  @Query(() => Customer, { nullable: true, description: 'A customer of this partner; null for any other id.' })
  customer(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.service.get(viewer, id);
  }

  @Authorized<Action>('relationshipRequest.read')
  @Query(() => TenantLookup, { nullable: true, description: 'Finds a customer tenant by its domain (public directory data).' })
  lookupTenant(@Arg('domain', () => String) domain: string) {
    return this.service.lookup(domain);
  }

  @Authorized<Action>('customer.create')
  @Mutation(() => Customer, { description: 'Creates a new customer with an ACTIVE reseller relationship.' })
  createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(viewer, input);
  }

  @Authorized<Action>('customer.create')
  @Mutation(() => Customer, { description: "Records the customer's acceptance of the customer agreement (needed to purchase)." })
  recordCustomerAgreement(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('input', () => CustomerAgreementInput) input: CustomerAgreementInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.recordAgreement(viewer, customerId, input);
  }

  @FieldResolver(() => Relationship, { nullable: true, description: "This partner's reseller relationship." })
  async resellerRelationship(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    const row = current(await loaders.partnerRelationships.load(customer.id), 'RESELLER');
    return row ? toRelationship(row) : null;
  }

  @FieldResolver(() => Relationship, { nullable: true, description: "This partner's admin (delegated admin) relationship." })
  async adminRelationship(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    const row = current(await loaders.partnerRelationships.load(customer.id), 'DELEGATED_ADMIN');
    return row ? toRelationship(row) : null;
  }

  @FieldResolver(() => [Relationship], { description: "Every relationship with this partner, newest first." })
  async relationships(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return (await loaders.partnerRelationships.load(customer.id)).map(toRelationship);
  }

  @FieldResolver(() => [CloudSubscription], { description: 'Subscriptions this partner sold to the customer.' })
  async subscriptions(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return (await loaders.partnerSubscriptions.load(customer.id)).map(toSubscription);
  }

  @FieldResolver(() => Int, { description: 'Active subscriptions from this partner.' })
  async subscriptionCount(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    return loaders.partnerActiveSubscriptionCount.load(customer.id);
  }

  @FieldResolver(() => Blocker, { nullable: true, description: 'Why this partner cannot purchase for the customer now.' })
  async purchaseBlocker(@Root() customer: Customer, @Ctx() { loaders }: Context) {
    const rows = await loaders.partnerRelationships.load(customer.id);
    return purchaseBlocker({
      hasActiveReseller: rows.some((r) => r.type === 'RESELLER' && r.status === 'ACTIVE'),
      customerAgreementAccepted: customer.customerAgreementAccepted,
    });
  }

  @FieldResolver(() => Boolean, { description: 'Whether this partner may purchase for the customer now.' })
  async canPurchase(@Root() customer: Customer, @Ctx() context: Context) {
    return (await this.purchaseBlocker(customer, context)) === null;
  }
}
