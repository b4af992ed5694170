import { In } from 'typeorm';
import type { Logger } from 'pino';
import { ActivityChannel } from '../db/activity-channel.js';
import type { Database } from '../db/database.js';
import { ActivityEntity } from '../db/entities/index.js';
import { ACTIVITY_TOPIC, EventBus } from '../db/event-bus.js';
import { activityEntries } from '../modules/activity-log/activity-entries.js';
import { queueWebhooks } from '../modules/webhooks/webhook-outbox.js';
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
      pipeline.announcer = await ActivityChannel.open(db.dataSource, log, (ids) => pipeline.heardFromAnotherInstance(ids));
    }
    db.beforeCommit((tx) => pipeline.beforeCommit(tx));
    db.afterCommit((tx) => pipeline.afterCommit(tx));
    return pipeline;
  }

  /** From now on the after-commit steps reach these (createServer: once the services start). */
  listen(listeners: CommitListeners | undefined): void {
    this.listeners = listeners;
  }

  private async beforeCommit(tx: UnitOfWork): Promise<void> {
    const events = tx.events;
    if (events.length === 0) return;
    const live: ActivityEntity[] = [];
    const all: ActivityEntity[] = [];
    for (const event of events) {
      if (!takes(event, 'writeActivity')) continue;
      const entries = activityEntries(event);
      all.push(...entries);
      if (takes(event, 'publishLive')) live.push(...entries);
    }
    for (let i = 0; i < all.length; i += CHUNK) await tx.em.insert(ActivityEntity, all.slice(i, i + CHUNK));
    const deliveries = await queueWebhooks(
      tx.em,
      events.filter((event) => takes(event, 'queueWebhooks')),
      this.publicUrl,
    );
    if (live.length > 0) await this.announcer?.notify(tx.em, live.map((entry) => entry.id));
    const partners = new Set(events.filter((event) => takes(event, 'forgetCustomerCounts')).map((event) => partiesOf(event).partnerTenantId));
    this.written.set(tx, { live, partners, deliveries, wakeBatchSender: events.some((event) => takes(event, 'wakeBatchSender')) });
  }

  private afterCommit(tx: UnitOfWork): void {
    const written = this.written.get(tx);
    if (!written) return;
    this.written.delete(tx);
    for (const entry of written.live) this.live.publish(ACTIVITY_TOPIC, entry);
    for (const partner of written.partners) this.listeners?.forgetCustomerCounts(partner);
    if (written.deliveries > 0) this.listeners?.wakeDispatcher();
    if (written.wakeBatchSender) this.listeners?.wakeBatchSender();
  }

  /** Another instance committed these entries: its after-commit steps, here (its dispatcher sends its deliveries). */
  private heardFromAnotherInstance(ids: readonly string[]): void {
    void this.remote.run(async () => {
      try {
        const rows = await this.db.read((em) => em.findBy(ActivityEntity, { id: In([...ids]) }));
        const byId = new Map(rows.map((row) => [row.id, row]));
        for (const id of ids) {
          const entry = byId.get(id);
          if (!entry) continue;
          this.live.publish(ACTIVITY_TOPIC, entry);
          this.listeners?.forgetCustomerCounts(entry.partnerTenantId);
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
