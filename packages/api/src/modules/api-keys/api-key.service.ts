import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { In } from 'typeorm';
import { apiKeyRefusal, assertName, DomainError, TenantKind, type ApiKeyRefusal } from '@partnerlink/shared';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { ApiKeyEntity, rolesOf, TenantEntity, UserEntity } from '../../db/entities/index.js';
import type { RateLimiter, RateLimits } from '../../security/rate-limiter.js';
import { RememberedViewers } from '../../security/remembered-viewers.js';
import { newId, sha256Hex } from '../../security/tokens.js';
import { apiKeyStatus, scopesOf, toApiKey, type CreateApiKeyInput, type CreatedApiKey } from './api-key.type.js';

const PREFIX = 'plk_';
const MAX_LIFETIME_MS = 2 * 366 * 24 * 60 * 60 * 1000;
const LAST_USED_EVERY_MS = 60_000;

const REFUSALS: Record<ApiKeyRefusal, string> = {
  CREATOR_GONE: 'This API key no longer works: the person who created it is no longer a user of this partner. Create a new key.',
  CREATOR_MAY_NOT_MANAGE_KEYS:
    'This API key no longer works: the person who created it no longer has a role that may manage API keys (GLOBAL_ADMIN or ADMIN_AGENT). Create a new key.',
};

/** Why a key of this creator (found in the key's tenant, or null) is refused; null while it works. */
function creatorRefusal(creator: UserEntity | null): ApiKeyRefusal | null {
  return apiKeyRefusal(creator ? { tenantKind: TenantKind.PARTNER, roles: rolesOf(creator) } : null);
}

/** Whether a bearer token is an API key secret (recognisable by its prefix). */
export function isApiKeySecret(token: string): boolean {
  return token.startsWith(PREFIX);
}

/** A partner's API keys: created and revoked by people, used by third-party tools. */
export class ApiKeyService {
  // Requests per key: generous for integrations, a brake for runaway loops.
  private readonly perKey: RateLimiter;
  private readonly lastUsedWritten = new Map<string, number>();
  /** Keys' viewers between requests, on SQLite only (see remembered-viewers.ts); each request still counts against its key's limit. */
  private readonly remembered = new RememberedViewers();

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    limits: RateLimits,
  ) {
    this.perKey = limits.limiter('api-key', 600, 60_000);
  }

  async create(viewer: Viewer, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const name = assertName('name', 'personName', input.name);
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) throw new DomainError('BAD_USER_INPUT', { reason: 'SCOPES_REQUIRED' }, 'scopes');
    const now = new Date();
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && (expiresAt.getTime() <= now.getTime() || expiresAt.getTime() - now.getTime() > MAX_LIFETIME_MS)) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'EXPIRY_RANGE' }, 'expiresAt');
    }
    const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
    const row: ApiKeyEntity = {
      id: newId(),
      partnerTenantId: viewer.tenantId,
      name,
      scopes: scopes.join(','),
      prefix: secret.slice(0, 12),
      secretHash: sha256Hex(secret),
      createdByUserId: viewer.userId,
      createdAt: now,
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
      revokedByUserId: null,
    };
    await this.db.write(async (tx) => {
      await tx.em.insert(ApiKeyEntity, row);
      tx.emit({ type: 'ApiKeyCreated', key: row, actor: viewer, at: now });
    });
    return { apiKey: toApiKey(row, now), secret };
  }

  async list(viewer: Viewer) {
    const now = new Date();
    const { rows, creators } = await this.db.read(async (em) => {
      const keys = await em.find(ApiKeyEntity, { where: { partnerTenantId: viewer.tenantId }, order: { createdAt: 'DESC', id: 'DESC' } });
      const ids = [...new Set(keys.map((key) => key.createdByUserId))];
      const users = ids.length > 0 ? await em.findBy(UserEntity, { id: In(ids), tenantId: viewer.tenantId }) : [];
      return { rows: keys, creators: new Map(users.map((user) => [user.id, user])) };
    });
    return rows.map((row) => toApiKey(row, now, creatorRefusal(creators.get(row.createdByUserId) ?? null) !== null));
  }

  /** Revoked keys stop working on the very next request. */
  async revoke(viewer: Viewer, id: string) {
    const now = new Date();
    const row = await this.db.write(async (tx) => {
      const key = await tx.em.findOneBy(ApiKeyEntity, { id, partnerTenantId: viewer.tenantId });
      if (!key) throw new DomainError('NOT_FOUND', 'There is no such API key.', 'id');
      if (key.revokedAt) throw new DomainError('BAD_USER_INPUT', { reason: 'KEY_ALREADY_REVOKED' }, 'id');
      const changes = { revokedAt: now, revokedByUserId: viewer.userId };
      await tx.em.update(ApiKeyEntity, { id: key.id }, changes);
      Object.assign(key, changes);
      tx.emit({ type: 'ApiKeyRevoked', key, actor: viewer, at: now });
      return key;
    });
    return toApiKey(row, now);
  }

  /**
   * The viewer an API key acts as: its partner tenant and its creator's current roles, limited by
   * the key's scopes (shared's `can`). Read on every call (on SQLite remembered until the next
   * write, which any change of roles is), so a creator's changed roles count at once. A key whose
   * creator is gone or may no longer manage keys is refused, saying why.
   */
  async viewerFor(secret: string): Promise<Viewer | null> {
    const now = new Date();
    const hash = sha256Hex(secret);
    const epoch = this.db.writerEpoch();
    const remembered = epoch === null ? undefined : this.remembered.lookup(hash, epoch, now.getTime());
    if (remembered?.apiKey) {
      await this.perKey.hit(remembered.apiKey.id);
      this.touch(remembered.apiKey.id, now);
      return remembered;
    }
    const found = await this.db.read(async (em) => {
      const key = await em.findOneBy(ApiKeyEntity, { secretHash: hash });
      if (!key || apiKeyStatus(key, now) !== 'ACTIVE') return null;
      const [tenant, creator] = await Promise.all([
        em.findOneBy(TenantEntity, { id: key.partnerTenantId }),
        em.findOneBy(UserEntity, { id: key.createdByUserId, tenantId: key.partnerTenantId }),
      ]);
      return tenant && tenant.kind === TenantKind.PARTNER ? { key, creator } : null;
    });
    if (!found) return null;
    const { key, creator } = found;
    const refusal = creatorRefusal(creator);
    if (refusal || !creator) throw new DomainError('UNAUTHENTICATED', REFUSALS[refusal ?? 'CREATOR_GONE']);
    const roles = rolesOf(creator);
    await this.perKey.hit(key.id);
    this.touch(key.id, now);
    const scopes = scopesOf(key);
    const viewer: Viewer = {
      userId: creator.id,
      sessionId: null,
      apiKey: { id: key.id, scopes },
      email: creator.email,
      displayName: `API key "${key.name}"`,
      tenantId: key.partnerTenantId,
      tenantKind: TenantKind.PARTNER,
      roles,
    };
    if (epoch !== null) this.remembered.keep(hash, epoch, viewer, key.expiresAt?.getTime() ?? Infinity, now.getTime());
    return viewer;
  }

  /** Records the last use at most once a minute per key, without holding up the request. */
  private touch(id: string, now: Date): void {
    const last = this.lastUsedWritten.get(id) ?? 0;
    if (now.getTime() - last < LAST_USED_EVERY_MS) return;
    this.lastUsedWritten.set(id, now.getTime());
    this.db
      .write(({ em }) => em.update(ApiKeyEntity, { id }, { lastUsedAt: now }))
      .catch((error: unknown) => this.log.warn({ err: error, apiKeyId: id }, 'could not record when an API key was used'));
  }
}
