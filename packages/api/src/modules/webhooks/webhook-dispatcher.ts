import { In } from 'typeorm';
import type { Logger } from 'pino';
import { DomainError } from '@partnerlink/shared';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { WebhookDeliveryEntity, WebhookEndpointEntity, WebhookEventEntity } from '../../db/entities/index.js';
import { recordAttempt } from './delivery-outcome.js';
import { dueDeliveries, leaseDeliveries, nextDueAt } from './webhook-delivery.repository.js';
import { retryDelayMs } from './retry-schedule.js';
import { postWebhook, type WebhookResponse } from './webhook-http.js';
import { secretBoxOf, type SecretBox, signatureHeader } from './webhook-signing.js';
import { assertWebhookUrl } from './url-safety.js';
import { Rounds } from '../../rounds.js';

/**
 * The longest wait between rounds. Commits that queue deliveries wake the dispatcher at once and
 * each round sets a timer for the next known due time, so this poll only finds rows it could not
 * know about: leases left by a crashed instance, rows another instance scheduled.
 */
const IDLE_POLL_MS = 30_000;
/** Deliveries claimed per round. */
const BATCH = 20;
const TIMEOUT_MS = 10_000;
/** How long a claim holds a delivery; longer than any request, so only a crashed dispatcher's rows come back. */
const LEASE_MS = 60_000;

interface Round {
  claimed: Claimed[];
  /** The earliest future attempt among the unleased PENDING rows, if any. */
  nextDueAt: Date | null;
}

interface Claimed {
  delivery: WebhookDeliveryEntity;
  event: WebhookEventEntity | undefined;
  endpoint: WebhookEndpointEntity | undefined;
}

/**
 * Delivers the outbox: claims due PENDING deliveries (skipping rows another instance is claiming,
 * so dispatchers on several instances never send the same row at once),
 * leases them, sends outside any transaction, then records the outcome and the next attempt.
 * State lives in the database only, so a restart resumes where it stopped.
 */
export class WebhookDispatcher {
  private readonly rounds = new Rounds(
    () => this.drain(),
    (error) => this.log.error({ err: error }, 'webhook dispatch failed'),
  );
  private abort = new AbortController();
  private readonly box: SecretBox;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly log: Logger,
  ) {
    this.box = secretBoxOf(config);
  }

  start(): void {
    if (this.rounds.isStarted) return;
    this.abort = new AbortController();
    this.rounds.start(); // also resumes what a previous run left PENDING
  }

  /** Stops polling, cancels requests in flight (their leases are released) and waits for the round to end. */
  async stop(): Promise<void> {
    if (!this.rounds.isStarted) return;
    this.abort.abort();
    await this.rounds.stop();
  }

  /** Runs a round now, or right after the current one (also the after-commit step for queued deliveries). */
  kick(): void {
    this.rounds.kick();
  }

  private async drain(): Promise<void> {
    while (this.rounds.isStarted) {
      const now = new Date();
      const { claimed, nextDueAt } = await this.claim(now);
      await Promise.all(claimed.map((item) => this.attempt(item)));
      if (claimed.length < BATCH) {
        this.rounds.wakeAt(Math.min(nextDueAt?.getTime() ?? Number.POSITIVE_INFINITY, Date.now() + IDLE_POLL_MS));
        return;
      }
    }
  }

  /** Claims due deliveries under a lease; every other PENDING row is either leased or due later. */
  private claim(now: Date): Promise<Round> {
    return this.db.write(async ({ em }) => {
      const rows = await dueDeliveries(this.db, em, now, BATCH);
      // more may be due when the batch is full: the next round starts at once
      const nextDue = async () => (rows.length === BATCH ? now : nextDueAt(em));
      if (rows.length === 0) return { claimed: [], nextDueAt: await nextDue() };
      await leaseDeliveries(em, rows.map((row) => row.id), new Date(now.getTime() + LEASE_MS));
      // One after the other: a transaction is one connection (PostgreSQL's client runs one query at a time).
      const events = await em.findBy(WebhookEventEntity, { id: In([...new Set(rows.map((r) => r.eventId))]) });
      const endpoints = await em.findBy(WebhookEndpointEntity, { id: In([...new Set(rows.map((r) => r.endpointId))]) });
      const claimed = rows.map((delivery) => ({
        delivery,
        event: events.find((e) => e.id === delivery.eventId),
        endpoint: endpoints.find((e) => e.id === delivery.endpointId),
      }));
      return { claimed, nextDueAt: await nextDue() };
    });
  }

  private async attempt({ delivery, event, endpoint }: Claimed): Promise<void> {
    if (!event || !endpoint || !endpoint.enabled) {
      await this.db.write(({ em }) =>
        em.update(WebhookDeliveryEntity, { id: delivery.id }, {
          status: 'FAILED',
          nextAttemptAt: null,
          lockedUntil: null,
          lastError: endpoint ? 'Not sent: the endpoint is disabled.' : 'Not sent: the event is gone.',
        }),
      );
      return;
    }
    const started = performance.now();
    const response = await this.send(event, endpoint);
    if (this.abort.signal.aborted) {
      // Shutting down: let the next start (or another instance) try again without counting this one.
      await this.db.write(({ em }) => em.update(WebhookDeliveryEntity, { id: delivery.id }, { lockedUntil: null }));
      return;
    }
    await this.record(delivery, endpoint.id, response, Math.round(performance.now() - started), new Date());
  }

  private async send(event: WebhookEventEntity, endpoint: WebhookEndpointEntity): Promise<WebhookResponse> {
    let secret: string;
    try {
      assertWebhookUrl(endpoint.url, { httpsOnly: this.config.production, allowPrivate: this.config.webhookAllowPrivateUrls });
      secret = this.box.open(endpoint.secretCiphertext);
    } catch (error) {
      const reason = error instanceof DomainError ? error.message : 'The signing secret cannot be read (was SECRETS_KEY changed?); rotate it.';
      return { ok: false, status: null, error: `Not sent: ${reason}` };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    return postWebhook({
      url: endpoint.url,
      body: event.payload,
      allowPrivate: this.config.webhookAllowPrivateUrls,
      signal: AbortSignal.any([AbortSignal.timeout(TIMEOUT_MS), this.abort.signal]),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Partnerlink-Webhooks/1',
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secret, event.id, timestamp, event.payload),
      },
    });
  }

  private async record(delivery: WebhookDeliveryEntity, endpointId: string, response: WebhookResponse, durationMs: number, now: Date) {
    const delay = response.ok ? null : retryDelayMs(delivery.attempts + 1, this.config.webhookRetryBaseMs);
    await this.db.write(({ em }) => recordAttempt(em, { delivery, endpointId, response, durationMs, now, delay }));
    this.log.debug({ deliveryId: delivery.id, endpointId, ok: response.ok, status: response.status }, 'webhook attempt');
    if (delay !== null) this.rounds.wakeAt(now.getTime() + delay);
  }
}
