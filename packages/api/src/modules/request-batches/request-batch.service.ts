import { createHash } from 'node:crypto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import {
  assertBatchSize,
  assertIdempotencyKey,
  assertLocale,
  assertName,
  assertText,
  batchCounts,
  batchRowStatusOf,
  cleanName,
  countBatchRows,
  DomainError,
  expiresAtFrom,
  newBatchStatus,
  requestedAdminAccess,
  type BatchCounts,
  type BatchRowFields,
  type BatchRowStatus,
  type StoredBatchRowStatus,
} from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity, RequestBatchEntity, RequestBatchRowEntity, TenantEntity } from '../../db/entities/index.js';
import { isUniqueViolation } from '../../db/errors.js';
import { requestRow } from '../../db/fixtures.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeCursor, decodeTimeCursor, encodeCursor, encodeTimeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { newId, newToken, sha256Hex } from '../../security/tokens.js';
import type { Viewer } from '../../viewer.js';
import { indirectProviderFor } from '../relationship-requests/indirect-provider.js';
import { invitationPath, surfaceFor } from '@partnerlink/shared';
import { toRelationshipRequest } from '../relationship-requests/relationship-request.mapper.js';
import { persistExpiry } from '../relationship-requests/request-expiry.js';
import { allocateDisplayNames, judgeRows, type JudgedRow } from './batch-facts.js';
import type {
  BatchRow,
  BatchRowLink,
  BatchRowsArgs,
  CreateRelationshipRequestBatchInput,
  RelationshipRequestBatch,
  RelationshipRequestBatchesArgs,
} from './request-batch.type.js';
import { insertRows } from '../../db/insert-rows.js';

/** Rows per INSERT: each request has about 35 columns, well inside both engines' parameter limits. */
const INSERT_CHUNK = 100;

/** How often creating a batch is tried when concurrent single requests keep taking a customer it checked (PostgreSQL). */
const MAX_CREATE_ATTEMPTS = 5;


/** What a submission asks, checked and normalised: the same submission hashes the same. */
interface Submission {
  readonly key: string;
  readonly hash: string;
  readonly fields: BatchRowFields[];
  readonly locale: ReturnType<typeof assertLocale>;
  readonly message: string | null;
  readonly chosenName: string | null;
  readonly send: boolean;
}

/**
 * Batches of reseller relationship requests (DESIGN.md rule 16): every row judged by the rules
 * of requestResellerRelationship with its facts read in a few statements, then in one
 * transaction the requests, the batch and its rows, idempotent per partner and key.
 */
export class RequestBatchService {
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
    /** Whether the server can send email (SMTP configured). */
    private readonly canSend: () => boolean,
    /** Starts sending now (this instance's batch sender; the others find the rows when they poll). */
    private readonly wakeSender: () => void = () => undefined,
  ) {}

  /**
   * retryRelationshipRequestBatchEmails: the rows whose email failed (MAIL_REFUSED, EMAIL_LIMIT, and
   * INTERRUPTED only when asked: those may have reached the recipient) and whose request is still
   * pending go back to the sender; the batch is SENDING again until they are sent or fail again.
   */
  async retryEmails(viewer: Viewer, id: string, includeInterrupted: boolean): Promise<RelationshipRequestBatch> {
    if (!this.canSend()) throw new DomainError('BAD_USER_INPUT', { reason: 'MAIL_DISABLED_SEND' });
    const now = this.clock.now();
    const batch = await this.db.write(async ({ em }) => {
      const found = await em.findOneBy(RequestBatchEntity, { id, partnerTenantId: viewer.tenantId });
      if (!found) throw new DomainError('NOT_FOUND', 'There is no such batch.', 'id');
      if (!found.send) throw new DomainError('BAD_USER_INPUT', { reason: 'BATCH_NOT_SENT' }, 'id');
      const errors = includeInterrupted ? ['MAIL_REFUSED', 'EMAIL_LIMIT', 'INTERRUPTED'] : ['MAIL_REFUSED', 'EMAIL_LIMIT'];
      const failed = await em.find(RequestBatchRowEntity, { where: { batchId: id, status: 'SEND_FAILED', sendError: In(errors) } });
      const requestIds = failed.flatMap((row) => (row.requestId ? [row.requestId] : []));
      const pending = new Set<string>();
      for (let i = 0; i < requestIds.length; i += 500) {
        const requests = await em.findBy(RelationshipRequestEntity, { id: In(requestIds.slice(i, i + 500)), status: 'PENDING' });
        for (const request of requests) if (request.expiresAt.getTime() > now.getTime()) pending.add(request.id);
      }
      const again = failed.filter((row) => row.requestId && pending.has(row.requestId));
      for (const row of again) {
        await em.update(RequestBatchRowEntity, { batchId: id, rowNumber: row.rowNumber, status: 'SEND_FAILED' }, { status: 'CREATED', sendError: null, sentAt: null });
      }
      if (again.length > 0 && found.status !== 'SENDING') {
        await em.update(RequestBatchEntity, { id }, { status: 'SENDING', completedAt: null });
        Object.assign(found, { status: 'SENDING', completedAt: null });
      }
      return found;
    });
    if (batch.status === 'SENDING') this.wakeSender();
    return toBatch(batch, null);
  }

  async create(viewer: Viewer, input: CreateRelationshipRequestBatchInput): Promise<RelationshipRequestBatch> {
    const submission = this.submission(input);
    const now = this.clock.now();
    // Before the dry run too: the preview should not promise emails the server cannot send.
    if (submission.send && !this.canSend()) throw new DomainError('BAD_USER_INPUT', { reason: 'MAIL_DISABLED_SEND' }, 'send');
    if (input.dryRun) return this.dryRun(viewer, input, submission, now);
    const earlier = await this.db.read((em) => this.byKey(em, viewer.tenantId, submission));
    if (earlier) return earlier;
    for (let attempts = 1; ; attempts += 1) {
      try {
        return await this.db.write(async (tx) => {
          const { em } = tx;
          // Inside the transaction too: on SQLite writes run one at a time, so this sees any batch committed before.
          const replay = await this.byKey(em, viewer.tenantId, submission);
          if (replay) return replay;
          const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
          const admin = requestedAdminAccess(partner.cloud, input);
          const indirectProvider = await indirectProviderFor(em, partner, input.indirectProviderId ?? null);
          const batch: RequestBatchEntity = {
            id: newId(),
            partnerTenantId: partner.id,
            idempotencyKey: submission.key,
            inputHash: submission.hash,
            status: 'COMPLETED',
            send: submission.send,
            locale: submission.locale,
            indirectProviderTenantId: indirectProvider?.id ?? null,
            totalRows: submission.fields.length,
            createdRows: 0,
            blockedRows: 0,
            invalidRows: 0,
            createdByUserId: viewer.userId,
            createdAt: now,
            completedAt: null,
          };
          // First, so a concurrent submission of the same key waits on the unique index and then finds this batch (PostgreSQL).
          await em.insert(RequestBatchEntity, batch);
          const judged = await judgeRows(em, partner, indirectProvider, submission.fields, admin !== null, now);
          for (const row of judged.overdue) await persistExpiry(tx, row, now);
          const creatable = judged.rows.map((row, index) => ({ row, index })).filter(({ row }) => row.verdict === null);
          const names = admin
            ? await allocateDisplayNames(tx, partner.id, creatable.map(({ row }) => submission.chosenName ?? baseName(row)), submission.chosenName !== null, now)
            : [];
          const expiresAt = expiresAtFrom(now, this.config.invitationTtlDays);
          const links: BatchRowLink[] = [];
          const requestIds = new Map<number, string>();
          const requests = creatable.map(({ row, index }, k) => {
            const token = newToken();
            const request = requestRow({
              partnerTenantId: partner.id,
              customerTenantId: row.tenant?.id ?? null,
              pinnedDomain: row.pinnedDomain,
              indirectProviderTenantId: indirectProvider?.id ?? null,
              recipientEmail: row.fields.recipientEmail.trim().toLowerCase(),
              recipientName: row.fields.recipientName?.trim() ? cleanName(row.fields.recipientName) : null,
              tokenHash: sha256Hex(token),
              includesReseller: true,
              includesDelegatedAdmin: admin !== null,
              adminRoles: admin ? [...admin.roles] : null,
              adminDuration: admin?.duration ?? null,
              adminAutoExtend: admin?.autoExtend ?? false,
              adminDisplayName: admin ? (names[k] ?? null) : null,
              locale: submission.locale,
              message: submission.message,
              createdByUserId: viewer.userId,
              createdAt: now,
              expiresAt,
            });
            requestIds.set(index, request.id);
            if (!submission.send) {
              const url = `${this.config.publicUrl}${invitationPath(surfaceFor(partner.cloud), token)}`;
              links.push({ rowNumber: index + 1, requestId: request.id, url, recipientEmail: request.recipientEmail ?? '', recipientName: request.recipientName, expiresAt });
            }
            return { request, customer: row.tenant };
          });
          for (let i = 0; i < requests.length; i += INSERT_CHUNK) {
            await insertRows(em, RelationshipRequestEntity, requests.slice(i, i + INSERT_CHUNK).map(({ request }) => request));
          }
          for (const { request, customer } of requests) tx.emit({ type: 'BatchRequestCreated', request, customer, actor: viewer, at: now });
          const stored = judged.rows.map((row, index) => storedRow(batch.id, index, row, requestIds.get(index) ?? null));
          for (let i = 0; i < stored.length; i += INSERT_CHUNK) await em.insert(RequestBatchRowEntity, stored.slice(i, i + INSERT_CHUNK));
          const counts = batchCounts(judged.rows.map((row) => row.verdict));
          Object.assign(batch, {
            createdRows: counts.created,
            blockedRows: counts.blocked,
            invalidRows: counts.invalid,
            status: newBatchStatus(counts, submission.send),
            completedAt: newBatchStatus(counts, submission.send) === 'COMPLETED' ? now : null,
          });
          await em.update(
            RequestBatchEntity,
            { id: batch.id },
            { createdRows: batch.createdRows, blockedRows: batch.blockedRows, invalidRows: batch.invalidRows, status: batch.status, completedAt: batch.completedAt },
          );
          tx.emit({ type: 'RequestBatchCreated', batch, actor: viewer, at: now });
          if (batch.status === 'COMPLETED') tx.emit({ type: 'RequestBatchCompleted', batch, creatorName: viewer.displayName, counts, at: now, actor: null });
          return toBatch(batch, submission.send ? null : links);
        });
      } catch (error) {
        // Another submission of the key committed first, or a single request took a customer between our reads and our insert:
        // the next attempt returns that batch, or judges the row again (REQUEST_PENDING).
        if (!isUniqueViolation(error) || attempts >= MAX_CREATE_ATTEMPTS) throw error;
      }
    }
  }

  /** The verdicts alone: read only, nothing stored (an overdue pending request reads as expired). */
  private async dryRun(viewer: Viewer, input: CreateRelationshipRequestBatchInput, submission: Submission, now: Date): Promise<RelationshipRequestBatch> {
    return this.db.read(async (em) => {
      const partner = await em.findOneByOrFail(TenantEntity, { id: viewer.tenantId });
      const admin = requestedAdminAccess(partner.cloud, input);
      const indirectProvider = await indirectProviderFor(em, partner, input.indirectProviderId ?? null);
      const judged = await judgeRows(em, partner, indirectProvider, submission.fields, admin !== null, now);
      const rows = judged.rows.map((row, index): BatchRow => {
        const stored = storedRow('', index, row, null);
        return { ...fromStored(stored), status: batchRowStatusOf(stored.status, null, now) };
      });
      const counts = batchCounts(judged.rows.map((row) => row.verdict));
      return {
        id: null,
        status: 'DRY_RUN',
        idempotencyKey: submission.key,
        send: submission.send,
        locale: submission.locale,
        createdAt: now,
        completedAt: null,
        links: null,
        source: { kind: 'dryRun', rows, counts },
      };
    });
  }

  /** The input checked (BAD_USER_INPUT on the first problem of the batch itself; rows are judged one by one later) and its hash. */
  private submission(input: CreateRelationshipRequestBatchInput): Submission {
    const key = assertIdempotencyKey(input.idempotencyKey);
    assertBatchSize(input.rows.length);
    const locale = assertLocale('locale', input.locale);
    const message = input.message?.trim() ? assertText('message', 'message', input.message) : null;
    const chosenName = input.adminAccess?.displayName?.trim() ? assertName('adminAccess.displayName', 'adminDisplayName', input.adminAccess.displayName) : null;
    const fields = input.rows.map((row) => ({
      domain: row.domain ?? null,
      customerId: row.customerId ?? null,
      recipientEmail: row.recipientEmail,
      recipientName: row.recipientName ?? null,
      companyName: row.companyName ?? null,
    }));
    const send = input.send ?? false;
    const canonical = {
      rows: fields.map((row) => [
        row.domain?.trim().toLowerCase() ?? null,
        row.customerId?.trim() ?? null,
        row.recipientEmail.trim().toLowerCase(),
        row.recipientName?.trim() ?? null,
        row.companyName?.trim() ?? null,
      ]),
      locale,
      message,
      adminAccess: input.adminAccess
        ? { roles: [...input.adminAccess.roles].sort(), duration: input.adminAccess.duration ?? null, autoExtend: input.adminAccess.autoExtend ?? null, displayName: chosenName }
        : null,
      includeDelegatedAdmin: input.includeDelegatedAdmin ?? false,
      send,
      indirectProviderId: input.indirectProviderId ?? null,
    };
    const hash = createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
    return { key, hash, fields, locale, message, chosenName, send };
  }

  /** The partner's batch with this key: itself for the same submission, IDEMPOTENCY_KEY_REUSED for another. */
  private async byKey(em: EntityManager, partnerTenantId: string, submission: Submission): Promise<RelationshipRequestBatch | null> {
    const batch = await em.findOneBy(RequestBatchEntity, { partnerTenantId, idempotencyKey: submission.key });
    if (!batch) return null;
    if (batch.inputHash !== submission.hash) throw new DomainError('BAD_USER_INPUT', { reason: 'IDEMPOTENCY_KEY_REUSED' }, 'idempotencyKey');
    return toBatch(batch, null);
  }

  /** relationshipRequestBatch: one of the partner's batches; null for any other id. */
  async get(viewer: Viewer, id: string): Promise<RelationshipRequestBatch | null> {
    const batch = await this.db.read((em) => em.findOneBy(RequestBatchEntity, { id, partnerTenantId: viewer.tenantId }));
    return batch ? toBatch(batch, null) : null;
  }

  /** relationshipRequestBatches: the partner's batches, newest first. */
  async list(viewer: Viewer, args: RelationshipRequestBatchesArgs): Promise<ConnectionShape<RelationshipRequestBatch>> {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    const mine = (em: EntityManager) => em.createQueryBuilder(RequestBatchEntity, 'b').where('b.partnerTenantId = :partner', { partner: viewer.tenantId });
    const rows = await this.db.read((em) => newestFirst(mine(em), cursor, limit).getMany());
    return toConnection(rows, limit, () => this.db.read((em) => mine(em).getCount()), encodeTimeCursor, (batch) => toBatch(batch, null));
  }

  /** The counts of stored batches, one statement for all (the list's loader). */
  async countsOf(batchIds: readonly string[]): Promise<BatchCounts[]> {
    const now = this.clock.now();
    return this.db.read((em) => countBatches(em, batchIds, now));
  }

  /** A page of a batch's rows in row order, each with its request, filtered by the status they show now. */
  async rows(batch: RelationshipRequestBatch, args: BatchRowsArgs): Promise<ConnectionShape<BatchRow>> {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after, 1);
    const afterRow = after ? Number(after[0]) : 0;
    if (!Number.isInteger(afterRow) || afterRow < 0) throw new DomainError('BAD_USER_INPUT', { reason: 'CURSOR_INVALID' }, 'after');
    const cursorOf = (row: { rowNumber: number }) => encodeCursor([String(row.rowNumber)]);
    const { source } = batch;
    if (source.kind === 'dryRun') {
      const matching = source.rows.filter((row) => !args.status || row.status === args.status);
      const page = matching.filter((row) => row.rowNumber > afterRow).slice(0, limit + 1);
      return toConnection(page, limit, matching.length, cursorOf, (row) => row);
    }
    const now = this.clock.now();
    const filtered = (em: EntityManager): SelectQueryBuilder<RequestBatchRowEntity> => {
      const query = em.createQueryBuilder(RequestBatchRowEntity, 'b').where('b.batchId = :batch', { batch: batch.id });
      // The request decides the status a row shows: joined only to filter by it.
      if (args.status) query.leftJoin(RelationshipRequestEntity, 'r', 'r.id = b.requestId').andWhere(`${SHOWN_STATUS} = :status`, { status: args.status, now });
      return query;
    };
    return this.db.read(async (em) => {
      const rows = await filtered(em).andWhere('b.rowNumber > :afterRow', { afterRow }).orderBy('b.rowNumber', 'ASC').limit(limit + 1).getMany();
      const requestIds = rows.slice(0, limit).flatMap((row) => (row.requestId ? [row.requestId] : []));
      const [requests, partner] = await Promise.all([
        requestIds.length > 0 ? em.findBy(RelationshipRequestEntity, { id: In(requestIds), partnerTenantId: source.partnerTenantId }) : [],
        em.findOneByOrFail(TenantEntity, { id: source.partnerTenantId }),
      ]);
      const byId = new Map(requests.map((request) => [request.id, request]));
      const totalCount = () => this.db.read((reader) => filtered(reader).getCount());
      return toConnection(rows, limit, totalCount, cursorOf, (row): BatchRow => {
        const request = row.requestId ? (byId.get(row.requestId) ?? null) : null;
        return {
          ...fromStored(row),
          status: batchRowStatusOf(row.status, request, now),
          request: request ? toRelationshipRequest(request, partner.cloud, now) : null,
        };
      });
    });
  }
}

/**
 * The status a row shows, in SQL (shared batchRowStatusOf says the same in TypeScript): its
 * request's once no longer pending, EXPIRED for an overdue pending one, else what the row stores.
 * Needs the parameter :now.
 */
const SHOWN_STATUS = `CASE
  WHEN r.status = 'PENDING' AND r.expires_at <= :now THEN 'EXPIRED'
  WHEN r.status IN ('ACCEPTED', 'DECLINED', 'REVOKED', 'EXPIRED') THEN r.status
  WHEN b.status = 'SENDING' THEN 'CREATED'
  ELSE b.status END`;

/**
 * The counts of batches in one statement (rows grouped by what they store and the status they show
 * at `now`): the lists' loader, and the batch sender inside its transaction.
 */
export async function countBatches(em: EntityManager, batchIds: readonly string[], now: Date): Promise<BatchCounts[]> {
  const groups = await em
    .createQueryBuilder(RequestBatchRowEntity, 'b')
    .leftJoin(RelationshipRequestEntity, 'r', 'r.id = b.requestId')
    .select('b.batchId', 'batchId')
    .addSelect('b.status', 'stored')
    .addSelect(SHOWN_STATUS, 'shown')
    .addSelect('COUNT(*)', 'count')
    .where('b.batchId IN (:...ids)', { ids: [...batchIds] })
    .setParameter('now', now)
    .groupBy('b.batchId')
    .addGroupBy('b.status')
    .addGroupBy(SHOWN_STATUS)
    .getRawMany<{ batchId: string; stored: StoredBatchRowStatus; shown: BatchRowStatus; count: string | number }>();
  return batchIds.map((id) =>
    countBatchRows(groups.filter((g) => g.batchId === id).map((g) => ({ stored: g.stored, shown: g.shown, count: Number(g.count) }))),
  );
}

/** What a row's admin access is named after: the known customer, else the company given, else the domain. */
function baseName(row: JudgedRow): string {
  const company = row.fields.companyName?.trim() ? cleanName(row.fields.companyName) : null;
  return row.tenant?.name ?? company ?? row.pinnedDomain ?? 'Admin access';
}

function storedRow(batchId: string, index: number, row: JudgedRow, requestId: string | null): RequestBatchRowEntity {
  const { fields, verdict } = row;
  const params = verdict && (verdict.params || verdict.details) ? JSON.stringify({ ...verdict.params, ...verdict.details }) : null;
  return {
    batchId,
    rowNumber: index + 1,
    domain: fields.domain?.trim() || null,
    customerId: fields.customerId?.trim() || null,
    recipientEmail: fields.recipientEmail.trim(),
    recipientName: fields.recipientName?.trim() || null,
    companyName: fields.companyName?.trim() || null,
    status: verdict ? verdict.status : 'CREATED',
    errorCode: verdict?.errorCode ?? null,
    reason: verdict?.reason ?? null,
    field: verdict?.field ?? null,
    params,
    message: verdict?.message ?? null,
    requestId,
    sentAt: null,
    sendError: null,
  };
}

function fromStored(row: RequestBatchRowEntity): BatchRow {
  return {
    rowNumber: row.rowNumber,
    status: row.status === 'SENDING' ? 'CREATED' : row.status,
    domain: row.domain,
    customerId: row.customerId,
    recipientEmail: row.recipientEmail,
    recipientName: row.recipientName,
    companyName: row.companyName,
    errorCode: row.errorCode,
    reason: row.reason,
    field: row.field,
    message: row.message,
    sendError: row.sendError,
    sentAt: row.sentAt,
    params: row.params,
    requestId: row.requestId,
    request: null,
  };
}

function toBatch(batch: RequestBatchEntity, links: BatchRowLink[] | null): RelationshipRequestBatch {
  return {
    id: batch.id,
    status: batch.status,
    idempotencyKey: batch.idempotencyKey,
    send: batch.send,
    locale: batch.locale,
    createdAt: batch.createdAt,
    completedAt: batch.completedAt,
    links,
    source: { kind: 'stored', partnerTenantId: batch.partnerTenantId, createdByUserId: batch.createdByUserId, indirectProviderTenantId: batch.indirectProviderTenantId },
  };
}
