import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Which emails the signed-in user gets about their own relationship requests (sent only when the server has SMTP).', simpleResolvers: true })
export class NotificationSettings {
  @Field(() => Boolean, { description: 'An email when a customer accepts or declines a request you made (default true).' })
  onAnswer: boolean;

  @Field(() => Boolean, { description: 'A daily email listing your pending requests that expire within 7 days (default true).' })
  digest: boolean;
}

@InputType({ description: 'The notification settings to change; those left out keep their value.' })
export class NotificationSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'An email when a customer accepts or declines a request you made.' })
  onAnswer?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A daily email listing your pending requests that expire within 7 days.' })
  digest?: boolean | null;
}
