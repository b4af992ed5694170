import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryFailedError, type DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { Database } from '../src/db/database.js';
import { ProductEntity } from '../src/db/entities/index.js';
import { GroupCommit } from '../src/db/group-commit.js';

// The SQLite writer shares one transaction between the writes queued meanwhile; each must still
// succeed or fail on its own, and none may be acknowledged before its batch is durable.
describe.runIf(!process.env.DATABASE_URL?.startsWith('postgres'))('group commit on SQLite', () => {
  let dir: string;
  let dataSource: DataSource;
  let db: Database;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-group-'));
    dataSource = await createDataSource({ engine: 'sqlite', file: path.join(dir, 'group.db') });
    db = await Database.open(dataSource);
  });
  afterAll(async () => {
    await db.release();
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const product = (id: string): ProductEntity => ({
    id,
    name: id,
    kind: 'SEAT_LICENSE',
    unitPriceCents: 100,
    currency: 'EUR',
  });

  it('commits the writes that succeed and rolls back only the ones that fail, in one batch', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        db.write(async ({ em }) => {
          await em.insert(ProductEntity, product(`group-${i}`));
          if (i % 4 === 3) throw new Error(`unit ${i} fails after writing`);
          return i;
        }),
      ),
    );
    const fulfilled = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    expect(fulfilled).toEqual(Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 4 !== 3));
    const stored = await db.read((em) => em.createQueryBuilder(ProductEntity, 'p').where("p.id LIKE 'group-%'").getMany());
    expect(stored.map((p) => Number(p.id.slice('group-'.length))).sort((a, b) => a - b)).toEqual(fulfilled);
  });

  it('a unit sees the writes of the units before it in the same batch', async () => {
    const [first, second] = await Promise.all([
      db.write(({ em }) => em.insert(ProductEntity, product('seen-1')).then(() => 'written')),
      db.write(({ em }) => em.existsBy(ProductEntity, { id: 'seen-1' })),
    ]);
    expect(first).toBe('written');
    expect(second).toBe(true);
  });
});

// Units given as scripts (claimed writes: accepts and declines) make one call to SQLite each, which
// stops at the statement that fails: the unit is still rolled back alone.
describe.runIf(!process.env.DATABASE_URL?.startsWith('postgres'))('group commit of scripts on SQLite', () => {
  let dir: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-group-scripts-'));
    dataSource = await createDataSource({ engine: 'sqlite', file: path.join(dir, 'scripts.db') });
  });
  afterAll(async () => {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (id: string) => `INSERT INTO product (id, name, kind, unit_price_cents, currency) VALUES ('${id}', '${id}', 'SEAT_LICENSE', 100, 'EUR')`;
  const stored = async (prefix: string) =>
    ((await dataSource.query(`SELECT id FROM product WHERE id LIKE '${prefix}-%' ORDER BY id`)) as { id: string }[]).map((r) => r.id);

  it('a script that fails is rolled back alone, also the first of its batch; the others commit', async () => {
    const group = new GroupCommit(dataSource);
    await group.runScript(insert('taken-x'));
    const outcomes = await Promise.allSettled([
      group.runScript(insert('fail-1')),
      // Queued together while the first commits alone: the first of the batch fails on its second statement.
      group.runScript(`${insert('fail-2')}; ${insert('taken-x')}`),
      group.runScript(insert('fail-3')),
      group.runScript(`${insert('fail-4')}; ${insert('fail-4')}`),
      group.runScript(insert('fail-5')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    const reason = (outcomes[1] as PromiseRejectedResult).reason as Error;
    expect(reason).toBeInstanceOf(QueryFailedError);
    expect(reason.message).toMatch(/UNIQUE/);
    expect(await stored('fail')).toEqual(['fail-1', 'fail-3', 'fail-5']);
    // Nothing is left open: a write outside the group commits at once.
    await dataSource.query(insert('after-1'));
    expect(await stored('after')).toEqual(['after-1']);
  });
});
