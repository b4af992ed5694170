import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ApiKeyScope } from '@partnerlink/shared';
import type { ApiKeyEntity } from '../../db/entities/index.js';

export const ApiKeyStatus = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED', CREATOR_LOST_ACCESS: 'CREATOR_LOST_ACCESS' } as const;
export type ApiKeyStatus = (typeof ApiKeyStatus)[keyof typeof ApiKeyStatus];
registerEnumType(ApiKeyStatus, {
  name: 'ApiKeyStatus',
  valuesConfig: {
    CREATOR_LOST_ACCESS: {
      description:
        'Refused (UNAUTHENTICATED): the person who created the key is gone or no longer has a role that may manage API keys. A key never outlives its creator\'s standing; create a new one.',
    },
  },
});

@ObjectType({ description: "A partner's key for third-party tools. The secret is shown once, at creation.", simpleResolvers: true })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  prefix: string;

  @Field(() => ApiKeyStatus)
  status: ApiKeyStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  createdByUserId: string;
}

export function scopesOf(row: Pick<ApiKeyEntity, 'scopes'>): ApiKeyScope[] {
  return row.scopes.split(',').filter((s): s is ApiKeyScope => s === 'READ' || s === 'WRITE');
}

/** Revoked and expired come first; a live key whose creator lost their standing is CREATOR_LOST_ACCESS. */
export function apiKeyStatus(row: ApiKeyEntity, now: Date, creatorRefused = false): ApiKeyStatus {
  if (row.revokedAt) return 'REVOKED';
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return creatorRefused ? 'CREATOR_LOST_ACCESS' : 'ACTIVE';
}

export function toApiKey(row: ApiKeyEntity, now: Date, creatorRefused = false): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scopes: scopesOf(row),
    prefix: row.prefix,
    status: apiKeyStatus(row, now, creatorRefused),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    createdByUserId: row.createdByUserId,
  };
}

@ObjectType({ description: 'A new key with its secret: store the secret now, it is never shown again.', simpleResolvers: true })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field(() => String, { description: 'Send as `Authorization: Bearer <secret>`.' })
  secret: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. "PSA sync".' })
  name: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  @Field(() => Date, { nullable: true, description: 'When the key stops working; none means until revoked.' })
  expiresAt?: Date | null;
}
