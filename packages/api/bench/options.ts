/** Command-line flags and environment of `npm run bench`. */
export interface BenchOptions {
  /** Customers of the big partner. */
  readonly customers: number;
  /** Partners besides the big one, and customers of each. */
  readonly smallPartners: number;
  readonly partnerCustomers: number;
  /** Seed of the pseudo-random workload (pages, filters, searches, partners): a run can be repeated. */
  readonly randomSeed: number;
  readonly durationSeconds: number;
  readonly connections: number;
  readonly acceptConnections: number;
  readonly quick: boolean;
  /** 1,000,000 customers: seeding plus the read cases on one instance per engine (see USAGE). */
  readonly large: boolean;
  /** Write docs/benchmarks.{md,json}; default for full runs, `--write` for quick ones. */
  readonly write: boolean;
  /** The engines to run, in order; PostgreSQL is skipped (visibly) when unreachable unless asked for alone. */
  readonly engines: readonly ('sqlite' | 'postgres')[];
  /** Whether PostgreSQL was asked for explicitly (`--engine=postgres`): then unreachable is a failure. */
  readonly postgresRequired: boolean;
  /** BENCH_DATABASE_URL, else the local default. */
  readonly postgresUrl: string;
  /** BENCH_API_NODE_ARGS: Node's options for the API processes, space-separated (e.g. "--cpu-prof --cpu-prof-dir=DIR"). */
  readonly apiNodeArgs: readonly string[];
}

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const LARGE_CUSTOMERS = 1_000_000;

export const USAGE = `usage: npm run bench -- [--engine=sqlite|postgres] [--quick] [--large] [--customers=N] [--partners=N]
                          [--partner-customers=N] [--duration=S] [--seed=N] [--write]

  (no flags)   SQLite, then PostgreSQL with 1 and with 2 API instances when it is reachable:
               one partner with 100,000 customers and 200 partners with 500 each, 10 s per case,
               32 connections (accept: 16); writes docs/benchmarks.{md,json}
  --engine=E   one engine only (--engine=postgres fails when PostgreSQL is unreachable)
  --quick      smoke run: 5,000 customers and 20 partners with 250 each, 3 s per case; prints,
               writes the docs only with --write
  --large      1,000,000 customers: reports the seeding time, then runs only the read cases (customers
               page, single client, search, detail) on one instance per engine; writes its own
               "1,000,000 customers" sections and keeps the others
  --customers=N, --duration=S   override the big partner's customer count and the seconds per case
  --partners=N, --partner-customers=N   override the number of small partners and their customers each
  --seed=N     seed of the random workload (default: from the clock; every run prints its seed)

  PostgreSQL: BENCH_DATABASE_URL=postgres://… if set, else ${DEFAULT_POSTGRES_URL}
  Profiles: BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" starts the API processes with these Node options
  (2 s connect timeout); the run works in a schema of its own and drops it afterwards.`;

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
  const known = /^--(quick|large|write|engine=.*|customers=.*|partners=.*|partner-customers=.*|duration=.*|seed=.*|help)$/;
  const unknown = argv.filter((arg) => !known.test(arg));
  if (unknown.length > 0 || argv.includes('--help')) {
    throw new Error(USAGE + (unknown.length > 0 ? `\n\nunknown argument(s): ${unknown.join(' ')}` : ''));
  }
  const engine = flag(argv, 'engine');
  if (engine !== undefined && engine !== 'sqlite' && engine !== 'postgres') throw new Error(`--engine must be sqlite or postgres, got "${engine}".`);
  const quick = argv.includes('--quick');
  const large = argv.includes('--large');
  const url = env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL;
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`BENCH_DATABASE_URL must start with postgres://, got "${url}".`);
  return {
    apiNodeArgs: (env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
    quick,
    large,
    customers: positiveInteger(flag(argv, 'customers'), 'customers', large ? LARGE_CUSTOMERS : quick ? 5_000 : 100_000, 5_000_000),
    smallPartners: positiveInteger(flag(argv, 'partners'), 'partners', quick ? 20 : 200, 10_000),
    partnerCustomers: positiveInteger(flag(argv, 'partner-customers'), 'partner-customers', quick ? 250 : 500, 100_000),
    randomSeed: positiveInteger(flag(argv, 'seed'), 'seed', 1 + (Date.now() % 1_000_000_007), 2 ** 31),
    durationSeconds: positiveInteger(flag(argv, 'duration'), 'duration', quick ? 3 : 10, 600),
    connections: 32,
    acceptConnections: 16,
    write: !quick || argv.includes('--write'),
    engines: engine === undefined ? ['sqlite', 'postgres'] : [engine],
    postgresRequired: engine === 'postgres',
    postgresUrl: url,
  };
}

/** The URL without its password, for output and docs. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return raw.replace(/:[^:@/]*@/, ':***@');
  }
}
