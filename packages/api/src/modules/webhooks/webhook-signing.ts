import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';

const SECRET_PREFIX = 'whsec_';

/** A Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/** The HMAC key of a secret: the base64-decoded part after `whsec_`. */
function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** The `webhook-signature` header: `v1,` + base64 HMAC-SHA256 over `id.timestamp.body`. */
export function signatureHeader(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

const VERSION = 'v2';
const LEGACY_VERSION = 'v1';

/**
 * Secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from SECRETS_KEY, stored as
 * `v2.<iv>.<tag>.<ciphertext>`, each base64url.
 *
 * Until SECRETS_KEY existed, the key was derived from SESSION_SECRET (`v1.…`). Such values still
 * open, with the legacy key, and are sealed again under the new key when the server starts
 * (`needsResealing`, see secret-resealing.ts), after which SESSION_SECRET can rotate freely.
 */
export class SecretBox {
  private readonly key: Buffer;
  private readonly legacyKey: Buffer | undefined;

  constructor(secretsKey: string, legacySessionSecret?: string) {
    this.key = Buffer.from(hkdfSync('sha256', secretsKey, 'partnerlink', 'secrets at rest v2', 32));
    this.legacyKey = legacySessionSecret
      ? Buffer.from(hkdfSync('sha256', legacySessionSecret, 'partnerlink', 'webhook signing secrets v1', 32))
      : undefined;
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  }

  /** Throws when the value was sealed under another key (SECRETS_KEY changed; for `v1`, SESSION_SECRET). */
  open(sealed: string): string {
    const [version, iv, tag, ciphertext] = sealed.split('.');
    const key = version === VERSION ? this.key : version === LEGACY_VERSION ? this.legacyKey : undefined;
    if (!key || !iv || !tag || !ciphertext) throw new Error('unknown secret format');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Whether a stored value is still under the legacy key (derived from SESSION_SECRET). */
  needsResealing(sealed: string): boolean {
    return sealed.startsWith(`${LEGACY_VERSION}.`);
  }
}

/** The box of this configuration: SECRETS_KEY, with SESSION_SECRET to open values sealed before it. */
export function secretBoxOf(config: Pick<Config, 'secretsKey' | 'sessionSecret'>): SecretBox {
  return new SecretBox(config.secretsKey, config.sessionSecret);
}
