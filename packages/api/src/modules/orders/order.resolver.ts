import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadPartnerProfile, PartnerProfile, toPartnerProfile } from '../relationships/relationship.type.js';
import { productAdminRoles, SubscriptionAction, subscriptionActionBlocker } from '@partnerlink/shared';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { Blocker } from '../customers/customer.type.js';
import { activeAdminRoles, type OrderService } from './order.service.js';
import { Order, PlaceOrderInput, Product, CloudSubscription, toProduct, UpdateSubscriptionInput } from './order.type.js';

@Resolver(() => CloudSubscription)
export class OrderResolver {
  constructor(private readonly orders: OrderService) {}

  @Query(() => [Product], { description: 'The product catalog.' })
  products() {
    return this.orders.products();
  }

  @Mutation(() => Order, {
    description: 'Buys on behalf of a customer: needs an active reseller relationship and the customer agreement (no admin relationship).',
  })
  placeOrder(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @CurrentViewer() viewer: Viewer) {
    return this.orders.place(viewer, input);
  }

  @Mutation(() => CloudSubscription, {
    description:
      'Changes seats or status of a subscription you sold. Suspending (SUSPENDED) and cancelling (CANCELLED, final) are always allowed to you; ' +
      'reactivating (ACTIVE) needs an active reseller relationship; seats need an ACTIVE admin relationship holding one of the ' +
      "product's requiredAdminRoles, except for an Azure plan you provisioned (ADMIN_RELATIONSHIP_REQUIRED with extensions.requiredRoles otherwise). " +
      'A cancelled subscription cannot change (FAILED_PRECONDITION with extensions.status).',
  })
  updateSubscription(@Arg('input', () => UpdateSubscriptionInput) input: UpdateSubscriptionInput, @CurrentViewer() viewer: Viewer) {
    return this.orders.update(viewer, input);
  }

  @FieldResolver(() => PartnerProfile, {
    nullable: true,
    description: 'Two tiers: the indirect reseller an indirect provider sold it with (who serves the customer); null for a direct sale.',
  })
  associatedPartner(@Root() subscription: CloudSubscription, @Ctx() { loaders }: Context) {
    return loadPartnerProfile(loaders, subscription.associatedPartnerTenantId);
  }

  @FieldResolver(() => PartnerProfile, { description: 'The partner who sold it (reseller of record): you, or for an indirect reseller its indirect provider.' })
  async soldBy(@Root() subscription: CloudSubscription, @Ctx() { loaders }: Context) {
    const tenant = await loaders.tenant.load(subscription.partnerTenantId);
    if (!tenant) throw new Error(`subscription ${subscription.id} has an unknown partner`);
    return toPartnerProfile(tenant);
  }

  @FieldResolver(() => Product)
  async product(@Root() subscription: CloudSubscription, @Ctx() { loaders }: Context) {
    const row = await loaders.product.load(subscription.productId);
    if (!row) throw new Error(`subscription ${subscription.id} has an unknown product`);
    return toProduct(row);
  }

  /** Why this partner cannot take the action on the subscription now, or null. */
  private async blockerOf(subscription: CloudSubscription, action: SubscriptionAction, { loaders, viewer, clock }: Context) {
    const [relationships, product] = await Promise.all([
      loaders.partnerRelationships.load(subscription.customerTenantId),
      loaders.product.load(subscription.productId),
    ]);
    if (!product) throw new Error(`subscription ${subscription.id} has an unknown product`);
    // An indirect reseller reads the subscriptions its provider sold to its customers; only the provider changes them.
    if (subscription.partnerTenantId !== viewer?.tenantId) {
      return { code: 'FORBIDDEN' as const, message: 'Your indirect provider sold this subscription: only it can change it.', requiredRoles: null };
    }
    const blocker = subscriptionActionBlocker(action, {
      hasActiveReseller: relationships.some((r) => r.type === 'RESELLER' && r.status === 'ACTIVE'),
      adminRoles: activeAdminRoles(relationships, clock.now()),
      requiredRoles: productAdminRoles(product),
      productKind: product.kind,
      productName: product.name,
      provisionedByPartner: subscription.partnerTenantId === viewer?.tenantId,
      status: subscription.status,
    });
    return blocker ? { code: blocker.code, message: blocker.message, requiredRoles: blocker.requiredRoles ? [...blocker.requiredRoles] : null } : null;
  }

  @FieldResolver(() => Blocker, { nullable: true, description: 'Why this partner cannot change the seats of the subscription now.' })
  changeBlocker(@Root() subscription: CloudSubscription, @Ctx() context: Context) {
    return this.blockerOf(subscription, SubscriptionAction.CHANGE_QUANTITY, context);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this partner may change the seats now (see changeBlocker).' })
  async canChange(@Root() subscription: CloudSubscription, @Ctx() context: Context) {
    return (await this.changeBlocker(subscription, context)) === null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this partner may suspend it now: an ACTIVE subscription it sold, with or without a relationship.' })
  async canSuspend(@Root() subscription: CloudSubscription, @Ctx() context: Context) {
    return subscription.status === 'ACTIVE' && (await this.blockerOf(subscription, SubscriptionAction.SUSPEND, context)) === null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this partner may reactivate it now: a SUSPENDED subscription, with an active reseller relationship.' })
  async canReactivate(@Root() subscription: CloudSubscription, @Ctx() context: Context) {
    return subscription.status === 'SUSPENDED' && (await this.blockerOf(subscription, SubscriptionAction.REACTIVATE, context)) === null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this partner may cancel it now: any subscription it sold that is not cancelled yet.' })
  async canCancel(@Root() subscription: CloudSubscription, @Ctx() context: Context) {
    return (await this.blockerOf(subscription, SubscriptionAction.CANCEL, context)) === null;
  }
}

/** The fields of an order that read other rows. */
@Resolver(() => Order)
export class PlacedOrderResolver {
  @FieldResolver(() => PartnerProfile, {
    nullable: true,
    description: "Two tiers: the indirect reseller an indirect provider's order is tagged with (who serves the customer); null for a direct sale.",
  })
  associatedPartner(@Root() order: Order, @Ctx() { loaders }: Context) {
    return loadPartnerProfile(loaders, order.associatedPartnerTenantId);
  }
}
