import DataLoader from 'dataloader';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BatchCounts } from '@partnerlink/shared';
import type { Context } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { Viewer } from '../../viewer.js';
import { UserSummary } from '../activity-log/activity.type.js';
import { userSummary } from '../activity-log/user-summary.js';
import { loadPartnerProfile, PartnerProfile } from '../relationships/relationship.type.js';
import type { InvitationMailService } from '../relationship-requests/invitation-mail.service.js';
import type { RequestBatchService } from './request-batch.service.js';
import {
  BatchCountsType,
  BatchRow,
  BatchRowConnection,
  BatchRowsArgs,
  CreateRelationshipRequestBatchInput,
  RelationshipRequestBatch,
  RelationshipRequestBatchConnection,
  RelationshipRequestBatchesArgs,
} from './request-batch.type.js';

@Resolver(() => RelationshipRequestBatch)
export class RequestBatchResolver {
  /** Per GraphQL request: the counts of every batch on a page in one statement. */
  private readonly countLoaders = new WeakMap<Context, DataLoader<string, BatchCounts>>();

  constructor(
    private readonly batches: RequestBatchService,
    private readonly mail: InvitationMailService,
  ) {}

  @Mutation(() => RelationshipRequestBatch, {
    description:
      'Up to 5,000 reseller relationship requests at once (DESIGN.md rule 16). Each row is judged like requestResellerRelationship ' +
      '(rows: INVALID or BLOCKED with the code it would answer, else CREATED); the requests, the batch and its rows are created in one transaction. ' +
      'With dryRun nothing is created. The same idempotencyKey returns the same batch, never a second one. Errors about the batch itself ' +
      '(BATCH_EMPTY, BATCH_TOO_LARGE, IDEMPOTENCY_KEY_REUSED, an indirect provider, the admin access) refuse the whole batch.',
  })
  createRelationshipRequestBatch(
    @Arg('input', () => CreateRelationshipRequestBatchInput) input: CreateRelationshipRequestBatchInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipRequestBatch> {
    return this.batches.create(viewer, input);
  }

  @Mutation(() => RelationshipRequestBatch, {
    description:
      'Sends the emails of a batch again that did not go out (SEND_FAILED with MAIL_REFUSED or EMAIL_LIMIT; with includeInterrupted also INTERRUPTED, ' +
      'whose first email may have arrived), for rows whose request is still pending. The batch is SENDING again until they are sent or fail, then ' +
      'COMPLETED (announced again with the new counts). NOT_FOUND for another partner\'s batch; BAD_USER_INPUT BATCH_NOT_SENT for a batch created without send, ' +
      'MAIL_DISABLED_SEND without SMTP.',
  })
  retryRelationshipRequestBatchEmails(
    @Arg('id', () => ID) id: string,
    @Arg('includeInterrupted', () => Boolean, { defaultValue: false, description: 'Also the rows whose email was being sent when a server stopped.' })
    includeInterrupted: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipRequestBatch> {
    return this.batches.retryEmails(viewer, id, includeInterrupted);
  }

  @Query(() => RelationshipRequestBatch, { nullable: true, description: "One of your organisation's batches; null for any other id." })
  relationshipRequestBatch(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.batches.get(viewer, id);
  }

  @Query(() => RelationshipRequestBatchConnection, { description: "Your organisation's batches, newest first." })
  relationshipRequestBatches(@Args(() => RelationshipRequestBatchesArgs) args: RelationshipRequestBatchesArgs, @CurrentViewer() viewer: Viewer) {
    return this.batches.list(viewer, args);
  }

  @FieldResolver(() => BatchCountsType, { description: 'The figures of the batch, as they are now (answers included).' })
  counts(@Root() batch: RelationshipRequestBatch, @Ctx() ctx: Context): Promise<BatchCounts> | BatchCounts {
    if (batch.source.kind === 'dryRun') return batch.source.counts;
    let loader = this.countLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.batches.countsOf(ids));
      this.countLoaders.set(ctx, loader);
    }
    return loader.load(batch.id ?? '');
  }

  @FieldResolver(() => [BatchRow], {
    nullable: true,
    description:
      'Dry runs: every row that would not be created (INVALID and BLOCKED), in row order, all of them: a dry run stores nothing to page through ' +
      'later. The rows not listed would be created. Null for a stored batch (use rows(status:)).',
  })
  refusals(@Root() batch: RelationshipRequestBatch): BatchRow[] | null {
    return batch.source.kind === 'dryRun' ? batch.source.rows.filter((row) => row.status === 'INVALID' || row.status === 'BLOCKED') : null;
  }

  @FieldResolver(() => BatchRowConnection, { description: 'Its rows in the order submitted, optionally only those with one status.' })
  rows(@Root() batch: RelationshipRequestBatch, @Args(() => BatchRowsArgs) args: BatchRowsArgs) {
    return this.batches.rows(batch, args);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      "While SENDING: your organisation's daily limit of invitation emails is used up, and the remaining rows wait until this time " +
      '(they stay CREATED and go out then). Null otherwise.',
  })
  emailLimitResetsAt(@Root() batch: RelationshipRequestBatch, @Ctx() ctx: Context): Promise<Date | null> | null {
    if (batch.status !== 'SENDING' || batch.source.kind !== 'stored') return null;
    return this.mail.partnerLimitResetsAt(batch.source.partnerTenantId, ctx.clock.now());
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who created it (null in a dry run).' })
  createdBy(@Root() batch: RelationshipRequestBatch, @Ctx() ctx: Context) {
    return batch.source.kind === 'stored' ? userSummary(ctx, batch.source.createdByUserId) : null;
  }

  @FieldResolver(() => PartnerProfile, { nullable: true, description: 'Two tiers: the indirect provider every request of the batch names.' })
  indirectProvider(@Root() batch: RelationshipRequestBatch, @Ctx() ctx: Context) {
    return batch.source.kind === 'stored' ? loadPartnerProfile(ctx.loaders, batch.source.indirectProviderTenantId) : null;
  }
}

@Resolver(() => BatchRow)
export class BatchRowResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "INVALID and BLOCKED rows: the reason's parameters (for example rowNumber for DUPLICATE_ROW, max for TOO_LONG) and the error's details " +
      '(requestId of a pending request, relationshipId of an existing relationship), to render the reason in any language.',
  })
  errorParams(@Root() row: BatchRow): Record<string, unknown> | null {
    if (!row.params) return null;
    const value: unknown = JSON.parse(row.params);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  }
}
