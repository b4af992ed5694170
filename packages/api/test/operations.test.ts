import { buildSchema } from 'graphql';
import { accessDescription, isOperation, OPERATIONS } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { guardOperations } from '../src/graphql/auth-checker.js';
import { contractSchema } from './support/contract-schema.js';

const rootFields = [contractSchema.getQueryType(), contractSchema.getMutationType(), contractSchema.getSubscriptionType()].flatMap((root) =>
  Object.values(root?.getFields() ?? {}),
);

describe("every operation has one access rule, shared's OPERATIONS", () => {
  it('the published schema has exactly the operations the map names', () => {
    expect(rootFields.map((field) => field.name).sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it.each(rootFields.map((field) => field.name).filter(isOperation).filter((name) => accessDescription(name) !== null))(
    "%s tells third parties who may run it, in the map's words",
    (name) => {
      const field = rootFields.find((f) => f.name === name);
      expect(field?.description?.endsWith(accessDescription(name) ?? '')).toBe(true);
    },
  );

  it('a root field without an access rule does not build', () => {
    const schema = buildSchema(`type Query { ${Object.keys(OPERATIONS).map((name) => `${name}: String`).join(' ')} mystery: String }`);
    expect(() => guardOperations(schema)).toThrow('Query.mystery has no access rule');
  });

  it('an access rule for an operation the schema lacks does not build', () => {
    const schema = buildSchema('type Query { viewer: String }');
    expect(() => guardOperations(schema)).toThrow('createCustomer is no root field');
  });
});
