import type { Logger } from 'pino';
import { In, LessThanOrEqual } from 'typeorm';
import { countBatchRows, effectiveStatus } from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { RelationshipRequestEntity, RequestBatchEntity, RequestBatchRowEntity, TenantEntity, UserEntity } from '../../db/entities/index.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';
import type { Mailer } from '../../mail/mailer.js';
import { newToken, sha256Hex } from '../../security/tokens.js';
import { invitationWithLink } from '../relationship-requests/invitation-link.js';
import { InvitationEmailLimitedError, replyTo, type InvitationMailService } from '../relationship-requests/invitation-mail.service.js';
import { updateIfLinkUnchanged } from '../relationship-requests/relationship-request.repository.js';
import { Rounds } from '../../rounds.js';
import { countBatches } from './request-batch.service.js';

/** Rows a worker claims at a time: one, so a crash leaves only the rows in flight unknown (the others stay CREATED). */
const CLAIM = 1;
/** The longest wait between rounds: finds batches other instances created and partners whose daily limit passed. */
const IDLE_POLL_MS = 15_000;
/**
 * Emails in flight at once, each its own claimed row: the writes around them share commits, so
 * this is what makes sending fast; a crash leaves at most this many rows unknown.
 */
export const SEND_CONCURRENCY = 8;
/** Tries per email: the first and two retries. */
const SEND_ATTEMPTS = 3;

/** Why a row's email did not go out (BatchRow.sendError). */
export type SendError = 'MAIL_REFUSED' | 'EMAIL_LIMIT' | 'INTERRUPTED' | 'NOT_PENDING';

/**
 * Emails the links of SENDING batches in the background (DESIGN.md rule 16), one row at a time per
 * claim and never one row twice:
 * - a row is claimed (CREATED → SENDING, with the claim's time) in a transaction that skips rows
 *   another instance holds; only then is its link renewed (the server never kept the first one)
 *   and mailed, outside any transaction, and the row becomes SENT or SEND_FAILED;
 * - a row still SENDING after the lease belonged to an instance that stopped mid-send: nobody knows
 *   whether its mail went out, so it becomes SEND_FAILED (INTERRUPTED) and is never sent again
 *   (the partner sends a new link by hand); on SQLite, one process, that happens at start-up;
 * - the partner's daily email limit pauses its batches until the limit allows again (the rows stay
 *   CREATED); a recipient's limit fails that row (EMAIL_LIMIT); a refusing mail server is retried twice;
 * - a batch with no row left to send is COMPLETED (REQUEST_BATCH_COMPLETED, webhook
 *   relationship-request-batch-completed), exactly once.
 * State lives in the database, so a restart resumes where it stopped.
 */
export class BatchSender {
  private readonly rounds = new Rounds(
    () => this.drain(),
    (error) => this.log.error({ err: error }, 'sending batch emails failed'),
  );
  /** Whether the rows a previous process left SENDING were failed already (SQLite: at start-up, without the lease). */
  private recovered = false;
  /** Partners whose daily email limit is used up, until when (this instance's knowledge; the limiter is shared). */
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly mailer: Mailer,
    private readonly mail: InvitationMailService,
    private readonly log: Logger,
    private readonly clock: Clock,
  ) {}

  /** Resumes what a previous run left; without SMTP there is nothing to send (send: true is refused then). */
  start(): void {
    if (this.mailer.canSend) this.rounds.start();
  }

  /** No more rounds; the emails in flight finish first. */
  stop(): Promise<void> {
    return this.rounds.stop();
  }

  /** A round now, or right after the current one (the after-commit step of a new batch). */
  kick(): void {
    this.rounds.kick();
  }

  private async drain(): Promise<void> {
    await this.failInterrupted();
    const touched = new Set<string>();
    const worker = async () => {
      while (this.rounds.isStarted) {
        const claimed = await this.claim();
        for (const row of claimed) {
          touched.add(row.batchId);
          await this.send(row);
        }
        if (claimed.length < CLAIM) return;
      }
    };
    await Promise.all(Array.from({ length: SEND_CONCURRENCY }, worker));
    await this.completeFinished([...touched]);
    // Batches other instances created, stale rows of a stopped instance, partners whose day is over.
    this.rounds.wakeAt(Date.now() + IDLE_POLL_MS);
  }

  /** Rows left SENDING by a stopped sender: SEND_FAILED (INTERRUPTED), and their batches completed when nothing else is left. */
  private async failInterrupted(): Promise<void> {
    const before = this.db.engine === 'sqlite' && !this.recovered ? this.clock.now() : new Date(this.clock.now().getTime() - this.config.batchSendLeaseSeconds * 1000);
    this.recovered = true;
    const stale = await this.db.read((em) => em.find(RequestBatchRowEntity, { where: { status: 'SENDING', sentAt: LessThanOrEqual(before) }, take: 500 }));
    if (stale.length === 0) return;
    await this.db.write(async ({ em }) => {
      for (const row of stale) {
        await em.update(RequestBatchRowEntity, { batchId: row.batchId, rowNumber: row.rowNumber, status: 'SENDING' }, { status: 'SEND_FAILED', sendError: 'INTERRUPTED', sentAt: null });
      }
    });
    this.log.warn({ rows: stale.length }, 'batch emails interrupted by a stop were not sent again: their rows are SEND_FAILED (INTERRUPTED)');
    await this.completeFinished([...new Set(stale.map((row) => row.batchId))]);
  }

  /** Up to CLAIM rows of SENDING batches, oldest batch first, marked SENDING with the claim's time. */
  private claim(): Promise<RequestBatchRowEntity[]> {
    const now = this.clock.now();
    const paused = [...this.pausedUntil].filter(([, until]) => until > now.getTime()).map(([partner]) => partner);
    return this.db.write(async ({ em }) => {
      const sending = em
        .createQueryBuilder(RequestBatchEntity, 't')
        .select('t.id')
        .where("t.status = 'SENDING'")
        .orderBy('t.createdAt', 'ASC')
        .take(20);
      if (paused.length > 0) sending.andWhere('t.partnerTenantId NOT IN (:...paused)', { paused });
      const batchIds = (await sending.getMany()).map((batch) => batch.id);
      if (batchIds.length === 0) return [];
      const rows = await this.db
        .lockSkippingLocked(
          em
            .createQueryBuilder(RequestBatchRowEntity, 'b')
            .where("b.batchId IN (:...batchIds) AND b.status = 'CREATED'", { batchIds })
            .orderBy('b.batchId', 'ASC')
            .addOrderBy('b.rowNumber', 'ASC')
            .limit(CLAIM),
        )
        .getMany();
      for (const row of rows) {
        await em.update(RequestBatchRowEntity, { batchId: row.batchId, rowNumber: row.rowNumber, status: 'CREATED' }, { status: 'SENDING', sentAt: now });
      }
      return rows;
    });
  }

  /** One row: its link renewed, mailed, and the outcome recorded. */
  private async send(row: RequestBatchRowEntity): Promise<void> {
    const found = await this.db.read(async (em) => {
      const request = row.requestId ? await em.findOneBy(RelationshipRequestEntity, { id: row.requestId }) : null;
      if (!request) return null;
      const [partner, customer, provider, requester] = await Promise.all([
        em.findOneByOrFail(TenantEntity, { id: request.partnerTenantId }),
        request.customerTenantId ? em.findOneBy(TenantEntity, { id: request.customerTenantId }) : null,
        request.indirectProviderTenantId ? em.findOneBy(TenantEntity, { id: request.indirectProviderTenantId }) : null,
        em.findOneByOrFail(UserEntity, { id: request.createdByUserId }),
      ]);
      return { request, partner, customer, provider, requester };
    });
    const now = this.clock.now();
    if (!found || effectiveStatus(found.request, now) !== 'PENDING') return this.finish(row, 'NOT_PENDING');
    const { request, partner, customer, provider, requester } = found;
    const to = request.recipientEmail ?? row.recipientEmail;
    try {
      await this.mail.countEmail(partner.id, to);
    } catch (error) {
      if (!(error instanceof InvitationEmailLimitedError)) throw error;
      if (error.details.limit === 'PARTNER') {
        // The partner's day is used up: this and its other rows wait (CREATED again) until it allows more.
        this.pausedUntil.set(partner.id, now.getTime() + error.retryAfterSeconds * 1000);
        await this.db.write(({ em }) => em.update(RequestBatchRowEntity, { batchId: row.batchId, rowNumber: row.rowNumber, status: 'SENDING' }, { status: 'CREATED', sentAt: null }));
        return;
      }
      return this.finish(row, 'EMAIL_LIMIT');
    }
    // The link the server made at creation was never shown to anyone: a new one goes into the mail.
    const token = newToken();
    const renewed = await this.db.write(({ em }) => updateIfLinkUnchanged(em, request, { tokenHash: sha256Hex(token) }));
    if (!renewed) return this.finish(row, 'NOT_PENDING');
    const company = customer ?? (row.companyName ? { name: row.companyName } : null);
    const { email } = invitationWithLink(this.config.publicUrl, request, partner, company, requester.displayName, token, now, provider);
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.mailer.send({ to, subject: email.subject, text: email.body, replyTo: replyTo(requester) });
        break;
      } catch (error) {
        if (attempt >= SEND_ATTEMPTS || !this.rounds.isStarted) {
          this.log.warn({ err: error, requestId: request.id }, 'a batch email was not accepted by the mail server');
          return this.finish(row, 'MAIL_REFUSED');
        }
        await new Promise((resolve) => setTimeout(resolve, this.config.batchSendRetryBaseMs * 4 ** (attempt - 1)));
      }
    }
    await this.db.write(async (tx) => {
      await tx.em.update(RequestBatchRowEntity, { batchId: row.batchId, rowNumber: row.rowNumber }, { status: 'SENT', sentAt: now, sendError: null });
      await tx.em.update(RelationshipRequestEntity, { id: request.id }, { sentTo: to, sentAt: now });
      Object.assign(request, { sentTo: to, sentAt: now });
      tx.emit({ type: 'BatchInvitationEmailed', request, to, actor: { userId: requester.id, tenantId: partner.id, displayName: requester.displayName }, at: now });
    });
  }

  private async finish(row: RequestBatchRowEntity, error: SendError): Promise<void> {
    await this.db.write(({ em }) =>
      em.update(RequestBatchRowEntity, { batchId: row.batchId, rowNumber: row.rowNumber, status: 'SENDING' }, { status: 'SEND_FAILED', sendError: error, sentAt: null }),
    );
  }

  /** Batches among these with nothing left to send: COMPLETED, announced once (the update is conditional). */
  private async completeFinished(batchIds: readonly string[]): Promise<void> {
    for (const batchId of batchIds) {
      await this.db.write(async (tx) => {
        const left = await tx.em.countBy(RequestBatchRowEntity, { batchId, status: In(['CREATED', 'SENDING']) });
        if (left > 0) return;
        const now = this.clock.now();
        const result = await tx.em.update(RequestBatchEntity, { id: batchId, status: 'SENDING' }, { status: 'COMPLETED', completedAt: now });
        if (result.affected !== 1) return;
        await this.announce(tx, batchId, now);
      });
    }
  }

  private async announce(tx: UnitOfWork, batchId: string, now: Date): Promise<void> {
    const batch = await tx.em.findOneByOrFail(RequestBatchEntity, { id: batchId });
    const creator = await tx.em.findOneBy(UserEntity, { id: batch.createdByUserId });
    tx.emit({ type: 'RequestBatchCompleted', batch, creatorName: creator?.displayName ?? '', counts: (await countBatches(tx.em, [batchId], now))[0] ?? countBatchRows([]), actor: null, at: now });
  }
}
