import type { EntityManager } from 'typeorm';
import { RelationshipEntity } from '../../db/entities/index.js';

/** Which ACTIVE relationship rows to hold: one by id, or a partner's of one type with one customer. */
export type HeldRelationships = { readonly id: string } | {
  readonly partnerTenantId: string;
  readonly customerTenantId: string;
  readonly type: RelationshipEntity['type'];
};

/**
 * Holds the ACTIVE relationship rows that match until the transaction ends (an update that
 * changes nothing takes the row lock on PostgreSQL; SQLite writes one at a time anyway), so a
 * concurrent end, order or end request waits for this one and then sees its outcome. True when
 * there was such a row.
 */
export async function holdActiveRelationships(em: EntityManager, match: HeldRelationships): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(RelationshipEntity)
    .set({ status: 'ACTIVE' })
    .where({ ...match, status: 'ACTIVE' })
    .execute();
  return (result.affected ?? 0) > 0;
}
