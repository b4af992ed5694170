import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { DomainError } from '@partnerlink/shared';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** A count now, or a function GraphQL calls only when the field is selected. */
export type LazyCount = number | (() => Promise<number>);

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: LazyCount;
}

/**
 * A Relay-style connection type (`<name>Connection` with `<name>Edge`) for a node type. With
 * `extended`, the connection class is a base: a subclass registers `<name>Connection` itself
 * with more fields (CustomerConnection). `totalCountDescription` describes totalCount where it
 * means more than "how many nodes the list has".
 */
export function Connection<T extends object>(name: string, node: ClassType<T>, extended = false, totalCountDescription?: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  // Extended: registered as `<name>ConnectionBase`, which no field returns, so the schema leaves it out.
  @ObjectType(`${name}Connection${extended ? 'Base' : ''}`, { simpleResolvers: true })
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, totalCountDescription ? { description: totalCountDescription } : {})
    totalCount: LazyCount;
  }
  return ConnectionClass;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', { reason: 'PAGE_SIZE_RANGE', params: { max: MAX_PAGE_SIZE } }, 'first');
  }
  return first;
}

/** Opaque cursors: base64url of a JSON array of the sort keys. */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): string[] | null {
  if (!cursor) return null;
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length === arity && keys.every((k) => typeof k === 'string')) {
      return keys as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', { reason: 'CURSOR_INVALID' }, 'after');
}

/** A cursor of (time, id) for lists ordered by time. */
export function decodeTimeCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  const keys = decodeCursor(cursor, 2);
  if (!keys) return null;
  const [iso, id] = keys as [string, string];
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) {
    throw new DomainError('BAD_USER_INPUT', { reason: 'CURSOR_INVALID' }, 'after');
  }
  return { at, id };
}

export function encodeTimeCursor(row: { createdAt: Date; id: string }): string {
  return encodeCursor([row.createdAt.toISOString(), row.id]);
}

/** Builds a connection from `limit + 1` fetched rows. */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  totalCount: LazyCount,
  cursorOf: (row: R) => string,
  toNode: (row: R) => T,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
