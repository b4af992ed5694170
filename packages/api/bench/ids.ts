import { randomBytes } from 'node:crypto';

/**
 * Ids and tokens for seeding, from a pooled crypto-random buffer. The server's `newId()` asks
 * `randomBytes(16)` once per id (about 8 µs each here), which alone would take seconds for the
 * ~300,000 rows of a 100,000-customer seed. Same formats: UUIDv7 ids, 256-bit base64url tokens.
 */
let pool = Buffer.alloc(0);
let offset = 0;

function random(length: number): Buffer {
  if (offset + length > pool.length) {
    pool = randomBytes(64 * 1024);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + length);
  offset += length;
  return bytes;
}

let lastMs = 0;
let sequence = 0;
const id = Buffer.alloc(16);

/** A UUIDv7 (time-ordered), formatted like `newId()`. */
export function seedId(): string {
  const now = Date.now();
  sequence = now === lastMs ? (sequence + 1) & 0xfff : 0;
  lastMs = now;
  random(10).copy(id, 6);
  id.writeUIntBE(now, 0, 6);
  id[6] = 0x70 | ((sequence >> 8) & 0x0f);
  id[7] = sequence & 0xff;
  id[8] = ((id[8] ?? 0) & 0x3f) | 0x80;
  const hex = id.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A 256-bit URL-safe token, formatted like `newToken()`. */
export function seedToken(): string {
  return random(32).toString('base64url');
}
