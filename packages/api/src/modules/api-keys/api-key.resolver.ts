import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { UserSummary } from '../activity-log/activity.type.js';
import { userSummary } from '../activity-log/user-summary.js';
import type { ApiKeyService } from './api-key.service.js';
import { ApiKey, CreateApiKeyInput, CreatedApiKey } from './api-key.type.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Query(() => [ApiKey], { description: "The partner's API keys, newest first (never their secrets)." })
  apiKeys(@CurrentViewer() viewer: Viewer) {
    return this.keys.list(viewer);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an API key; the secret is in this answer only.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @CurrentViewer() viewer: Viewer) {
    return this.keys.create(viewer, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key: the next request with it is UNAUTHENTICATED.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.keys.revoke(viewer, id);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return userSummary(ctx, key.createdByUserId);
  }
}
