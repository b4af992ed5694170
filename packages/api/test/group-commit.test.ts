import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { Database } from '../src/db/database.js';
import { ProductEntity } from '../src/db/entities/index.js';

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
