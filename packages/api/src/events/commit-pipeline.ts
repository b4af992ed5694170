import { In, type EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { ActivityChannel, type RemoteActivity } from '../db/activity-channel.js';
import type { Database } from '../db/database.js';
import type { PreparedOutbox } from '../db/database.js';
import type { OutboxFacts } from '../db/claimed-write.js';
import { ActivityEntity, WebhookDeliveryEntity, WebhookEventEntity } from '../db/entities/index.js';
import { ACTIVITY_TOPIC, EventBus } from '../db/event-bus.js';
import { activityEntries } from '../modules/activity-log/activity-entries.js';
import { webhookOutbox, type WebhookOutbox } from '../modules/webhooks/webhook-outbox.js';
import { partiesOf, type DomainEvent } from './domain-events.js';
import type { UnitOfWork } from './unit-of-work.js';
import { ROUTES, type AfterCommitStep, type BeforeCommitStep } from './wiring.js';

/** Activity rows per INSERT (the expiry sweep closes up to 500 requests in one transaction). */
const CHUNK = 500;

/** Who the after-commit steps reach besides the live bus. */
export interface CommitListeners {
  /** Forgets a partner's remembered customer-list counts. */
  forgetCustomerCounts(partnerTenantId: string): void;
  /** Sends queued webhook deliveries now. */
  wakeDispatcher(): void;
  /** Starts sending a new batch's emails now. */
  wakeBatchSender(): void;
}

/** What the before-commit steps wrote for one unit of work, for its after-commit steps. */
interface Written {
  readonly live: ActivityEntity[];
  readonly partners: Set<string>;
  readonly deliveries: number;
  readonly wakeBatchSender: boolean;
}

/** Runs tasks one after another, in the order they arrived. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

const takes = (event: DomainEvent, step: BeforeCommitStep | AfterCommitStep) =>
  (ROUTES[event.type].beforeCommit as readonly string[]).includes(step) || (ROUTES[event.type].afterCommit as readonly string[]).includes(step);

/**
 * Carries out wiring.ts for every unit of work of one Database: the before-commit steps inside
 * its transaction, the after-commit steps once it commits, and, on PostgreSQL, the after-commit
 * steps for what other instances committed (heard with LISTEN/NOTIFY).
 */
export class CommitPipeline {
  /** Committed activity, for live subscriptions: this instance's and, on PostgreSQL, every other's. */
  readonly live = new EventBus();
  private readonly written = new WeakMap<UnitOfWork, Written>();
  private listeners: CommitListeners | undefined;
  /** Activity announced by other instances: loaded and published one notice after another, in commit order. */
  private readonly remote = new SerialQueue();

  /** PostgreSQL: announces committed activity to the other instances and hears theirs. */
  private announcer: ActivityChannel | undefined;

  private constructor(
    private readonly db: Database,
    private readonly publicUrl: string,
    private readonly log: Logger,
  ) {}

  /**
   * Hooks the pipeline into the database's transactions and, on PostgreSQL, opens the LISTEN
   * connection (listening before this returns, so nothing committed after the start is missed).
   */
  static async attach(db: Database, publicUrl: string, log: Logger): Promise<CommitPipeline> {
    const pipeline = new CommitPipeline(db, publicUrl, log);
    if (db.engine === 'postgres') {
      pipeline.announcer = await ActivityChannel.open(db.dataSource, log, (activity) => pipeline.heardFromAnotherInstance(activity));
    }
    db.beforeCommit((tx) => pipeline.beforeCommit(tx));
    db.prepareClaimedWrites((events, facts) => pipeline.prepareClaimedWrite(events, facts));
    db.afterCommit((tx) => pipeline.afterCommit(tx));
    return pipeline;
  }

  /** From now on the after-commit steps reach these (createServer: once the services start). */
  listen(listeners: CommitListeners | undefined): void {
    this.listeners = listeners;
  }

  /** What a unit of work's events write before its commit, read with `em`: activity, webhook outbox, notices; and what follows the commit. */
  private async outboxOf(em: EntityManager, events: readonly DomainEvent[], facts?: OutboxFacts): Promise<{ activity: ActivityEntity[]; webhooks: WebhookOutbox; written: Written }> {
    const live: ActivityEntity[] = [];
    const activity: ActivityEntity[] = [];
    for (const event of events) {
      if (!takes(event, 'writeActivity')) continue;
      const entries = activityEntries(event);
      activity.push(...entries);
      if (takes(event, 'publishLive')) live.push(...entries);
    }
    const webhooks = await webhookOutbox(
      em,
      events.filter((event) => takes(event, 'queueWebhooks')),
      this.publicUrl,
      facts,
    );
    const partners = new Set(events.filter((event) => takes(event, 'forgetCustomerCounts')).map((event) => partiesOf(event).partnerTenantId));
    const written = { live, partners, deliveries: webhooks.deliveries.length, wakeBatchSender: events.some((event) => takes(event, 'wakeBatchSender')) };
    return { activity, webhooks, written };
  }

  private async beforeCommit(tx: UnitOfWork): Promise<void> {
    if (tx.events.length === 0) return;
    const { activity, webhooks, written } = await this.outboxOf(tx.em, tx.events);
    for (let i = 0; i < activity.length; i += CHUNK) await tx.em.insert(ActivityEntity, activity.slice(i, i + CHUNK));
    for (let i = 0; i < webhooks.events.length; i += CHUNK) await tx.em.insert(WebhookEventEntity, webhooks.events.slice(i, i + CHUNK));
    for (let i = 0; i < webhooks.deliveries.length; i += CHUNK) await tx.em.insert(WebhookDeliveryEntity, webhooks.deliveries.slice(i, i + CHUNK));
    if (written.live.length > 0) await this.announcer?.notify(tx.em, written.live, written.partners);
    this.written.set(tx, written);
  }

  /**
   * The same for a claimed write (Database.claimedWrite, one statement on PostgreSQL): the rows and
   * notices go into its statement, read beforehand with a read connection (unless `facts` has what
   * it would read); `committed` runs the after-commit steps once it claimed.
   */
  async prepareClaimedWrite(events: readonly DomainEvent[], facts: OutboxFacts | undefined): Promise<PreparedOutbox> {
    const { activity, webhooks, written } = await this.db.read((em) => this.outboxOf(em, events, facts));
    return {
      inserts: [
        { entity: ActivityEntity, rows: activity },
        { entity: WebhookEventEntity, rows: webhooks.events },
        { entity: WebhookDeliveryEntity, rows: webhooks.deliveries },
      ],
      notices: written.live.length > 0 && this.announcer ? this.announcer.notices(written.live, written.partners) : [],
      committed: () => this.afterCommitOf(written),
    };
  }

  private afterCommit(tx: UnitOfWork): void {
    const written = this.written.get(tx);
    if (!written) return;
    this.written.delete(tx);
    this.afterCommitOf(written);
  }

  private afterCommitOf(written: Written): void {
    for (const entry of written.live) this.live.publish(ACTIVITY_TOPIC, entry);
    for (const partner of written.partners) this.listeners?.forgetCustomerCounts(partner);
    if (written.deliveries > 0) this.listeners?.wakeDispatcher();
    if (written.wakeBatchSender) this.listeners?.wakeBatchSender();
  }

  /**
   * Another instance committed these entries: its after-commit steps, here (its dispatcher sends
   * its deliveries). The partners whose customer lists changed are named in the notice (`listed`);
   * from an instance of an earlier release, which does not name them, every entry's partner.
   */
  private heardFromAnotherInstance({ ids, listed }: RemoteActivity): void {
    for (const partner of listed ?? []) this.listeners?.forgetCustomerCounts(partner);
    // The rows are for live subscribers (and for an earlier release's partners): with no one
    // subscribed here, loading them would be a statement per write of every other instance, for
    // nothing. A subscription opened after this notice was not open when its activity committed.
    if (listed && !this.live.listening(ACTIVITY_TOPIC)) return;
    void this.remote.run(async () => {
      try {
        const rows = await this.db.read((em) => em.findBy(ActivityEntity, { id: In([...ids]) }));
        const byId = new Map(rows.map((row) => [row.id, row]));
        for (const id of ids) {
          const entry = byId.get(id);
          if (!entry) continue;
          this.live.publish(ACTIVITY_TOPIC, entry);
          if (!listed) this.listeners?.forgetCustomerCounts(entry.partnerTenantId);
        }
      } catch (error) {
        this.log.warn({ err: error, entries: ids.length }, 'could not load activity committed by another instance; it is not delivered live');
      }
    });
  }

  /** Closes the LISTEN connection; loads in flight finish first. */
  async release(): Promise<void> {
    await this.announcer?.close();
    await this.remote.run(async () => undefined);
  }
}
