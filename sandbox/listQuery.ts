import { badRequest, unknownField } from './httpError';
import type { ResourceDef } from './resources';
import { whereToSql, type SqlFilter } from './where';

// The list parameters: `where`, `order=name` / `order=name desc` (several joined by commas;
// text sorts case-insensitively, id breaks ties so paging is stable), `page` (0-based) and
// `page_size`. Without paging the whole list comes back; `page` alone uses pages of 100.

export interface ListQuery {
  filter: SqlFilter;
  orderBy: string;
  page?: { limit: number; offset: number };
}

const DEFAULT_PAGE_SIZE = 100;

function parseOrder(text: string | null, resource: ResourceDef): string {
  const terms: string[] = [];
  for (const item of (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z_][\w.]*)(?:\s+(asc|desc))?$/i.exec(item);
    if (!m) {
      throw badRequest(`Invalid order: "${item}" (use "field" or "field desc")`, 'order');
    }
    const def = resource.fields[m[1]!];
    if (!def || def.type === 'thumb' || def.type === 'image') {
      throw unknownField(m[1]!);
    }
    const collate = def.type === 'text' ? ' COLLATE NOCASE' : '';
    terms.push(`${m[1]}${collate} ${(m[2] ?? 'asc').toUpperCase()}`);
  }
  terms.push('id ASC');
  return terms.join(', ');
}

function parseCount(name: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw badRequest(`Invalid ${name}: "${text}" (expected an integer of at least ${min})`, name);
  }
  return Number(text);
}

/** `served` says how this server departs from the usual (quirks.ts): the page size it serves, its order without `order`. */
export function parseListQuery(
  params: URLSearchParams,
  resource: ResourceDef,
  served?: { pageSize(asked: number): number; defaultOrder: string | null },
): ListQuery {
  const query: ListQuery = {
    filter: whereToSql(params.get('where'), resource),
    orderBy: parseOrder(params.get('order') ?? served?.defaultOrder ?? null, resource),
  };
  const page = params.get('page');
  const pageSize = params.get('page_size');
  if (page !== null || pageSize !== null) {
    const asked = pageSize === null ? DEFAULT_PAGE_SIZE : parseCount('page_size', pageSize, 1);
    const limit = served ? served.pageSize(asked) : asked;
    query.page = { limit, offset: (page === null ? 0 : parseCount('page', page, 0)) * limit };
  }
  return query;
}

/** `SELECT * FROM table WHERE … ORDER BY … [LIMIT …]` with its parameters. */
export function listSql(table: string, query: ListQuery): { sql: string; params: (string | number)[] } {
  const params = [...query.filter.params];
  let sql = `SELECT * FROM ${table} WHERE ${query.filter.sql} ORDER BY ${query.orderBy}`;
  if (query.page) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(query.page.limit, query.page.offset);
  }
  return { sql, params };
}
