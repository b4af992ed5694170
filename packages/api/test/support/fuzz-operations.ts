import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Prng } from './prng.js';

/** One HTTP request the fuzzer sends, described well enough to replay it from a failure message. */
export interface FuzzRequest {
  readonly what: string;
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Path and query string. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
  /** Index into the identities (anonymous, partner session, API key, customer admin). */
  readonly identity: number;
}

/** Inputs that break naive code: quoting, markup, control and bidi characters, encodings, traversal. */
const NASTY = [
  "' OR 1=1 --",
  '" OR ""="',
  "'; DROP TABLE relationship; --",
  "1; SELECT pg_sleep(10) --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0000',
  'a\u0000b',
  '\u202eevil\u202c',
  '\u200f\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  '👩‍💻🏳️‍🌈🇩🇪',
  '\ud800',
  '\uffff',
  '%00%27%22',
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  '\\',
  '\r\n\t',
  ' ',
  '',
  'null',
  'undefined',
  '[object Object]',
  'Ω≈ç√∫˜µ≤≥÷',
  'ｔｅｓｔ',
  'https://127.0.0.1/hook',
  'http://169.254.169.254/latest/meta-data/',
  'user@example.com',
  'a@b',
  'DE',
  'de',
  'm365-business-basic',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '12345',
  '-1',
  '1e309',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
];

const INTS: unknown[] = [0, 1, -1, 25, 100, 101, -5, 2147483647, -2147483648, 2147483648, 1e308, 3.5, '7', null, true];

function randomUnicode(rng: Prng, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const plane = rng.int(0, 9);
    const code = plane < 5 ? rng.int(0x20, 0x7e) : plane < 8 ? rng.int(0xa0, 0x2fff) : rng.int(0x1f300, 0x1faff);
    text += String.fromCodePoint(code);
  }
  return text;
}

function uuidLike(rng: Prng): string {
  const hex = () => rng.int(0, 15).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-${rng.pick(['4', '7'])}${part(3)}-${rng.pick(['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}

export class OperationFuzzer {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rng: Prng,
    /** Ids of real objects (customers, requests, relationships, subscriptions, products). */
    private readonly knownIds: readonly string[],
    private readonly identities: number,
    /** Root fields never called (e.g. signOut, which would end the fuzzer's own sessions). */
    private readonly excluded: ReadonlySet<string> = new Set(),
  ) {}

  string(): string {
    const r = this.rng.next();
    if (r < 0.45) return this.rng.pick(NASTY);
    if (r < 0.75) return randomUnicode(this.rng, this.rng.int(1, 40));
    if (r < 0.9) return this.id();
    if (r < 0.98) return randomUnicode(this.rng, this.rng.int(200, 3000));
    return 'x'.repeat(this.rng.int(20_000, 60_000));
  }

  id(): string {
    const r = this.rng.next();
    if (r < 0.4 && this.knownIds.length) return this.rng.pick(this.knownIds);
    if (r < 0.75) return uuidLike(this.rng);
    return this.rng.pick(NASTY);
  }

  /** A value for an input type: usually of the right shape, sometimes of a wrong one. */
  value(type: GraphQLInputType, depth = 0): unknown {
    if (this.rng.chance(0.06)) return this.wrongValue();
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (this.rng.chance(0.05)) return null;
    if (isListType(type)) return Array.from({ length: this.rng.int(0, 3) }, () => this.value(type.ofType, depth + 1));
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return this.rng.chance(0.85) ? this.rng.pick(values) : this.rng.pick(['', 'de ', 'DE', 'ACTIVEX', 'reseller', 'null']);
    }
    if (isInputObjectType(type)) {
      const result: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        if (this.rng.chance(isNonNullType(field.type) ? 0.05 : 0.4)) continue;
        result[field.name] = depth > 3 ? null : this.value(field.type, depth + 1);
      }
      if (this.rng.chance(0.05)) result[this.rng.pick(['extra', '__proto__', 'constructor', 'id'])] = this.string();
      return result;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.rng.chance(0.7) ? this.rng.int(-3, 120) : this.rng.pick(INTS);
        case 'Float':
          return this.rng.next() * 1e6;
        case 'Boolean':
          return this.rng.chance(0.9) ? this.rng.chance(0.5) : this.rng.pick(['true', 0, 1]);
        case 'ID':
          return this.id();
        case 'DateTimeISO':
          return this.rng.pick([new Date(Date.now() + 86_400_000).toISOString(), '2020-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '0000-00-00', 'yesterday', '2026-02-30T25:61:61Z', 1_700_000_000]);
        default:
          return this.string();
      }
    }
    return this.string();
  }

  private wrongValue(): unknown {
    return this.rng.pick<unknown>([{ nested: { deep: [1, 2, 3] } }, [[['x']]], 42, -1, 1e21, true, 'string', '', null, { id: uuidLike(this.rng) }]);
  }

  /** A GraphQL literal for a value (inline arguments). */
  literal(value: unknown, type: GraphQLInputType): string {
    const named = getNamedType(type);
    if (value === null || value === undefined) return 'null';
    if (Array.isArray(value)) return `[${value.map((v) => this.literal(v, isListType(type) ? type.ofType : isNonNullType(type) && isListType(type.ofType) ? type.ofType.ofType : type)).join(', ')}]`;
    if (typeof value === 'object') {
      const fields = isInputObjectType(named) ? named.getFields() : {};
      return `{ ${Object.entries(value)
        .map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad'}: ${this.literal(v, fields[k]?.type ?? named)}`)
        .join(', ')} }`;
    }
    if (typeof value === 'string' && isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
    if (typeof value === 'string') return JSON.stringify(value);
    return String(value);
  }

  /** A selection set for a type, of random breadth and depth (sometimes past the depth limit). */
  selection(type: GraphQLObjectType, depth: number, maxDepth: number): string {
    const fields = Object.values(type.getFields());
    const picked = this.rng.shuffle(fields).slice(0, this.rng.int(1, Math.min(fields.length, 6)));
    const parts: string[] = [];
    for (const field of picked) {
      const named = getNamedType(field.type);
      const args = field.args.length && this.rng.chance(0.5) ? this.arguments(field.args, 'inline').text : '';
      const alias = this.rng.chance(0.05) ? `a${this.rng.int(0, 99)}: ` : '';
      if (isObjectType(named)) {
        if (depth >= maxDepth) continue;
        parts.push(`${alias}${field.name}${args} { ${this.selection(named, depth + 1, maxDepth)} }`);
      } else {
        parts.push(`${alias}${field.name}${args}`);
      }
    }
    if (this.rng.chance(0.3) || parts.length === 0) parts.push('__typename');
    return parts.join(' ');
  }

  /** Arguments inline, or as variables (with their declarations and values, right or wrong). */
  arguments(args: readonly GraphQLArgument[], mode: 'inline' | 'variables') {
    const declarations: string[] = [];
    const variables: Record<string, unknown> = {};
    const given: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type);
      if (this.rng.chance(required ? 0.05 : 0.5)) continue;
      const value = this.value(arg.type);
      if (mode === 'inline') {
        given.push(`${arg.name}: ${this.literal(value, arg.type)}`);
        continue;
      }
      const declared = this.rng.chance(0.9) ? String(arg.type) : this.rng.pick(['Int', 'String!', '[ID!]!', 'Boolean', 'Locale', 'Nope']);
      declarations.push(`$${arg.name}: ${declared}`);
      given.push(`${arg.name}: $${arg.name}`);
      if (this.rng.chance(0.95)) variables[arg.name] = value;
    }
    if (this.rng.chance(0.04)) given.push(`unknownArg: ${this.literal(this.string(), args[0]?.type ?? ({} as GraphQLInputType))}`);
    if (mode === 'variables' && this.rng.chance(0.05)) variables.extraVariable = this.string();
    return { text: given.length ? `(${given.join(', ')})` : '', declarations, variables };
  }

  /** An operation on one root field, built from the schema. */
  schemaOperation(): { query: string; variables: Record<string, unknown>; what: string } {
    const r = this.rng.next();
    const [kind, root] =
      r < 0.04 && this.schema.getSubscriptionType()
        ? ['subscription', this.schema.getSubscriptionType()]
        : r < 0.52
          ? ['query', this.schema.getQueryType()]
          : ['mutation', this.schema.getMutationType()];
    const fields = Object.values((root as GraphQLObjectType).getFields()).filter((f) => !this.excluded.has(f.name));
    const field = this.rng.pick(fields) as GraphQLField<unknown, unknown>;
    const { text, declarations, variables } = this.arguments(field.args, this.rng.chance(0.6) ? 'variables' : 'inline');
    const named = getNamedType(field.type);
    const maxDepth = this.rng.chance(0.1) ? this.rng.int(10, 16) : this.rng.int(1, 4);
    const selection = isObjectType(named) ? ` { ${this.selection(named, 1, maxDepth)} }` : this.rng.chance(0.05) ? ' { id }' : '';
    const name = this.rng.chance(0.5) ? ` Fuzz${this.rng.int(0, 999)}` : '';
    const query = `${kind}${name}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${field.name}${text}${selection} }`;
    return { query, variables, what: `${kind} ${field.name}` };
  }

  /** Text that is almost, or not at all, GraphQL. */
  garbageQuery(): string {
    const base = this.schemaOperation().query;
    switch (this.rng.int(0, 6)) {
      case 0:
        return base.slice(0, this.rng.int(0, base.length));
      case 1:
        return base.replace(/[{}()]/g, () => this.rng.pick(['{', '}', '(', ')', '', '[']));
      case 2:
        return randomUnicode(this.rng, this.rng.int(1, 300));
      case 3:
        return `${'{ viewer '.repeat(this.rng.int(13, 200))}${'}'.repeat(this.rng.int(0, 200))}`;
      case 4:
        return `{ ${Array.from({ length: this.rng.int(16, 60) }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
      case 5:
        return `query { viewer ${'@include(if: true) '.repeat(this.rng.int(5, 30))}{ id } }`;
      default:
        return `${base} fragment F on Query { ...F } ${this.rng.pick(NASTY)}`;
    }
  }

  /** The next request: mostly schema-shaped GraphQL, some garbage, some broken HTTP. */
  next(): FuzzRequest {
    const identity = this.rng.int(0, this.identities - 1);
    const json = { 'content-type': 'application/json' };
    const r = this.rng.next();
    if (r < 0.65) {
      const { query, variables, what } = this.schemaOperation();
      return { what, method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query, variables }), identity };
    }
    if (r < 0.8) {
      return { what: 'garbage document', method: 'POST', path: '/graphql', headers: json, body: JSON.stringify({ query: this.garbageQuery() }), identity };
    }
    if (r < 0.87) {
      const { query, variables, what } = this.schemaOperation();
      const params = new URLSearchParams({ query });
      if (this.rng.chance(0.7)) params.set('variables', this.rng.chance(0.8) ? JSON.stringify(variables) : '{not json');
      const headers: Record<string, string> = this.rng.chance(0.7) ? { 'apollo-require-preflight': 'true' } : {};
      return { what: `GET ${what}`, method: 'GET', path: `/graphql?${params.toString()}`, headers, identity };
    }
    return this.brokenHttp(identity);
  }

  /** Bodies and headers a GraphQL server must refuse cleanly. */
  private brokenHttp(identity: number): FuzzRequest {
    const valid = JSON.stringify({ query: '{ viewer { id } }' });
    const post = (what: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): FuzzRequest => ({
      what,
      method: 'POST',
      path: '/graphql',
      headers,
      body,
      identity,
    });
    const near = JSON.stringify({ query: 'query($s: String!) { lookupTenant(domain: $s) { id } }', variables: { s: 'a'.repeat(99_000) } });
    const over = JSON.stringify({ query: 'query($s: String!) { lookupTenant(domain: $s) { id } }', variables: { s: 'a'.repeat(110_000) } });
    const cases: (() => FuzzRequest)[] = [
      () => post('truncated JSON', valid.slice(0, this.rng.int(1, valid.length - 1))),
      () => post('not JSON', randomUnicode(this.rng, this.rng.int(1, 200))),
      () => post('JSON null', 'null'),
      () => post('JSON number', '123'),
      () => post('JSON string', '"{ viewer { id } }"'),
      () => post('JSON array (batch)', `[${valid},${valid}]`),
      () => post('empty object', '{}'),
      () => post('query is a number', '{"query": 42}'),
      () => post('variables is a string', JSON.stringify({ query: '{ viewer { id } }', variables: '{"a":1}' })),
      () => post('variables is an array', JSON.stringify({ query: '{ viewer { id } }', variables: [1, 2] })),
      () => post('operationName unknown', JSON.stringify({ query: 'query A { viewer { id } } query B { viewer { id } }', operationName: 'C' })),
      () => post('persisted query, wrong hash', JSON.stringify({ query: '{ viewer { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })),
      () => post('persisted query, unknown hash', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } })),
      () => post('persisted query, bad version', JSON.stringify({ extensions: { persistedQuery: { version: 99, sha256Hash: 1 } } })),
      () => post('text/plain', valid, { 'content-type': 'text/plain' }),
      () => post('form', 'query=%7Bviewer%7Bid%7D%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
      () => post('multipart', '--x\r\n\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }),
      () => post('application/graphql', '{ viewer { id } }', { 'content-type': 'application/graphql' }),
      () => post('xml', '<query/>', { 'content-type': 'application/xml' }),
      () => post('no content type', valid, {}),
      () => post('unsupported charset', valid, { 'content-type': 'application/json; charset=latin9' }),
      () => post('garbage gzip', Buffer.from('not gzip at all'), { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
      () => post('body just under the limit', near),
      () => post('body over the limit', over),
      () => post('BOM and whitespace', `\ufeff  ${valid}`),
      () => ({ what: 'PUT', method: 'PUT', path: '/graphql', headers: { 'content-type': 'application/json' }, body: valid, identity }),
      () => ({ what: 'GET mutation', method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { revokeApiKey(id: "x") { id } }')}`, headers: { 'apollo-require-preflight': 'true' }, identity }),
      () => ({ what: 'GET without query', method: 'GET', path: '/graphql', headers: { 'apollo-require-preflight': 'true' }, identity }),
    ];
    return this.rng.pick(cases)();
  }
}
