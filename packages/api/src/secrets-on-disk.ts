import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDirectory, type Env, isProduction, SECRET_FILES, type SecretName } from './config.js';

/**
 * Outside production, the environment with the secrets it lacks (SESSION_SECRET, SECRETS_KEY)
 * taken from the data folder beside the embedded database (`data/session-secret`,
 * `data/secrets-key`), generated there on the first start: a fresh clone just works, and
 * sessions and webhook secrets survive restarts. In production the environment is returned as
 * it is, so loadConfig requires the variables. main.ts calls this before loadConfig.
 */
export function withSecretsOnDisk(env: Env): Env {
  if (isProduction(env)) return env;
  const missing = (Object.keys(SECRET_FILES) as SecretName[]).filter((name) => !env[name]);
  if (missing.length === 0) return env;
  const dir = dataDirectory(env);
  const filled: Record<string, string | undefined> = { ...env };
  for (const name of missing) filled[name] = keptSecret(dir, SECRET_FILES[name]);
  return filled;
}

function keptSecret(dir: string, file: string): string {
  const location = path.join(dir, file);
  if (existsSync(location)) return readFileSync(location, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const generated = randomBytes(32).toString('base64url');
  writeFileSync(location, `${generated}\n`, { mode: 0o600 });
  return generated;
}
