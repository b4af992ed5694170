import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { ActivityChannel, type RemoteActivity } from '../src/db/activity-channel.js';
import { createDataSource } from '../src/db/data-source.js';
import { LOCAL_POSTGRES_URL, postgresReachable, withPostgres } from './support/api-process.js';

/**
 * What one instance tells the others on PostgreSQL when it commits activity: the entries, and
 * which partners' customer lists changed (only those forget their remembered counts there).
 * Runs whenever PostgreSQL is reachable, also in the SQLite pass; skipped, visibly, when it is not.
 */
const reachable = await postgresReachable();
const TITLE = 'the activity channel between instances';
const SKIPPED = `${TITLE} (skipped: PostgreSQL is not reachable at ${LOCAL_POSTGRES_URL})`;
if (!reachable) console.warn(SKIPPED);

describe.skipIf(!reachable)(reachable ? TITLE : SKIPPED, () => {
  const schema = `chan_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let dataSource: DataSource;
  let sender: ActivityChannel;
  let listener: ActivityChannel;
  const heard: RemoteActivity[] = [];
  const heardBySender: RemoteActivity[] = [];

  beforeAll(async () => {
    await withPostgres((client) => client.query(`CREATE SCHEMA ${schema}`));
    dataSource = await createDataSource({ engine: 'postgres', url: LOCAL_POSTGRES_URL, poolSize: 2 }, { schema, migrate: false });
    const log = pino({ level: 'silent' });
    sender = await ActivityChannel.open(dataSource, log, (activity) => heardBySender.push(activity));
    listener = await ActivityChannel.open(dataSource, log, (activity) => heard.push(activity));
  });
  afterAll(async () => {
    await sender?.close();
    await listener?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await withPostgres((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  async function until(condition: () => boolean): Promise<void> {
    for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(condition()).toBe(true);
  }

  it('names, per notice, the partners whose customer lists changed; an earlier release names none and its listeners take every entry', async () => {
    const [changed, unchanged] = [randomUUID(), randomUUID()];
    // 120 entries: the first 90 are the unchanged partner's (requests), the last 30 the changed one's (an accept).
    const entries = Array.from({ length: 120 }, (_, i) => ({ id: randomUUID(), partnerTenantId: i < 90 ? unchanged : changed }));
    await dataSource.transaction((em) => sender.notify(em, entries, new Set([changed])));
    await until(() => heard.length === 2);
    expect(heard.flatMap((notice) => notice.ids)).toEqual(entries.map((entry) => entry.id));
    // The first notice's entries are all the unchanged partner's; the second has the changed one's.
    expect(heard.map((notice) => notice.listed)).toEqual([[], [changed]]);
    // Every payload stays under PostgreSQL's limit even when every entry is another listed partner's.
    const crowded = Array.from({ length: 200 }, () => ({ id: randomUUID(), partnerTenantId: randomUUID() }));
    const notices = sender.notices(crowded, new Set(crowded.map((entry) => entry.partnerTenantId)));
    expect(Math.max(...notices.map((notice) => Buffer.byteLength(notice.payload)))).toBeLessThan(8000);

    // A notice as the previous release wrote it: no `listed`.
    heard.length = 0;
    const ids = [randomUUID(), randomUUID()];
    await withPostgres((client) => client.query('SELECT pg_notify($1, $2)', [listener.name, JSON.stringify({ origin: 'an-earlier-release', ids })]));
    await until(() => heard.length === 1);
    expect(heard).toEqual([{ ids, listed: null }]);
    // The sender never hears itself.
    expect(heardBySender).toEqual([{ ids, listed: null }]);
  });
});
