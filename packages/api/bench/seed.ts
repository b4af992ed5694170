import type { DataSource, EntityTarget, ObjectLiteral, QueryRunner, ValueTransformer } from 'typeorm';
import {
  OrderEntity,
  RelationshipEntity,
  RelationshipRequestEntity,
  SessionEntity,
  SubscriptionEntity,
  TenantEntity,
  UserEntity,
} from '../src/db/entities/index.js';
import { orderRow, relationshipRow, requestRow, sessionRow, subscriptionRow, tenantRow, userRow } from '../src/db/fixtures.js';
import { hashPassword } from '../src/security/passwords.js';
import { hmacHex, sha256Hex } from '../src/security/tokens.js';
import { ADMIN_ROLE_PRESETS, DEFAULT_ADMIN_DURATION, DEFAULT_ADMIN_PRESET } from '@partnerlink/shared';
import { seedId, seedToken } from './ids.js';

export type Engine = 'sqlite' | 'postgres';
type Value = string | number | boolean | Date | null;

/** SQLite's limit of bound parameters per statement. */
const MAX_PARAMETERS = 32_766;
/** Rows per PostgreSQL INSERT: it binds one array per column, so the chunk is not bound by parameters. */
const POSTGRES_CHUNK_ROWS = 20_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const BENCH_PASSWORD = 'Bench-Password!2026';
export const SALES_EMAIL = 'sales@bench-partner.example';

const FIRST = [
  'Alpine', 'Baltic', 'Cobalt', 'Danube', 'Elbe', 'Fjord', 'Granite', 'Harbor', 'Isar', 'Jura', 'Kestrel', 'Lumen', 'Meridian',
  'Nordic', 'Orbit', 'Polar', 'Quartz', 'Rhine', 'Summit', 'Tundra', 'Umbra', 'Vertex', 'Weser', 'Xenon', 'Yonder', 'Zenith',
];
const SECOND = [
  'Analytics', 'Bakery', 'Consulting', 'Dental', 'Engineering', 'Freight', 'Games', 'Health', 'Insurance', 'Joinery', 'Kitchens',
  'Logistics', 'Media', 'Networks', 'Optics', 'Pharma', 'Quarry', 'Robotics', 'Software', 'Textiles', 'Utilities', 'Ventures', 'Works',
];
/**
 * What a request asking for admin access stores since granular admin relationships: the default
 * preset's roles, duration and a display name. A request with `includesDelegatedAdmin` and no
 * roles grants no admin relationship when accepted (it is not a state the API writes).
 */
function adminAccess(asked: boolean, name: string): Pick<RelationshipRequestEntity, 'includesDelegatedAdmin' | 'adminRoles' | 'adminDuration' | 'adminDisplayName'> {
  return asked
    ? { includesDelegatedAdmin: true, adminRoles: [...ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles], adminDuration: DEFAULT_ADMIN_DURATION, adminDisplayName: name }
    : { includesDelegatedAdmin: false, adminRoles: null, adminDuration: null, adminDisplayName: null };
}

/** Countries of the partner's (DE) market, with a legal form each. */
const COUNTRIES: [country: string, form: string][] = [
  ['DE', 'GmbH'], ['AT', 'GmbH'], ['CH', 'AG'], ['FR', 'SAS'], ['NL', 'BV'], ['BE', 'SA'], ['IT', 'S.p.A.'], ['ES', 'SL'],
  ['SE', 'AB'], ['DK', 'ApS'], ['PL', 'sp. z o.o.'], ['IE', 'Ltd'], ['GB', 'Ltd'], ['NO', 'AS'], ['FI', 'Oy'], ['PT', 'Lda'],
];

export interface AcceptSlot {
  readonly token: string;
  /** The partner that sent the request (slots alternate between the big partner and the small ones). */
  readonly partnerIndex: number;
  readonly session: string;
  readonly includesDelegatedAdmin: boolean;
  readonly customerId: string;
}

/** A customer as seeded: its id, lower-case name (the API's name key) and domain. */
export interface SeededCustomer {
  readonly id: string;
  readonly nameKey: string;
  readonly domain: string;
}

/** A partner of the seed with its signed-in SALES_AGENT (a session stored like sign-in's). */
export interface SeededPartner {
  readonly id: string;
  /** Bearer token of the partner's SALES_AGENT. */
  readonly session: string;
  /** The customers its list shows (ACTIVE relationships; not the former ones). */
  readonly listed: SeededCustomer[];
  /** The one partner with `plan.customers` customers (index 0); the others have `plan.partnerCustomers`. */
  readonly big: boolean;
}

export interface Seeded {
  /** The big partner (index 0 of `partners`), whose SALES_AGENT also signs in over HTTP. */
  readonly partnerId: string;
  /** The big partner's customers with an ACTIVE reseller relationship. */
  readonly customerIds: string[];
  /** Every partner, the big one first. */
  readonly partners: SeededPartner[];
  /** Unpinned pending requests (tokens) for the invitation case. */
  readonly invitationTokens: string[];
  /** One pending request pinned to a fresh customer, with a session of that customer's GLOBAL_ADMIN, per accept. */
  readonly acceptSlots: AcceptSlot[];
  /** A customer admin that can also sign in over HTTP with BENCH_PASSWORD. */
  readonly customerAdminEmail: string;
  /** Everything: customers, invitations and the accept case's tenants, users, sessions and requests. */
  readonly seedMs: number;
  /** The partner and its `customers` customers with relationships, orders and subscriptions. */
  readonly customersMs: number;
  readonly hashMs: number;
  readonly rows: Record<string, number>;
}

export interface SeedPlan {
  /** Customers of the big partner. */
  readonly customers: number;
  /** Partners besides the big one, and customers of each. */
  readonly smallPartners: number;
  readonly partnerCustomers: number;
  readonly invitations: number;
  readonly acceptSlots: number;
  readonly sessionSecret: string;
}

/** Tables in foreign-key order: a chunk is sent only after the chunks its rows refer to. */
const PARENTS_FIRST = ['tenant', 'app_user', 'session', 'relationship_request', 'relationship', 'purchase_order', 'subscription'];

/** An entity's table and its columns: database names, and the entity's property for each. */
interface TableShape {
  readonly table: string;
  readonly columns: readonly string[];
  readonly properties: readonly string[];
  /** The column's transformers (e.g. admin roles stored as text), applied as TypeORM would on save. */
  readonly transformers: readonly (readonly ValueTransformer[])[];
}

/**
 * Multi-row INSERTs, chunked under the parameter limit, for either engine. One statement runs at
 * a time, in order (foreign keys hold), but the next chunk is built while the previous executes.
 * Rows come from the fixtures builders (src/db/fixtures.ts); the columns from the entities' metadata.
 */
class BulkWriter {
  readonly rows: Record<string, number> = {};
  private pending: Promise<unknown> = Promise.resolve();
  private readonly buffers = new Map<string, { columns: readonly string[]; values: Value[]; rows: number }>();
  private readonly shapes = new Map<EntityTarget<ObjectLiteral>, TableShape>();
  private lastDate: Date | undefined;
  private lastTime: Value = null;

  constructor(
    private readonly engine: Engine,
    private readonly runner: QueryRunner,
  ) {}

  /** A value as stored by TypeORM: dates as UTC text and booleans as 0/1 on SQLite. */
  private value(value: unknown): Value {
    if (value instanceof Date) {
      // Rows share their dates: convert each Date object once.
      if (value !== this.lastDate) {
        this.lastDate = value;
        this.lastTime = this.engine === 'sqlite' ? value.toISOString().slice(0, 23).replace('T', ' ') : value;
      }
      return this.lastTime;
    }
    if (typeof value === 'boolean') return this.engine === 'sqlite' ? (value ? 1 : 0) : value;
    return value as Value;
  }

  private shape(entity: EntityTarget<ObjectLiteral>): TableShape {
    let shape = this.shapes.get(entity);
    if (!shape) {
      const metadata = this.runner.connection.getMetadata(entity);
      shape = {
        table: metadata.tableName,
        columns: metadata.columns.map((column) => column.databaseName),
        properties: metadata.columns.map((column) => column.propertyName),
        transformers: metadata.columns.map((column) => (column.transformer === undefined ? [] : Array.isArray(column.transformer) ? column.transformer : [column.transformer])),
      };
      this.shapes.set(entity, shape);
    }
    return shape;
  }

  /** Adds an entity's row; sends the table's chunk when it is full. */
  async add<Entity extends ObjectLiteral>(entity: EntityTarget<Entity>, row: Entity): Promise<void> {
    const { table, columns, properties, transformers } = this.shape(entity);
    let buffer = this.buffers.get(table);
    if (!buffer) {
      buffer = { columns, values: [], rows: 0 };
      this.buffers.set(table, buffer);
    }
    properties.forEach((property, c) => {
      const raw: unknown = row[property];
      const stored = (transformers[c] ?? []).reduce<unknown>((value, transformer) => transformer.to(value), raw);
      buffer.values.push(this.value(stored));
    });
    buffer.rows += 1;
    const full = this.engine === 'sqlite' ? (buffer.rows + 1) * columns.length > MAX_PARAMETERS : buffer.rows >= POSTGRES_CHUNK_ROWS;
    if (full) await this.flush(...PARENTS_FIRST);
  }

  /** Sends what is buffered for the tables, in the order given. */
  async flush(...tables: string[]): Promise<void> {
    for (const table of tables) {
      const buffer = this.buffers.get(table);
      if (!buffer || buffer.rows === 0) continue;
      const { columns, values, rows } = buffer;
      this.buffers.set(table, { columns, values: [], rows: 0 });
      if (this.engine === 'sqlite') {
        const row = `(${columns.map(() => '?').join(',')})`;
        await this.send(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array.from({ length: rows }, () => row).join(',')}`, values);
      } else {
        // PostgreSQL: one array per column, unnested into rows (far less to parse and bind than
        // rows × columns placeholders).
        const types = await this.columnTypes(table);
        const arrays = columns.map((_, c) => Array.from({ length: rows }, (_, r) => values[r * columns.length + c] ?? null));
        const unnest = columns.map((column, c) => `$${c + 1}::${types.get(column) ?? 'text'}[]`).join(', ');
        await this.send(`INSERT INTO ${table} (${columns.join(',')}) SELECT * FROM unnest(${unnest})`, arrays as unknown as Value[]);
      }
      this.rows[table] = (this.rows[table] ?? 0) + rows;
    }
  }

  private readonly types = new Map<string, Map<string, string>>();

  /** PostgreSQL: each column's type name (udt_name: varchar, timestamp, bool, int4, …), for the array casts. */
  private async columnTypes(table: string): Promise<Map<string, string>> {
    const known = this.types.get(table);
    if (known) return known;
    await this.drain();
    const rows = (await this.runner.query(
      'SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1',
      [table],
    )) as { column_name: string; udt_name: string }[];
    const types = new Map(rows.map((row) => [row.column_name, row.udt_name]));
    this.types.set(table, types);
    return types;
  }

  /** Waits for the statement in flight, then starts this one without waiting for it. */
  private async send(sql: string, params: Value[]): Promise<void> {
    await this.pending;
    const running = this.runner.query(sql, params);
    running.catch(() => undefined); // observed by the next send() or by drain()
    this.pending = running;
  }

  async drain(): Promise<void> {
    await this.pending;
  }

  async begin(): Promise<void> {
    await this.drain();
    await this.runner.startTransaction();
  }

  async commit(...tables: string[]): Promise<void> {
    await this.flush(...tables);
    await this.drain();
    await this.runner.commitTransaction();
  }
}

/** Customers per transaction. */
const BATCH = 25_000;

/**
 * Seeds the benchmark's data set into a freshly migrated database: one big partner (DE/PUBLIC)
 * with `customers` customers and `smallPartners` partners (countries of the same market) with
 * `partnerCustomers` each, every partner with a SALES_AGENT and a stored session; of each
 * partner's customers every 50th is a former one (reseller relationship TERMINATED), the others
 * have an ACTIVE reseller relationship, every third also DELEGATED_ADMIN, every fourth a
 * subscription. Then the big partner's unpinned pending requests for the invitation case, and for
 * the accept cases fresh customers with a signed-in GLOBAL_ADMIN and a pending request pinned to
 * each (every second from the big partner, the others from the small ones in turn).
 */
export async function seed(dataSource: DataSource, engine: Engine, plan: SeedPlan): Promise<Seeded> {
  const hashStarted = performance.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const hashMs = performance.now() - hashStarted;

  const runner = dataSource.createQueryRunner();
  // A bigger page cache while seeding (about 13 % faster at 100,000 customers); the server's
  // setting is restored afterwards, so the cases run as configured in production.
  const cacheSize = engine === 'sqlite' ? ((await runner.query('PRAGMA cache_size')) as { cache_size: number }[])[0]?.cache_size : undefined;
  if (cacheSize !== undefined) await runner.query('PRAGMA cache_size = -131072');
  try {
    return await seedWith(runner, engine, plan, passwordHash, hashMs);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    if (cacheSize !== undefined) await runner.query(`PRAGMA cache_size = ${Number(cacheSize)}`);
    await runner.release();
  }
}

/** Every FORMER_EVERY-th customer of a partner is a former one: its reseller relationship TERMINATED. */
const FORMER_EVERY = 50;

async function seedWith(runner: QueryRunner, engine: Engine, plan: SeedPlan, passwordHash: string, hashMs: number): Promise<Seeded> {
  const started = performance.now();
  const w = new BulkWriter(engine, runner);
  const now = new Date();
  const customerIds: string[] = [];
  const partners: SeededPartner[] = [];
  const salesIds: string[] = [];
  const longAgo = new Date(now.getTime() - 800 * DAY);
  const sessionExpires = new Date(now.getTime() + 12 * HOUR);
  const total = plan.customers + plan.smallPartners * plan.partnerCustomers;
  let g = 0; // customer number over all partners: names and domains spread over the alphabet
  let inTransaction = 0;

  await w.begin();
  for (let p = 0; p <= plan.smallPartners; p += 1) {
    const big = p === 0;
    const partnerId = seedId();
    const salesId = seedId();
    // Partners in countries of one market (DE's, with their customers'), each with its own SALES_AGENT and session.
    const [partnerCountry] = COUNTRIES[p % COUNTRIES.length] ?? ['DE'];
    await w.add(TenantEntity, tenantRow({
      id: partnerId, kind: 'PARTNER', name: big ? 'Bench Partners GmbH' : `Bench Partner ${p}`, domain: big ? 'bench-partner.example' : `p${p}.bench-partner.example`,
      country: big ? 'DE' : partnerCountry, partnerId: String(9_900_001 + p), createdAt: longAgo,
    }));
    await w.add(UserEntity, userRow({
      id: salesId, tenantId: partnerId, email: big ? SALES_EMAIL : `sales@p${p}.bench-partner.example`, displayName: `Sales ${p}`, passwordHash, roles: ['SALES_AGENT'], createdAt: longAgo,
    }));
    const session = seedToken();
    await w.add(SessionEntity, sessionRow({ id: seedId(), userId: salesId, tokenHash: hmacHex(plan.sessionSecret, session), createdAt: now, expiresAt: sessionExpires }));
    const count = big ? plan.customers : plan.partnerCustomers;
    const listed: SeededCustomer[] = [];
    partners.push({ id: partnerId, session, listed, big });
    salesIds.push(salesId);

    for (let i = 0; i < count; i += 1, g += 1, inTransaction += 1) {
      if (inTransaction >= BATCH) {
        await w.commit(...PARENTS_FIRST);
        await w.begin();
        inTransaction = 0;
      }
      const id = seedId();
      const former = i % FORMER_EVERY === FORMER_EVERY - 1;
      if (big && !former) customerIds.push(id);
      const [country, form] = COUNTRIES[g % COUNTRIES.length] ?? ['DE', 'GmbH'];
      const name = `${FIRST[g % FIRST.length]} ${SECOND[Math.floor(g / FIRST.length) % SECOND.length]} ${form} ${g + 1}`;
      const since = new Date(now.getTime() - (total - g) * MINUTE - DAY);
      const domain = `c${g + 1}.bench-customer.example`;
      if (!former) listed.push({ id, nameKey: name.toLowerCase(), domain });
      await w.add(TenantEntity, tenantRow({
        id, kind: 'CUSTOMER', name, domain, country, contact: { name: 'IT Contact', email: `it@${domain}` },
        agreement: i % 10 !== 9 ? { signerName: 'IT Director', signerEmail: `director@${domain}` } : null, createdAt: since,
      }));
      const relationship = { partnerTenantId: partnerId, customerTenantId: id, createdAt: since } as const;
      const ended = former ? ({ status: 'TERMINATED', endedAt: new Date(since.getTime() + DAY), endedBySide: 'PARTNER', endedByUserId: salesId } as const) : {};
      await w.add(RelationshipEntity, relationshipRow({ id: seedId(), ...relationship, type: 'RESELLER', origin: 'NEW_CUSTOMER', ...ended }));
      if (former) continue;
      if (i % 3 === 0) await w.add(RelationshipEntity, relationshipRow({ id: seedId(), ...relationship, type: 'DELEGATED_ADMIN', origin: 'INVITATION' }));
      if (i % 4 === 0) {
        const orderId = seedId();
        const sold = { partnerTenantId: partnerId, customerTenantId: id, productId: 'm365-business-premium', quantity: 1 + (i % 50), createdAt: since };
        await w.add(OrderEntity, orderRow({ id: orderId, ...sold, placedByUserId: salesId }));
        await w.add(SubscriptionEntity, subscriptionRow({ id: seedId(), ...sold, orderId }));
      }
    }
  }
  await w.commit(...PARENTS_FIRST);
  const customersMs = performance.now() - started;
  const bigPartner = partners[0];
  const salesId = salesIds[0];
  if (!bigPartner || !salesId) throw new Error('no partner seeded');
  const partnerId = bigPartner.id;

  const created = now;
  const expires = new Date(now.getTime() + 30 * DAY);
  const invitationTokens: string[] = [];
  await w.begin();
  for (let i = 0; i < plan.invitations; i += 1) {
    const token = seedToken();
    invitationTokens.push(token);
    await w.add(RelationshipRequestEntity, requestRow({
      id: seedId(), partnerTenantId: partnerId, tokenHash: sha256Hex(token), ...adminAccess(i % 2 === 0, `Bench admin access ${i + 1}`), locale: 'de',
      createdByUserId: salesId, createdAt: created, expiresAt: expires,
    }));
  }
  await w.commit(...PARENTS_FIRST);

  const acceptSlots: AcceptSlot[] = [];
  await w.begin();
  for (let k = 0; k < plan.acceptSlots; k += 1) {
    if (k > 0 && k % BATCH === 0) {
      await w.commit(...PARENTS_FIRST);
      await w.begin();
    }
    const tenantId = seedId();
    const userId = seedId();
    const [country, form] = COUNTRIES[k % COUNTRIES.length] ?? ['DE', 'GmbH'];
    const name = `Invitee ${String(k + 1).padStart(6, '0')} ${form}`;
    const domain = `i${k + 1}.bench-invitee.example`;
    const email = `admin@${domain}`;
    await w.add(TenantEntity, tenantRow({
      id: tenantId, kind: 'CUSTOMER', name, domain, country, agreement: { signerName: 'IT Director', signerEmail: email }, createdAt: created,
    }));
    await w.add(UserEntity, userRow({
      id: userId, tenantId, email, displayName: `Admin of ${name}`, passwordHash, roles: ['GLOBAL_ADMIN'], createdAt: created,
    }));
    const session = seedToken();
    await w.add(SessionEntity, sessionRow({
      id: seedId(), userId, tokenHash: hmacHex(plan.sessionSecret, session), createdAt: created, expiresAt: sessionExpires,
    }));
    const token = seedToken();
    const includesDelegatedAdmin = k % 2 === 0;
    // Every second accept is the big partner's, the others go round the small partners.
    const partnerIndex = k % 2 === 0 || plan.smallPartners === 0 ? 0 : 1 + (Math.floor(k / 2) % plan.smallPartners);
    await w.add(RelationshipRequestEntity, requestRow({
      id: seedId(), partnerTenantId: partners[partnerIndex]?.id ?? partnerId, customerTenantId: tenantId, tokenHash: sha256Hex(token),
      ...adminAccess(includesDelegatedAdmin, `Bench admin access, invitee ${k + 1}`), locale: 'en', createdByUserId: salesIds[partnerIndex] ?? salesId, createdAt: created, expiresAt: expires,
    }));
    acceptSlots.push({ token, partnerIndex, session, includesDelegatedAdmin, customerId: tenantId });
  }
  await w.commit(...PARENTS_FIRST);

  // PostgreSQL's autovacuum would analyse the new rows soon; SQLite never does unless asked, and
  // the server does not ask, so its planner runs without statistics here as in production.
  if (engine === 'postgres') await runner.query('ANALYZE');
  return {
    partnerId,
    customerIds,
    partners,
    invitationTokens,
    acceptSlots,
    customerAdminEmail: 'admin@i1.bench-invitee.example',
    seedMs: performance.now() - started,
    customersMs,
    hashMs,
    rows: w.rows,
  };
}
