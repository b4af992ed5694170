import { getNamedType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractSchema as schema, sampleValue } from './support/contract-schema.js';
import { startServer, type TestServer } from './support/start-server.js';

/** Operations anyone may call: everything else must answer an anonymous call with UNAUTHENTICATED. */
const PUBLIC = new Set(['viewer', 'signIn', 'signOut', 'invitation', 'replacedInvitationLink', 'adminRoles', 'adminRolePresets']);

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const declarations = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type, '00000000-0000-7000-8000-000000000000')])),
  };
}

const cases = (['query', 'mutation'] as const).flatMap((kind) => {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {})
    .filter((field) => !PUBLIC.has(field.name))
    .map((field) => ({ name: `${kind} ${field.name}`, ...operation(kind, field) }));
});

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('every operation is guarded or explicitly public', () => {
  it('the schema has guarded operations to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('anonymous $name → UNAUTHENTICATED', async ({ query, variables }) => {
    const { errors, data } = await server.anonymous.request<Record<string, unknown>>(query, variables);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
  });
});
