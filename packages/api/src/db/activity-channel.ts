import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadPg } from './pg-connection.js';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { currentSchema, dedicatedConnectionConfig } from './pg-connection.js';
import type { ChannelNotice } from './claimed-write.js';

/**
 * Activity ids per NOTIFY: with at most as many partner ids (`listed`), 160 UUIDs make about
 * 6.5 kB, below PostgreSQL's 8000-byte payload limit.
 */
const IDS_PER_NOTICE = 80;
/** A quiet LISTEN connection is probed this often, so a half-open socket is noticed. */
const HEARTBEAT_MS = 30_000;
const HEARTBEAT_TIMEOUT_MS = 10_000;
const RECONNECT_FIRST_MS = 250;
const RECONNECT_MAX_MS = 30_000;
/** PostgreSQL truncates identifiers, channel names included, to 63 bytes. */
const MAX_CHANNEL_BYTES = 63;

/**
 * What one NOTIFY carries: the instance that wrote, ids of the activity rows it committed, and
 * the partners among theirs whose customer lists changed (events/wiring.ts, forgetCustomerCounts).
 * An instance of an earlier release sends no `listed`: its listeners then take every entry's
 * partner (as that release did), and that release ignores the field.
 */
interface Notice {
  readonly origin: string;
  readonly ids: readonly string[];
  readonly listed?: readonly string[];
}

/** What another instance committed, as a listener hears it; `listed` null: not said (an earlier release). */
export interface RemoteActivity {
  readonly ids: readonly string[];
  readonly listed: readonly string[] | null;
}

/** An activity entry being announced: its id and its partner. */
export interface AnnouncedEntry {
  readonly id: string;
  readonly partnerTenantId: string;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The channel of one schema: instances on the same schema share it, and test schemas in one
 * database do not hear each other. Long schema names are hashed to fit.
 */
export function channelName(schema: string): string {
  const name = `partnerlink.activity.${schema}`;
  if (Buffer.byteLength(name) <= MAX_CHANNEL_BYTES) return name;
  return `partnerlink.activity.${createHash('sha256').update(schema).digest('hex').slice(0, 32)}`;
}

function parseNotice(payload: string | undefined): Notice | null {
  try {
    const value = JSON.parse(payload ?? '') as { origin?: unknown; ids?: unknown; listed?: unknown } | null;
    const ids = value?.ids;
    const listed = value?.listed;
    if (typeof value?.origin !== 'string' || !isStrings(ids) || (listed !== undefined && !isStrings(listed))) return null;
    return { origin: value.origin, ids, ...(listed ? { listed } : {}) };
  } catch {
    return null;
  }
}

/**
 * Committed activity across instances on PostgreSQL, with LISTEN/NOTIFY.
 *
 * The writer calls `notify` inside its transaction; PostgreSQL delivers a NOTIFY only when the
 * transaction commits (and drops it on rollback), in commit order, so listeners never hear of
 * uncommitted work. The payload holds activity ids, not rows, to stay far below the 8000-byte
 * limit; listeners load the rows in one query. Each instance keeps one dedicated connection that
 * LISTENs (not a pooled one: LISTEN is session state), probes it, and reconnects with backoff
 * when it drops. Activity committed while it is disconnected is not delivered live (the activity
 * log still has it). The instance's own notices are ignored: it already published them locally.
 */
export class ActivityChannel {
  /** Tells this instance's notices from the others'. */
  readonly origin = randomUUID();
  private client: pg.Client | undefined;
  private closed = false;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;

  private constructor(
    readonly name: string,
    private readonly config: pg.ClientConfig,
    private readonly log: Logger,
    private readonly onRemote: (activity: RemoteActivity) => void,
  ) {}

  /** Connects and LISTENs before returning (a failure here fails the start). */
  static async open(dataSource: DataSource, log: Logger, onRemote: (activity: RemoteActivity) => void): Promise<ActivityChannel> {
    const channel = new ActivityChannel(channelName(await currentSchema(dataSource)), dedicatedConnectionConfig(dataSource), log, onRemote);
    await channel.connect();
    return channel;
  }

  /** Announces the transaction's activity; sent by PostgreSQL if and when the transaction commits. */
  async notify(em: EntityManager, entries: readonly AnnouncedEntry[], listed: ReadonlySet<string>): Promise<void> {
    for (const notice of this.notices(entries, listed)) await em.query('SELECT pg_notify($1, $2)', [notice.channel, notice.payload]);
  }

  /**
   * The NOTIFYs announcing these entries (a statement of the writer's sends them: see `notify`),
   * each naming the `listed` partners among its entries'.
   */
  notices(entries: readonly AnnouncedEntry[], listed: ReadonlySet<string>): ChannelNotice[] {
    const notices: ChannelNotice[] = [];
    for (let start = 0; start < entries.length; start += IDS_PER_NOTICE) {
      const chunk = entries.slice(start, start + IDS_PER_NOTICE);
      const partners = [...new Set(chunk.map((entry) => entry.partnerTenantId))].filter((partner) => listed.has(partner));
      const notice: Notice = { origin: this.origin, ids: chunk.map((entry) => entry.id), listed: partners };
      notices.push({ channel: this.name, payload: JSON.stringify(notice) });
    }
    return notices;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const pg = await loadPg();
    const client = new pg.Client(this.config);
    client.on('notification', (message) => this.receive(message));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the LISTEN connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.name)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.heartbeat = setInterval(() => this.probe(client), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private receive(message: pg.Notification): void {
    if (message.channel !== this.name) return;
    const notice = parseNotice(message.payload);
    if (!notice) {
      this.log.warn({ channel: this.name }, 'ignored a malformed activity notice');
      return;
    }
    if (notice.origin !== this.origin && notice.ids.length > 0) this.onRemote({ ids: notice.ids, listed: notice.listed ?? null });
  }

  private probe(client: pg.Client): void {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the LISTEN connection did not answer within ${HEARTBEAT_TIMEOUT_MS} ms`)), HEARTBEAT_TIMEOUT_MS);
    });
    Promise.race([client.query('SELECT 1'), timeout])
      .catch((error: unknown) => this.lost(client, error))
      .finally(() => clearTimeout(timer));
  }

  private lost(client: pg.Client, error: unknown): void {
    if (client !== this.client) return; // an old connection, or closing on purpose
    this.client = undefined;
    clearInterval(this.heartbeat);
    void client.end().catch(() => undefined);
    this.log.warn(
      { err: error, channel: this.name },
      'lost the LISTEN connection for live events; reconnecting (activity committed meanwhile is not delivered live)',
    );
    this.reconnect();
  }

  private reconnect(): void {
    if (this.closed) return;
    const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** this.failures);
    const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
    this.reconnectTimer = setTimeout(() => {
      this.connect().then(
        () => {
          if (this.closed) return;
          this.log.info({ channel: this.name, failedAttempts: this.failures }, 'LISTEN connection for live events restored');
          this.failures = 0;
        },
        (error: unknown) => {
          this.failures += 1;
          this.log.warn({ err: error, channel: this.name, failedAttempts: this.failures }, 'could not reconnect the LISTEN connection; trying again');
          this.reconnect();
        },
      );
    }, delay);
    this.reconnectTimer.unref();
  }
}
