import { body } from './cases.js';
import { post } from './http.js';
import type { Seeded } from './seed.js';

/** Rows of the benchmarked batch: the most a batch may have. */
export const BATCH_ROWS = 5_000;
/** Of them, rows naming a seeded customer the partner already resells to (BLOCKED: ALREADY_RELATED). */
const RELATED_ROWS = 500;

export interface BatchReport {
  readonly rows: number;
  readonly created: number;
  readonly blocked: number;
  /** createRelationshipRequestBatch with dryRun: true, one request, to the answer. */
  readonly dryRunMs: number;
  /** The same rows created: every request, the batch, its rows and their activity in one transaction, with the links in the answer. */
  readonly createMs: number;
  /** The creation's answer (it carries the 5,000 links). */
  readonly responseBytes: number;
}

const CREATE = `mutation Batch($input: CreateRelationshipRequestBatchInput!) {
  createRelationshipRequestBatch(input: $input) { id status counts { total created blocked invalid } links { rowNumber url } }
}`;

interface Answer {
  createRelationshipRequestBatch: { counts: { total: number; created: number; blocked: number } };
}

/**
 * A batch of 5,000 rows through the API instance, the way a partner taking over a book of
 * customers sends it: 4,500 domains Partnerlink does not know yet and 500 customers the partner
 * already has (blocked). First the dry run the SPA shows, then the creation; each timed alone.
 */
export async function measureBatch(url: string, token: string, seeded: Seeded): Promise<BatchReport> {
  const run = Date.now().toString(36);
  const related = seeded.customerIds.slice(0, RELATED_ROWS).map((customerId, i) => ({ customerId, recipientEmail: `it${i}@related-${run}.example` }));
  const fresh = Array.from({ length: BATCH_ROWS - related.length }, (_, i) => ({
    domain: `takeover-${i}-${run}.example`,
    recipientEmail: `admin@takeover-${i}-${run}.example`,
    recipientName: `Admin ${i}`,
    companyName: `Takeover ${i} GmbH`,
  }));
  const rows = [...fresh, ...related];
  const input = { locale: 'en', idempotencyKey: `bench-${run}`, rows };
  const timed = async (dryRun: boolean) => {
    const started = performance.now();
    const reply = await post(url, body(CREATE, { input: { ...input, dryRun } }), token);
    return { ms: performance.now() - started, answer: reply.data as Answer, bytes: JSON.stringify(reply).length };
  };
  const dry = await timed(true);
  const created = await timed(false);
  const counts = created.answer.createRelationshipRequestBatch.counts;
  if (counts.total !== BATCH_ROWS || counts.created !== fresh.length) {
    throw new Error(`the benchmarked batch created ${counts.created} of ${counts.total} rows, expected ${fresh.length} of ${BATCH_ROWS}`);
  }
  return { rows: BATCH_ROWS, created: counts.created, blocked: counts.blocked, dryRunMs: dry.ms, createMs: created.ms, responseBytes: created.bytes };
}
