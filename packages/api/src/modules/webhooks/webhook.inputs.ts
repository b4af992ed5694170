import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { WebhookEventType } from './webhook-events.js';

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'Where to POST events: https:// (http:// only outside production).' })
  url: string;

  @Field(() => [WebhookEventType], { description: 'At least one.' })
  events: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'A note for people, at most 500 characters.' })
  description?: string | null;
}

@InputType({ description: 'Changes to an endpoint; omitted fields stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Re-enabling also clears failingSince.' })
  enabled?: boolean | null;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID)
  endpointId: string;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
