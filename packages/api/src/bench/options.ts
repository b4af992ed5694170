/** Command-line flags and environment of `npm run bench`. */
export interface BenchOptions {
  readonly customers: number;
  readonly durationSeconds: number;
  readonly connections: number;
  readonly acceptConnections: number;
  readonly quick: boolean;
  /** Write docs/benchmarks.{md,json}; default for full runs, `--write` for quick ones. */
  readonly write: boolean;
  /** `postgres://…` from BENCH_DATABASE_URL, else undefined (a temporary SQLite file). */
  readonly postgresUrl: string | undefined;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  const found = argv.find((arg) => arg.startsWith(prefix));
  return found?.slice(prefix.length);
}

function positiveInteger(raw: string | undefined, name: string, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`--${name} must be a whole number from 1 to ${max}, got "${raw}".`);
  }
  return value;
}

export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): BenchOptions {
  const known = /^--(quick|write|customers=.*|duration=.*|help)$/;
  const unknown = argv.filter((arg) => !known.test(arg));
  if (unknown.length > 0 || argv.includes('--help')) {
    throw new Error(
      `usage: npm run bench -- [--quick] [--customers=N] [--duration=S] [--write]\n` +
        `  BENCH_DATABASE_URL=postgres://… benchmarks PostgreSQL (own schema, dropped afterwards)` +
        (unknown.length > 0 ? `\nunknown argument(s): ${unknown.join(' ')}` : ''),
    );
  }
  const quick = argv.includes('--quick');
  const url = env.BENCH_DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error(`BENCH_DATABASE_URL must start with postgres://, got "${url}".`);
  return {
    quick,
    customers: positiveInteger(flag(argv, 'customers'), 'customers', quick ? 5_000 : 100_000, 5_000_000),
    durationSeconds: positiveInteger(flag(argv, 'duration'), 'duration', quick ? 3 : 10, 600),
    connections: 32,
    acceptConnections: 16,
    write: !quick || argv.includes('--write'),
    postgresUrl: url || undefined,
  };
}
