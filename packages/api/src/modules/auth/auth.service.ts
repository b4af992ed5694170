import { assertText, DomainError, emailProblem, type TenantKind } from '@partnerlink/shared';
import type { Config } from '../../config.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { rolesOf, SessionEntity, TenantEntity, UserEntity } from '../../db/entities/index.js';
import { timeFromRaw } from '../../db/hydrate.js';
import { decoyHash, verifyPassword } from '../../security/passwords.js';
import type { RateLimits } from '../../security/rate-limiter.js';
import { SignInLimits } from '../../security/sign-in-limits.js';
import { hmacHex, newId, newToken } from '../../security/tokens.js';
import { isApiKeySecret, type ApiKeyService } from '../api-keys/api-key.service.js';
import { queryNamed } from '../../db/named-query.js';
import { RememberedViewers } from '../../security/remembered-viewers.js';

const HOUR_MS = 60 * 60 * 1000;
const WRONG_CREDENTIALS = 'The email address or password is not correct.';

export interface SignedIn {
  readonly token: string;
  readonly expiresAt: Date;
  readonly viewer: Viewer;
}

export class AuthService {
  // Failed attempts per email and address, per email and per address: see security/sign-in-limits.ts.
  private readonly limits: SignInLimits;
  /** Sessions' viewers between requests, on SQLite only (see remembered-viewers.ts). */
  private readonly sessions = new RememberedViewers();

  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly apiKeys: ApiKeyService,
    limits: RateLimits,
  ) {
    this.limits = new SignInLimits(limits);
  }

  private hashToken(token: string): string {
    return hmacHex(this.config.sessionSecret, token);
  }

  /** The same error for an unknown email and a wrong password, after the same work. */
  async signIn(emailInput: string, password: string, client: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    if (emailProblem(email)) throw new DomainError('BAD_USER_INPUT', { reason: 'EMAIL_INVALID' }, 'email');
    assertText('password', 'password', password);
    await this.limits.assertAllowed(email, client);

    const found = await this.db.read(async (em) => {
      const user = await em.findOneBy(UserEntity, { email });
      const tenant = user ? await em.findOneBy(TenantEntity, { id: user.tenantId }) : null;
      return user && tenant ? { user, tenant } : null;
    });
    const ok = await verifyPassword(found?.user.passwordHash ?? (await decoyHash()), password);
    if (!found || !ok) {
      await this.limits.recordFailure(email, client);
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.limits.recordSuccess(email, client);

    const token = newToken();
    const now = new Date();
    const session: SessionEntity = {
      id: newId(),
      userId: found.user.id,
      tokenHash: this.hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.sessionTtlHours * HOUR_MS),
    };
    await this.db.write(({ em }) => em.insert(SessionEntity, session));
    return { token, expiresAt: session.expiresAt, viewer: toViewer(found.user, found.tenant, session.id) };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.db.write(({ em }) => em.delete(SessionEntity, { id: sessionId }));
  }

  /** Ends all of the person's sessions (not their API keys; an API key may not run it: shared's OPERATIONS). */
  async signOutEverywhere(viewer: Viewer): Promise<void> {
    await this.db.write(({ em }) => em.delete(SessionEntity, { userId: viewer.userId }));
  }

  /**
   * Like `authenticate`, but an API key that is refused is simply no viewer, so the caller gets
   * the usual UNAUTHENTICATED (the WebSocket path, where a thrown context would end the socket).
   */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    try {
      return await this.authenticate(token);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') return null;
      throw error;
    }
  }

  /**
   * The viewer of a session token or API key, or null when it is unknown, expired or revoked.
   * Throws UNAUTHENTICATED, saying why, for an API key whose creator is gone or lost the role.
   */
  async authenticate(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    if (isApiKeySecret(token)) return this.apiKeys.viewerFor(token);
    const hash = this.hashToken(token);
    const epoch = this.db.writerEpoch();
    if (epoch !== null) {
      const remembered = this.sessions.lookup(hash, epoch, Date.now());
      if (remembered) return remembered;
    }
    const [row] = await this.db.read((em) => queryNamed<SessionViewerRow>(em, SESSION_VIEWER, { hash }));
    const now = Date.now();
    const expiresAt = row ? timeFromRaw(row.expires_at).getTime() : 0;
    if (!row || expiresAt <= now) return null;
    const viewer = toViewer(
      { id: row.user_id, email: row.email, displayName: row.display_name, roles: row.roles },
      { id: row.tenant_id, kind: row.kind as TenantKind },
      row.session_id,
    );
    if (epoch !== null) this.sessions.keep(hash, epoch, viewer, expiresAt, now);
    return viewer;
  }
}

/**
 * Who a session token signs in, with only what a viewer needs (every request makes this look-up:
 * no entity hydration, and the password hash is not read).
 */
const SESSION_VIEWER =
  'SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.email, u.display_name, u.roles, t.id AS tenant_id, t.kind ' +
  'FROM session s INNER JOIN app_user u ON u.id = s.user_id INNER JOIN tenant t ON t.id = u.tenant_id WHERE s.token_hash = :hash';

interface SessionViewerRow {
  session_id: string;
  expires_at: unknown;
  user_id: string;
  email: string;
  display_name: string;
  roles: string;
  tenant_id: string;
  kind: string;
}

export function toViewer(
  user: Pick<UserEntity, 'id' | 'email' | 'displayName' | 'roles'>,
  tenant: Pick<TenantEntity, 'id' | 'kind'>,
  sessionId: string | null,
): Viewer {
  return {
    userId: user.id,
    sessionId,
    email: user.email,
    displayName: user.displayName,
    tenantId: tenant.id,
    tenantKind: tenant.kind as TenantKind,
    roles: rolesOf(user),
  };
}
