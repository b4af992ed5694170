import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-events.js';

registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus' });

@ObjectType({ description: "A partner's webhook receiver. Its signing secret is shown only when created or rotated.", simpleResolvers: true })
export class WebhookEndpoint {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => String)
  description: string;

  @Field(() => [WebhookEventType])
  events: WebhookEventType[];

  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Date, { nullable: true, description: 'Set after repeated failed attempts; cleared by the next success.' })
  failingSince: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'An endpoint with its signing secret, returned only by create and rotate.', simpleResolvers: true })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field(() => String, { description: 'The signing secret (whsec_…). Store it now: it is never shown again.' })
  secret: string;
}

@ObjectType({ description: 'One event sent (or to be sent) to one endpoint.', simpleResolvers: true })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The webhook-id header: the same on every attempt and redelivery.' })
  webhookId: string;

  @Field(() => String, { description: "The payload's type, e.g. order-placed, or test." })
  eventType: string;

  @Field(() => WebhookDeliveryStatus)
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status on the last attempt; null when it was not reached." })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Int, { nullable: true, description: 'How long the last attempt took.' })
  durationMs: number | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt: Date | null;

  @Field(() => String, { description: 'The JSON body as sent.' })
  payload: string;
}

export const WebhookDeliveryConnection = Connection('WebhookDelivery', WebhookDelivery);
