import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { ActivityEntity } from '../../db/entities/index.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';

/** The partner's activity log (entries are written by the commit pipeline: events/wiring.ts). */
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
