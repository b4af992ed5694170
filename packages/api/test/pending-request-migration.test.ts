import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnePendingRequestPerCustomer1764300000100 } from '../src/db/migrations/1764300000100-one-pending-request-per-customer.js';
import { ActivityEntity, RelationshipRequestEntity, UserEntity } from '../src/db/entities/index.js';
import { requestRow } from '../src/db/fixtures.js';
import { newToken, sha256Hex } from '../src/security/tokens.js';
import { givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/**
 * Upgrading a database that holds several PENDING requests for one partner and customer (allowed
 * before): the migration resolves them without deleting a row, then the index holds.
 */
let server: TestServer;
let partner: GivenTenant;
const DAY = 86_400_000;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server);
});
afterAll(() => server.stop());

async function insertRequest(customerId: string | null, createdDaysAgo: number, expiresInDays: number): Promise<string> {
  const { id: userId } = await server.db.read((em) => em.findOneByOrFail(UserEntity, { tenantId: partner.id }));
  const now = Date.now();
  const request = requestRow({
    partnerTenantId: partner.id, customerTenantId: customerId, tokenHash: sha256Hex(newToken()), includesDelegatedAdmin: false,
    locale: 'en', createdByUserId: userId, createdAt: new Date(now - createdDaysAgo * DAY), expiresAt: new Date(now + expiresInDays * DAY),
  });
  await server.db.write(({ em }) => em.insert(RelationshipRequestEntity, request));
  return request.id;
}

describe('upgrading to one pending request per customer', () => {
  it('keeps the newest live request pending, revokes older live ones and expires overdue ones, each logged; single and open requests stay', async () => {
    const migration = new OnePendingRequestPerCustomer1764300000100();
    const runner = server.db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const customer = await givenCustomer(server);
      const alone = await givenCustomer(server);
      const oldest = await insertRequest(customer.id, 20, 10);
      const overdue = await insertRequest(customer.id, 40, -10);
      const older = await insertRequest(customer.id, 5, 25);
      const newest = await insertRequest(customer.id, 1, 29);
      const single = await insertRequest(alone.id, 40, -10);
      const open = [await insertRequest(null, 3, 27), await insertRequest(null, 2, 28)];

      await runner.startTransaction();
      await migration.up(runner);
      await runner.commitTransaction();

      const status = async (id: string) => (await server.db.read((em) => em.findOneByOrFail(RelationshipRequestEntity, { id }))).status;
      expect(await status(newest)).toBe('PENDING');
      expect(await status(older)).toBe('REVOKED');
      expect(await status(oldest)).toBe('REVOKED');
      expect(await status(overdue)).toBe('EXPIRED');
      expect(await status(single)).toBe('PENDING');
      expect(await Promise.all(open.map(status))).toEqual(['PENDING', 'PENDING']);
      const log = await server.db.read((em) => em.findBy(ActivityEntity, { partnerTenantId: partner.id }));
      const entry = (id: string) => log.filter((a) => a.subjectId === id).map((a) => ({ type: a.type, actor: a.actorUserId }));
      expect(entry(older)).toEqual([{ type: 'REQUEST_REVOKED', actor: null }]);
      expect(entry(oldest)).toEqual([{ type: 'REQUEST_REVOKED', actor: null }]);
      expect(entry(overdue)).toEqual([{ type: 'REQUEST_EXPIRED', actor: null }]);
      expect(entry(newest)).toEqual([]);

      // The index now refuses a second pending request for the pair at the database.
      await expect(insertRequest(customer.id, 0, 30)).rejects.toThrow();
      await insertRequest(null, 0, 30);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
