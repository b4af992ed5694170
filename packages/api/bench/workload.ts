import { CustomerOrder, RelationshipFilter } from '@partnerlink/shared';
import { post } from './http.js';
import type { SeededCustomer, SeededPartner } from './seed.js';

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

/** A customer of a partner's list with the cursor the API gave its edge. */
interface Cursored {
  readonly nameKey: string;
  readonly cursor: string;
}

/** A partner's customers (as seeded), and a random sample of them with the API's cursors, sorted by name in JS for prefix ranges. */
export interface HarvestedList {
  readonly partnerIndex: number;
  readonly token: string;
  readonly big: boolean;
  readonly customers: readonly SeededCustomer[];
  readonly cursors: readonly Cursored[];
}

/**
 * A customer looked up by its whole name: a short range of the name index, whatever the list's
 * size (a name is a prefix of a few others: "… 12" of "… 120"; the edge with the id is kept).
 * Not by domain: on SQLite a domain search reads the tenants in name order (30 s for this pre-pass).
 */
const HARVEST = `query Harvest($search: String!) {
  customers(first: 20, search: $search) { edges { cursor node { id } } }
}`;

/** Cursors harvested per partner: the big one's, and each small one's. */
const BIG_CURSORS = 2_000;
const SMALL_CURSORS = 20;
const HARVEST_CONCURRENCY = 6;

interface HarvestPage {
  customers: { edges: { cursor: string; node: { id: string } }[] };
}

/** `count` distinct random items (a partial Fisher-Yates shuffle of a copy). */
function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(next() * (copy.length - i));
    const a = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = a;
  }
  return copy.slice(0, n);
}

/**
 * The pre-pass: for a random sample of every partner's customers (BIG_CURSORS of the big one's,
 * SMALL_CURSORS of each small one's), asks the in-process server with the partner's own session
 * for the customer by its whole name and keeps the cursor of its edge. The cursors are the API's
 * own (it encodes them; shared has no encoder), and a cursor is a position in the partner's list
 * in name order, so a later page of the load starts after a customer anywhere in the list.
 * (Walking every list page by page costs minutes: a small partner's pages are the slow ones.)
 */
export async function harvest(url: string, partners: readonly SeededPartner[], seed: number): Promise<HarvestedList[]> {
  const next = random(seed);
  const jobs = partners.flatMap((partner, partnerIndex) =>
    // A name with a dot ("S.p.A.", "sp. z o.o.") cannot be searched in full: the API takes text with a dot for a domain.
    sample(partner.listed.filter((c) => !c.nameKey.includes('.')), partner.big ? BIG_CURSORS : SMALL_CURSORS, next).map((customer) => ({ partner, partnerIndex, customer })),
  );
  const found = partners.map((): Cursored[] => []);
  let taken = 0;
  const worker = async () => {
    for (let job = jobs[taken++]; job; job = jobs[taken++]) {
      const reply = await post(url, JSON.stringify({ query: HARVEST, variables: { search: job.customer.nameKey } }), job.partner.session);
      const edge = (reply.data as HarvestPage).customers.edges.find((e) => e.node.id === job.customer.id);
      if (!edge) throw new Error(`the harvest did not find ${job.customer.nameKey} in partner ${job.partnerIndex}'s list`);
      found[job.partnerIndex]?.push({ nameKey: job.customer.nameKey, cursor: edge.cursor });
    }
  };
  await Promise.all(Array.from({ length: HARVEST_CONCURRENCY }, worker));
  return partners.map((partner, partnerIndex) => {
    const cursors = (found[partnerIndex] ?? []).sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
    if (cursors.length === 0) throw new Error(`the harvest found no customers of partner ${partnerIndex}`);
    return { partnerIndex, token: partner.session, big: partner.big, customers: partner.listed, cursors };
  });
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
  /** The page's kind (REQUEST_GROUPS): first or later page, per filter; undefined for other requests. */
  readonly group?: number;
}

/** Filters of the customers list, each as a first page and as a later page. */
export const REQUEST_GROUPS: readonly string[] = Object.values(RelationshipFilter).flatMap((filter) => [`${filter}, first page`, `${filter}, later page`]);

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

  /** The harvested cursors of `list` whose customer's name starts with `prefix` (a range of the name-sorted sample). */
  private range(list: HarvestedList, prefix: string): readonly Cursored[] {
    const lower = (key: string) => {
      let lo = 0;
      let hi = list.cursors.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list.cursors[mid]?.nameKey ?? '') < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return list.cursors.slice(lower(prefix), lower(`${prefix}\u{10FFFF}`));
  }

  /**
   * A page of a random partner's customers: random filter and order; with `search`, a random prefix
   * (3 letters up to most of the name) of one of the partner's customers' names, or of a domain up
   * to its dot and a few characters. A later page (LATER_PAGE_SHARE) starts after a harvested
   * cursor of the partner; with a name search the prefix is then taken from that customer's name,
   * so the page lies in the search's range (domain searches ask first pages: they find one customer).
   */
  page(query: string, search: boolean): GeneratedRequest {
    const list = this.partner();
    const filter = this.filter();
    const orderBy = this.next() < DESCENDING_SHARE ? CustomerOrder.NAME_DESC : CustomerOrder.NAME_ASC;
    const variables: Record<string, unknown> = { first: 50, relationship: filter, orderBy };
    const domain = search && this.next() < DOMAIN_SEARCH_SHARE;
    const later = !domain && this.next() < LATER_PAGE_SHARE;
    const from = later ? this.pick(list.cursors) : null;
    let text = '';
    if (domain) {
      const customer = this.pick(list.customers);
      const dot = customer.domain.indexOf('.');
      text = customer.domain.slice(0, dot + 1 + this.int(6));
      variables.search = text;
    } else if (search) {
      const nameKey = from?.nameKey ?? this.pick(list.customers).nameKey;
      // Up to the first dot at most: the API takes text with a dot for a domain.
      const searchable = nameKey.split('.')[0] ?? nameKey;
      text = searchable.slice(0, 3 + this.int(Math.max(1, searchable.length - 5))).trim();
      variables.search = text;
    }
    // After a random harvested customer inside the search's range (the one the prefix came from, or another).
    if (from) variables.after = this.pick(search ? this.range(list, text) : list.cursors).cursor;
    return {
      group: 2 * Object.values(RelationshipFilter).indexOf(filter) + (later ? 1 : 0),
      body: JSON.stringify({ query, variables }),
      token: list.token,
      countKey: filter === RelationshipFilter.ADMIN_EXPIRING ? null : `${list.partnerIndex}/${filter}/${text}`,
      partnerClass: list.big ? 0 : 1,
    };
  }

  /** A random listed customer of a random partner, asked for by that partner. */
  detail(query: string): GeneratedRequest {
    const list = this.partner();
    return { body: JSON.stringify({ query, variables: { id: this.pick(list.customers).id } }), token: list.token, partnerClass: list.big ? 0 : 1 };
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
