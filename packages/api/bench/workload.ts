import { CustomerOrder, RelationshipFilter } from '@partnerlink/shared';
import { post } from './http.js';
import type { SeededPartner } from './seed.js';

/**
 * The random workload: which partner, page, filter, order and search each request of a read case
 * asks for, so no response cache or hot set of rows can flatter the figures. Pseudo-random from a
 * seed (printed and reported), so a run can be repeated.
 */

/** mulberry32: small, fast, good enough to pick requests. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A customer of a partner's list as the API answered it, with the cursor the API gave its edge. */
interface ListedCustomer {
  readonly id: string;
  readonly cursor: string;
  readonly nameKey: string;
  readonly domain: string;
}

/** A partner's customer list, harvested from the API (in the API's order), and sorted by name in JS for prefix ranges. */
export interface HarvestedList {
  readonly partnerIndex: number;
  readonly token: string;
  readonly big: boolean;
  readonly rows: readonly ListedCustomer[];
  readonly byName: readonly ListedCustomer[];
  /** The walk stopped at HARVEST_PAGES pages (only with --large). */
  readonly truncated: boolean;
}

const HARVEST = `query Harvest($after: String) {
  customers(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id companyName domain } }
  }
}`;

/** Pages walked per partner at most (100 customers each): with --large the big partner's first 100,000. */
const HARVEST_PAGES = 1_000;
const HARVEST_CONCURRENCY = 6;

interface HarvestPage {
  customers: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; companyName: string; domain: string } }[];
  };
}

async function walk(url: string, partner: SeededPartner, partnerIndex: number): Promise<HarvestedList> {
  const rows: ListedCustomer[] = [];
  let after: string | null = null;
  let pages = 0;
  let more = true;
  while (more && pages < HARVEST_PAGES) {
    const reply = await post(url, JSON.stringify({ query: HARVEST, variables: { after } }), partner.session);
    const page = (reply.data as HarvestPage).customers;
    for (const edge of page.edges) {
      rows.push({ id: edge.node.id, cursor: edge.cursor, nameKey: edge.node.companyName.toLowerCase(), domain: edge.node.domain });
    }
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
    pages += 1;
  }
  const byName = [...rows].sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
  return { partnerIndex, token: partner.session, big: partner.big, rows, byName, truncated: more };
}

/**
 * The pre-pass: walks every partner's whole customer list (first: 100, in the API's order) on the
 * in-process server, with the partner's own session, and keeps each edge's cursor. The cursors are
 * the API's own (it encodes them; shared has no encoder), so a later page of the load starts after
 * a cursor a client could hold.
 */
export async function harvest(url: string, partners: readonly SeededPartner[]): Promise<HarvestedList[]> {
  const lists: HarvestedList[] = new Array<HarvestedList>(partners.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < partners.length; i = next++) {
      const partner = partners[i];
      if (partner) lists[i] = await walk(url, partner, i);
    }
  };
  await Promise.all(Array.from({ length: HARVEST_CONCURRENCY }, worker));
  for (const [i, list] of lists.entries()) {
    if (!list || list.rows.length === 0) throw new Error(`the harvest found no customers of partner ${i}`);
  }
  return lists;
}

/** One generated request: its body, its partner's session, and the count cache's key (null: not remembered). */
export interface GeneratedRequest {
  readonly body: string;
  readonly token: string;
  /**
   * (partner, filter, search) as CustomerCountCache keys totalCount; null when not remembered
   * (ADMIN_EXPIRING); undefined when the request asks no totalCount.
   */
  readonly countKey?: string | null;
  /** 0: the big partner, 1: a small one. */
  readonly partnerClass: number;
}

export const PARTNER_CLASSES = ['big partner', 'small partners'] as const;

/** Share of the read requests that go to the big partner. */
export const BIG_PARTNER_SHARE = 0.5;

/** Filters and how often a request picks each (about a third ALL; every value of the argument occurs). */
const FILTERS: readonly [RelationshipFilter, number][] = [
  [RelationshipFilter.ALL, 0.35],
  [RelationshipFilter.RESELLER, 0.15],
  [RelationshipFilter.RESELLER_AND_ADMIN, 0.15],
  [RelationshipFilter.RESELLER_WITHOUT_ADMIN, 0.15],
  [RelationshipFilter.FORMER, 0.1],
  [RelationshipFilter.ADMIN_EXPIRING, 0.1],
];
/** Share of the pages that are a later page (after a harvested cursor) rather than the first. */
const LATER_PAGE_SHARE = 0.4;
const DESCENDING_SHARE = 0.2;
/** Share of the searches that search a domain (text with a dot) rather than a company name. */
const DOMAIN_SEARCH_SHARE = 0.1;

export class Workload {
  private readonly next: () => number;
  private readonly big: HarvestedList;
  private readonly small: readonly HarvestedList[];

  constructor(
    lists: readonly HarvestedList[],
    seed: number,
  ) {
    this.next = random(seed);
    const big = lists.find((l) => l.big);
    if (!big) throw new Error('no big partner in the harvest');
    this.big = big;
    this.small = lists.filter((l) => !l.big);
  }

  private int(n: number): number {
    return Math.floor(this.next() * n);
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** The big partner with BIG_PARTNER_SHARE, else a small one, uniformly. */
  partner(): HarvestedList {
    return this.small.length === 0 || this.next() < BIG_PARTNER_SHARE ? this.big : this.pick(this.small);
  }

  private filter(): RelationshipFilter {
    let r = this.next();
    for (const [filter, weight] of FILTERS) {
      if ((r -= weight) < 0) return filter;
    }
    return RelationshipFilter.ALL;
  }

  /** The rows of `list` whose name starts with `prefix` (a range of the name-sorted copy). */
  private range(list: HarvestedList, prefix: string): readonly ListedCustomer[] {
    const lower = (key: string) => {
      let lo = 0;
      let hi = list.byName.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list.byName[mid]?.nameKey ?? '') < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return list.byName.slice(lower(prefix), lower(`${prefix}\u{10FFFF}`));
  }

  /**
   * A page of a random partner's customers: random filter and order; with `search`, a random prefix
   * (3 letters up to most of the name) of one of the partner's customers' names, or of a domain up
   * to its dot; a later page (LATER_PAGE_SHARE) starts after the cursor of a random listed customer
   * (with a name search, one inside the prefix, so the page lies in the search's range).
   */
  page(query: string, search: boolean): GeneratedRequest {
    const list = this.partner();
    const filter = this.filter();
    const orderBy = this.next() < DESCENDING_SHARE ? CustomerOrder.NAME_DESC : CustomerOrder.NAME_ASC;
    const variables: Record<string, unknown> = { first: 50, relationship: filter, orderBy };
    let text = '';
    let inRange: readonly ListedCustomer[] = list.rows;
    if (search) {
      const customer = this.pick(list.rows);
      if (this.next() < DOMAIN_SEARCH_SHARE) {
        const dot = customer.domain.indexOf('.');
        text = customer.domain.slice(0, dot + 1 + this.int(6));
        inRange = [];
      } else {
        const length = 3 + this.int(Math.max(1, customer.nameKey.length - 5));
        text = customer.nameKey.slice(0, length).trim();
        inRange = this.range(list, text);
      }
      variables.search = text;
    }
    if (inRange.length > 1 && this.next() < LATER_PAGE_SHARE) variables.after = this.pick(inRange).cursor;
    return {
      body: JSON.stringify({ query, variables }),
      token: list.token,
      countKey: filter === RelationshipFilter.ADMIN_EXPIRING ? null : `${list.partnerIndex}/${filter}/${text}`,
      partnerClass: list.big ? 0 : 1,
    };
  }

  /** A random listed customer of a random partner, asked for by that partner. */
  detail(query: string): GeneratedRequest {
    const list = this.partner();
    return { body: JSON.stringify({ query, variables: { id: this.pick(list.rows).id } }), token: list.token, partnerClass: list.big ? 0 : 1 };
  }

  /** requestResellerRelationship by a random partner, with or without admin access. */
  request(query: string): GeneratedRequest {
    const list = this.partner();
    const input = this.next() < 0.5 ? { locale: 'de', includeDelegatedAdmin: true } : { locale: 'en' };
    return { body: JSON.stringify({ query, variables: { input } }), token: list.token, partnerClass: list.big ? 0 : 1 };
  }

  /** True with probability `p`. */
  coin(p: number): boolean {
    return this.next() < p;
  }

  /** `count` requests of one kind. */
  many(count: number, make: () => GeneratedRequest): GeneratedRequest[] {
    return Array.from({ length: count }, make);
  }
}
