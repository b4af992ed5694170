import type { DataSource } from 'typeorm';
import { sha256Hex } from '../src/security/tokens.js';
import type { AcceptSlot, Engine } from './seed.js';

export interface AcceptVerification {
  /** Accepts answered without errors. */
  readonly acknowledged: number;
  /** Acknowledged, yet not stored ACCEPTED with every relationship it promised. Must be 0. */
  readonly acknowledgedButLost: number;
  /** Requests sent by the load whose accept is stored although the client saw an error or no answer. */
  readonly storedWithoutAcknowledgement: number;
  /** (partner, customer, type) with more than one ACTIVE relationship. Must be 0. */
  readonly duplicateActiveRelationships: number;
}

const CHUNK = 500;

function marks(engine: Engine, count: number): string {
  return Array.from({ length: count }, (_, i) => (engine === 'sqlite' ? '?' : `$${i + 1}`)).join(',');
}

/** Reads back, from the database, what the accept case's clients were told. */
export async function verifyAccepts(
  dataSource: DataSource,
  engine: Engine,
  slots: readonly AcceptSlot[],
  sent: number,
  acknowledgedIndexes: readonly number[],
): Promise<AcceptVerification> {
  const acknowledged = new Set(acknowledgedIndexes);
  let lost = 0;
  let storedWithoutAck = 0;
  const used = slots.slice(0, sent);
  for (let start = 0; start < used.length; start += CHUNK) {
    const chunk = used.slice(start, start + CHUNK);
    const hashes = chunk.map((slot) => sha256Hex(slot.token));
    const requests: { id: string; token_hash: string; status: string }[] = await dataSource.query(
      `SELECT id, token_hash, status FROM relationship_request WHERE token_hash IN (${marks(engine, hashes.length)})`,
      hashes,
    );
    const byHash = new Map(requests.map((r) => [r.token_hash, r]));
    const ids = requests.map((r) => r.id);
    const relationships: { request_id: string; type: string }[] = ids.length
      ? await dataSource.query(
          `SELECT request_id, type FROM relationship WHERE status = 'ACTIVE' AND request_id IN (${marks(engine, ids.length)})`,
          ids,
        )
      : [];
    const types = new Map<string, Set<string>>();
    for (const r of relationships) {
      const set = types.get(r.request_id) ?? new Set<string>();
      set.add(r.type);
      types.set(r.request_id, set);
    }
    chunk.forEach((slot, i) => {
      const request = byHash.get(hashes[i] ?? '');
      const stored =
        request !== undefined &&
        request.status === 'ACCEPTED' &&
        (types.get(request.id)?.has('RESELLER') ?? false) &&
        (!slot.includesDelegatedAdmin || (types.get(request.id)?.has('DELEGATED_ADMIN') ?? false));
      if (acknowledged.has(start + i)) {
        if (!stored) lost += 1;
      } else if (stored) storedWithoutAck += 1;
    });
  }
  const duplicates: { n: number | string }[] = await dataSource.query(
    `SELECT COUNT(*) AS n FROM (SELECT partner_tenant_id, customer_tenant_id, type FROM relationship WHERE status = 'ACTIVE'
       GROUP BY partner_tenant_id, customer_tenant_id, type HAVING COUNT(*) > 1) d`,
  );
  return {
    acknowledged: acknowledged.size,
    acknowledgedButLost: lost,
    storedWithoutAcknowledgement: storedWithoutAck,
    duplicateActiveRelationships: Number(duplicates[0]?.n ?? 0),
  };
}
