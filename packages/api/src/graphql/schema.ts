import 'reflect-metadata';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type ContainerType, type PubSub, type ResolverData } from 'type-graphql';
import type { Context } from '../context.js';
import type { Customer } from '../modules/customers/customer.type.js';
import './enums.js';
import type { Services } from '../services.js';
import { ActivityResolver } from '../modules/activity-log/activity.resolver.js';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { NotificationSettingsResolver } from '../modules/auth/notification-settings.resolver.js';
import { CustomerResolver } from '../modules/customers/customer.resolver.js';
import { OrderResolver, PlacedOrderResolver } from '../modules/orders/order.resolver.js';
import { InvitationResolver } from '../modules/relationship-requests/invitation.resolver.js';
import { RelationshipRequestResolver } from '../modules/relationship-requests/relationship-request.resolver.js';
import { AdminRoleResolver } from '../modules/relationships/admin-role.resolver.js';
import { RelationshipResolver } from '../modules/relationships/relationship.resolver.js';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { BatchRowResolver, RequestBatchResolver } from '../modules/request-batches/request-batch.resolver.js';
import { ResellerAuthorizationResolver } from '../modules/reseller-authorizations/reseller-authorization.resolver.js';
import { guardOperations } from './auth-checker.js';
import type { EventBus } from '../db/event-bus.js';

export const RESOLVERS = [
  AuthResolver,
  NotificationSettingsResolver,
  CustomerResolver,
  RelationshipRequestResolver,
  InvitationResolver,
  RelationshipResolver,
  AdminRoleResolver,
  OrderResolver,
  PlacedOrderResolver,
  ActivityResolver,
  ApiKeyResolver,
  WebhookResolver,
  ResellerAuthorizationResolver,
  RequestBatchResolver,
  BatchRowResolver,
] as const;

/** Resolver instances with their services injected (type-graphql asks the container for each class). */
function container(services: Services): ContainerType {
  const instances = new Map<unknown, unknown>([
    [AuthResolver, new AuthResolver(services.auth)],
    [NotificationSettingsResolver, new NotificationSettingsResolver(services.notificationSettings)],
    [CustomerResolver, new CustomerResolver(services.customers)],
    [RelationshipRequestResolver, new RelationshipRequestResolver(services.requests, services.invitationMail)],
    [InvitationResolver, new InvitationResolver(services.invitations)],
    [RelationshipResolver, new RelationshipResolver(services.relationships, services.endRequests)],
    [AdminRoleResolver, new AdminRoleResolver()],
    [OrderResolver, new OrderResolver(services.orders)],
    [PlacedOrderResolver, new PlacedOrderResolver()],
    [ActivityResolver, new ActivityResolver(services.activity)],
    [ApiKeyResolver, new ApiKeyResolver(services.apiKeys)],
    [WebhookResolver, new WebhookResolver(services.webhooks)],
    [ResellerAuthorizationResolver, new ResellerAuthorizationResolver(services.resellerAuthorizations)],
    [RequestBatchResolver, new RequestBatchResolver(services.batches, services.invitationMail)],
    [BatchRowResolver, new BatchRowResolver()],
  ]);
  return {
    get(someClass: unknown) {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`no resolver instance registered for ${String(someClass)}`);
      return instance;
    },
  };
}

/** The executable schema: resolvers with their services, subscriptions on the committed-changes bus. */
export function createSchema(services: Services, events: EventBus): Promise<GraphQLSchema> {
  return build(container(services), events);
}

/**
 * The schema's shape only, for printing (emit-schema.ts): no services, no database. Resolvers
 * and subscriptions refuse to run.
 */
export function describeSchema(): Promise<GraphQLSchema> {
  const refuse = (): never => {
    throw new Error('This schema only describes the API: it has no services to run an operation.');
  };
  return build({ get: refuse }, { publish: refuse, subscribe: refuse });
}

/**
 * Customer's field resolvers, which a customers page calls once per row each: they take the
 * customer and the context only.
 */
const CUSTOMER_FIELDS = [
  'resellerRelationship',
  'adminRelationship',
  'adminAccessSummary',
  'indirectReseller',
  'indirectProvider',
  'relationships',
  'subscriptions',
  'subscriptionCount',
  'purchaseBlocker',
  'canPurchase',
] as const satisfies readonly (keyof CustomerResolver)[];

/**
 * Customer's field resolvers called straight: type-graphql wraps each call (an object for the
 * call, the resolver's instance from the container, its middlewares, the parameters gathered from
 * their metadata), which a page of 50 customers asks for hundreds of times. The call is the same
 * as long as a field takes the customer and the whole context, in that order, and has no
 * middlewares and no roles: checked here, so the server refuses to start if one of them changes.
 */
function resolveCustomerFieldsDirectly(schema: GraphQLSchema, resolvers: ContainerType): void {
  const type = schema.getType('Customer');
  if (!(type instanceof GraphQLObjectType)) throw new Error('the schema has no Customer type');
  const fields = type.getFields();
  const { fieldResolvers } = getMetadataStorage();
  // Asked of the container once, on the first call (describeSchema's container refuses to run anything).
  let customers: CustomerResolver | undefined;
  const instance = () => (customers ??= resolvers.get(CustomerResolver, {} as ResolverData) as CustomerResolver);
  for (const name of CUSTOMER_FIELDS) {
    const field = fields[name];
    const metadata = fieldResolvers.find((resolver) => resolver.target === CustomerResolver && resolver.methodName === name);
    const kinds = [...(metadata?.params ?? [])].sort((a, b) => a.index - b.index).map((param) => (param.kind === 'context' && param.propertyName ? 'context property' : param.kind));
    const plain = metadata && !metadata.middlewares?.length && !metadata.roles?.length && kinds.join() === 'root,context';
    if (!field?.resolve || field.args.length > 0 || !plain) throw new Error(`Customer.${name} is no longer a field resolver of (customer, context) alone: call it through type-graphql`);
    field.resolve = (customer: Customer, _args: unknown, context: Context) => instance()[name](customer, context);
  }
}

/** Every root field runs behind its access rule in shared's OPERATIONS (see guardOperations). */
async function build(resolvers: ContainerType, pubSub: PubSub): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    container: resolvers,
    validate: false,
    pubSub,
  });
  resolveCustomerFieldsDirectly(schema, resolvers);
  return guardOperations(schema);
}
