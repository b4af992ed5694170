import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/** The published contract (schema.graphql), for tests generated from it. */
export const contractSchema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/**
 * A value the input type accepts: the required fields of input objects, the first enum value,
 * a day from now for dates, and `text` for strings and ids.
 */
export function sampleValue(type: GraphQLInputType, text: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, text);
  if (isListType(type)) return [sampleValue(type.ofType, text)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, sampleValue(f.type, text)]));
  }
  if (type.name === 'Int') return 1;
  if (type.name === 'Boolean') return true;
  if (type.name === 'DateTimeISO') return new Date(Date.now() + 86_400_000).toISOString();
  return text;
}
