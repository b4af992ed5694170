import { Like } from 'typeorm';
import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';
import { WebhookEndpointEntity } from '../../db/entities/index.js';
import type { SecretBox } from './webhook-signing.js';

/**
 * Seals the webhook signing secrets still stored under the legacy key (derived from SESSION_SECRET)
 * again under SECRETS_KEY, in one transaction, when the server starts. Idempotent, and harmless
 * when instances start together (each writes a valid sealing of the same secret). A value that no
 * longer opens (SESSION_SECRET changed before the upgrade) is left alone: its endpoint's deliveries
 * say so until the partner rotates the secret.
 */
export async function resealLegacySecrets(db: Database, box: SecretBox, log: Logger): Promise<number> {
  const resealed = await db.write(async ({ em }) => {
    const rows = await em.find(WebhookEndpointEntity, { where: { secretCiphertext: Like('v1.%') } });
    let count = 0;
    for (const row of rows) {
      if (!box.needsResealing(row.secretCiphertext)) continue;
      let secret: string;
      try {
        secret = box.open(row.secretCiphertext);
      } catch {
        log.warn({ endpointId: row.id }, 'a webhook signing secret cannot be opened with SESSION_SECRET; the endpoint needs a new secret');
        continue;
      }
      await em.update(WebhookEndpointEntity, { id: row.id }, { secretCiphertext: box.seal(secret) });
      count += 1;
    }
    return count;
  });
  if (resealed > 0) log.info({ resealed }, 'webhook signing secrets moved from SESSION_SECRET to SECRETS_KEY');
  return resealed;
}
