import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { subscriptionChangeBlocker, type Action } from '@partnerlink/shared';
import type { Context, Viewer } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { Blocker } from '../customers/customer.type.js';
import type { OrderService } from './order.service.js';
import { Order, PlaceOrderInput, Product, CloudSubscription, toProduct, UpdateSubscriptionInput } from './order.type.js';

@Resolver(() => CloudSubscription)
export class OrderResolver {
  constructor(private readonly orders: OrderService) {}

  @Authorized<Action>('catalog.read')
  @Query(() => [Product], { description: 'The product catalog.' })
  products() {
    return this.orders.products();
  }

  @Authorized<Action>('order.place')
  @Mutation(() => Order, { description: 'Buys on behalf of a customer: needs an active reseller relationship and the customer agreement.' })
  placeOrder(@Arg('input', () => PlaceOrderInput) input: PlaceOrderInput, @CurrentViewer() viewer: Viewer) {
    return this.orders.place(viewer, input);
  }

  @Authorized<Action>('subscription.update')
  @Mutation(() => CloudSubscription, {
    description: 'Changes quantity or suspends: needs admin permissions, except for an Azure plan you provisioned.',
  })
  updateSubscription(@Arg('input', () => UpdateSubscriptionInput) input: UpdateSubscriptionInput, @CurrentViewer() viewer: Viewer) {
    return this.orders.update(viewer, input);
  }

  @FieldResolver(() => Product)
  async product(@Root() subscription: CloudSubscription, @Ctx() { loaders }: Context) {
    const row = await loaders.product.load(subscription.productId);
    if (!row) throw new Error(`subscription ${subscription.id} has an unknown product`);
    return toProduct(row);
  }

  @FieldResolver(() => Blocker, { nullable: true, description: 'Why this partner cannot change the subscription now.' })
  async changeBlocker(@Root() subscription: CloudSubscription, @Ctx() { loaders, viewer }: Context) {
    const [relationships, product] = await Promise.all([
      loaders.partnerRelationships.load(subscription.customerTenantId),
      loaders.product.load(subscription.productId),
    ]);
    const active = (type: string) => relationships.some((r) => r.type === type && r.status === 'ACTIVE');
    return subscriptionChangeBlocker({
      hasActiveReseller: active('RESELLER'),
      hasActiveAdmin: active('DELEGATED_ADMIN'),
      productKind: product?.kind ?? 'SEAT_LICENSE',
      provisionedByPartner: subscription.partnerTenantId === viewer?.tenantId,
    });
  }

  @FieldResolver(() => Boolean)
  async canChange(@Root() subscription: CloudSubscription, @Ctx() context: Context) {
    return (await this.changeBlocker(subscription, context)) === null;
  }
}
