import { Field, ID, ObjectType } from 'type-graphql';
import { ActivityType } from '@partnerlink/shared';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'A person, as far as the other side may know them.', simpleResolvers: true })
export class UserSummary {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  email: string;
}

@ObjectType({ description: 'One state change, with who did it and when.', simpleResolvers: true })
export class ActivityEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ActivityType)
  type: ActivityType;

  @Field(() => String, { description: 'What happened, as an English sentence written at the time (use `params` for other languages).' })
  summary: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => ID, { description: 'The request, relationship, order or customer the entry is about.' })
  subjectId: string;

  /** Internal, for field resolvers. */
  actorUserId: string | null;
  /** Internal: the stored facts (JSON), served parsed by `params`. */
  params: string | null;
  customerTenantId: string | null;
}

export const ActivityConnection = Connection('Activity', ActivityEntry);
