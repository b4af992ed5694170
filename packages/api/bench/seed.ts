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

/** Name prefixes for the search case: 3 letters, a first word, a first word and the start of a second. */
export function searchPrefixes(): string[] {
  const prefixes: string[] = [];
  for (const first of FIRST) {
    prefixes.push(first.slice(0, 3).toLowerCase(), first.toLowerCase());
    for (const second of SECOND) prefixes.push(`${first} ${second.slice(0, 2)}`.toLowerCase());
  }
  return prefixes;
}

export interface AcceptSlot {
  readonly token: string;
  readonly session: string;
  readonly includesDelegatedAdmin: boolean;
  readonly customerId: string;
}

export interface Seeded {
  readonly partnerId: string;
  readonly customerIds: string[];
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
  readonly customers: number;
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
  /** The columns' value transformers (e.g. admin roles as comma-separated text), by position. */
  readonly transformers: readonly (ValueTransformer | undefined)[];
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
        transformers: metadata.columns.map((column) => (Array.isArray(column.transformer) ? undefined : column.transformer)),
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
    properties.forEach((property, i) => {
      const transformer = transformers[i];
      buffer.values.push(this.value(transformer ? transformer.to(row[property]) : row[property]));
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
 * Seeds the benchmark's data set into a freshly migrated database: one DE/PUBLIC partner with a
 * SALES_AGENT, `customers` related customers (every third also DELEGATED_ADMIN, every fourth with
 * a subscription), unpinned pending requests for the invitation case, and for the accept case
 * fresh customers with a signed-in GLOBAL_ADMIN and a pending request pinned to each.
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

async function seedWith(runner: QueryRunner, engine: Engine, plan: SeedPlan, passwordHash: string, hashMs: number): Promise<Seeded> {
  const started = performance.now();
  const w = new BulkWriter(engine, runner);
  const now = new Date();
  const partnerId = seedId();
  const salesId = seedId();
  const customerIds: string[] = [];
  const longAgo = new Date(now.getTime() - 800 * DAY);

  await w.begin();
  await w.add(TenantEntity, tenantRow({
    id: partnerId, kind: 'PARTNER', name: 'Bench Partners GmbH', domain: 'bench-partner.example', country: 'DE', partnerId: '9900001', createdAt: longAgo,
  }));
  await w.add(UserEntity, userRow({
    id: salesId, tenantId: partnerId, email: SALES_EMAIL, displayName: 'Sally Sales', passwordHash, roles: ['SALES_AGENT'], createdAt: longAgo,
  }));
  await w.flush(...PARENTS_FIRST);

  for (let i = 0; i < plan.customers; i += 1) {
    if (i > 0 && i % BATCH === 0) {
      await w.commit(...PARENTS_FIRST);
      await w.begin();
    }
    const id = seedId();
    customerIds.push(id);
    const [country, form] = COUNTRIES[i % COUNTRIES.length] ?? ['DE', 'GmbH'];
    const name = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]} ${form} ${i + 1}`;
    const since = new Date(now.getTime() - (plan.customers - i) * MINUTE - DAY);
    const domain = `c${i + 1}.bench-customer.example`;
    await w.add(TenantEntity, tenantRow({
      id, kind: 'CUSTOMER', name, domain, country, contact: { name: 'IT Contact', email: `it@${domain}` },
      agreement: i % 10 !== 9 ? { signerName: 'IT Director', signerEmail: `director@${domain}` } : null, createdAt: since,
    }));
    const relationship = { partnerTenantId: partnerId, customerTenantId: id, createdAt: since } as const;
    await w.add(RelationshipEntity, relationshipRow({ id: seedId(), ...relationship, type: 'RESELLER', origin: 'NEW_CUSTOMER' }));
    if (i % 3 === 0) await w.add(RelationshipEntity, relationshipRow({ id: seedId(), ...relationship, type: 'DELEGATED_ADMIN', origin: 'INVITATION' }));
    if (i % 4 === 0) {
      const orderId = seedId();
      const sold = { partnerTenantId: partnerId, customerTenantId: id, productId: 'm365-business-premium', quantity: 1 + (i % 50), createdAt: since };
      await w.add(OrderEntity, orderRow({ id: orderId, ...sold, placedByUserId: salesId }));
      await w.add(SubscriptionEntity, subscriptionRow({ id: seedId(), ...sold, orderId }));
    }
  }
  await w.commit(...PARENTS_FIRST);
  const customersMs = performance.now() - started;

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
  const sessionExpires = new Date(now.getTime() + 12 * HOUR);
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
    await w.add(RelationshipRequestEntity, requestRow({
      id: seedId(), partnerTenantId: partnerId, customerTenantId: tenantId, tokenHash: sha256Hex(token),
      ...adminAccess(includesDelegatedAdmin, `Bench admin access, invitee ${k + 1}`), locale: 'en', createdByUserId: salesId, createdAt: created, expiresAt: expires,
    }));
    acceptSlots.push({ token, session, includesDelegatedAdmin, customerId: tenantId });
  }
  await w.commit(...PARENTS_FIRST);

  // PostgreSQL's autovacuum would analyse the new rows soon; SQLite never does unless asked, and
  // the server does not ask, so its planner runs without statistics here as in production.
  if (engine === 'postgres') await runner.query('ANALYZE');
  return {
    partnerId,
    customerIds,
    invitationTokens,
    acceptSlots,
    customerAdminEmail: 'admin@i1.bench-invitee.example',
    seedMs: performance.now() - started,
    customersMs,
    hashMs,
    rows: w.rows,
  };
}
