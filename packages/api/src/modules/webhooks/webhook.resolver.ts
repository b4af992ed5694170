import { Arg, Args, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs } from './webhook.inputs.js';
import type { WebhookService } from './webhook.service.js';
import { CreatedWebhookEndpoint, WebhookDelivery, WebhookDeliveryConnection, WebhookEndpoint } from './webhook.type.js';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => [WebhookEndpoint], { description: "The partner's webhook endpoints, oldest first." })
  webhookEndpoints(@CurrentViewer() viewer: Viewer) {
    return this.webhooks.list(viewer);
  }

  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first." })
  webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.deliveries(viewer, args);
  }

  @Mutation(() => CreatedWebhookEndpoint, { description: 'Registers an endpoint; the signing secret is returned only here and by rotate.' })
  createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.create(viewer, input);
  }

  @Mutation(() => WebhookEndpoint, { description: 'Changes the URL, events or description, or enables or disables an endpoint.' })
  updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.update(viewer, input);
  }

  @Mutation(() => CreatedWebhookEndpoint, { description: 'Replaces the signing secret at once; the new one is returned only here.' })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.rotateSecret(viewer, id);
  }

  @Mutation(() => Boolean, { description: 'Removes an endpoint and its delivery log.' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.delete(viewer, id);
  }

  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again, with the same webhook-id.' })
  redeliverWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.redeliver(viewer, deliveryId);
  }

  @Mutation(() => WebhookDelivery, { description: 'Queues a `test` event for the endpoint, signed and delivered like any other.' })
  sendTestWebhook(@Arg('endpointId', () => ID) endpointId: string, @CurrentViewer() viewer: Viewer) {
    return this.webhooks.sendTest(viewer, endpointId);
  }
}
