import type { EntityManager } from 'typeorm';
import type { ActivityType } from '@partnerlink/shared';
import type { Viewer } from '../../viewer.js';
import { queueActivity, type Database } from '../../db/database.js';
import { ActivityEntity } from '../../db/entities/index.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { newId } from '../../security/tokens.js';

export interface ActivityInput {
  readonly partnerTenantId: string;
  readonly customerTenantId: string | null;
  readonly type: ActivityType;
  readonly subjectId: string;
  readonly summary: string;
  /** Null for the system. */
  readonly actor: Pick<Viewer, 'userId' | 'tenantId'> | null;
  readonly at: Date;
}

/** Writes an entry with the caller's transaction (batched at its end), so it lands together with the change. */
export async function recordActivity(em: EntityManager, input: ActivityInput): Promise<void> {
  const entry: ActivityEntity = {
    id: newId(),
    partnerTenantId: input.partnerTenantId,
    customerTenantId: input.customerTenantId,
    type: input.type,
    subjectId: input.subjectId,
    summary: input.summary.slice(0, 500),
    actorUserId: input.actor?.userId ?? null,
    actorTenantId: input.actor?.tenantId ?? null,
    createdAt: input.at,
  };
  if (!queueActivity(em, entry)) await em.insert(ActivityEntity, entry);
}

export class ActivityLogService {
  constructor(private readonly db: Database) {}

  /** The partner's log, newest first. */
  async list(viewer: Viewer, args: { first?: number | null; after?: string | null }) {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    const totalCount = () => this.db.read((em) => em.countBy(ActivityEntity, { partnerTenantId: viewer.tenantId }));
    return this.db.read(async (em) => {
      const query = em
        .createQueryBuilder(ActivityEntity, 'a')
        .where('a.partnerTenantId = :tenant', { tenant: viewer.tenantId });
      const rows = await newestFirst(query, cursor, limit).getMany();
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => row);
    });
  }
}
