// Paymo's `where` filter built from typed values. Every string is double-quoted with `\` and `"`
// backslash-escaped, so user text (a contact named `Jo "The Boss" O'Neil`, a search for `" or 1=1`)
// is always a value and can never change the filter.
import { PaymoInvalidInputError } from './errors';

export type WhereValue = string | number | boolean | null;

/**
 * An immutable list of conditions joined by ` and ` (Paymo has no `or`). Only the type is exported:
 * a `Where` can be made only by the builders below, so no unquoted condition can slip in.
 */
class Where {
  constructor(private readonly conditions: readonly string[]) {}

  static of(condition: string): Where {
    return new Where([condition]);
  }

  and(...others: Where[]): Where {
    return new Where([...this.conditions, ...others.flatMap((o) => o.conditions)]);
  }

  toString(): string {
    return this.conditions.join(' and ');
  }
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function field(name: string): string {
  if (!FIELD.test(name)) throw new PaymoInvalidInputError({ kind: 'whereField', name });
  return name;
}

/** A string in double quotes with `\` and `"` escaped; numbers, booleans and null bare. */
export function literal(value: WhereValue): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PaymoInvalidInputError({ kind: 'whereNumber', value });
    return String(value);
  }
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Makes `%` and `_` in user text match themselves in a `like` pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function compare(op: string) {
  return (name: string, value: WhereValue) => Where.of(`${field(name)}${op}${literal(value)}`);
}

function list(op: string) {
  return (name: string, values: readonly WhereValue[]) => {
    if (values.length === 0) throw new PaymoInvalidInputError({ kind: 'whereEmptyList', name });
    return Where.of(`${field(name)} ${op} (${values.map(literal).join(',')})`);
  };
}

export const where = {
  eq: compare('='),
  ne: compare('!='),
  gt: compare('>'),
  gte: compare('>='),
  lt: compare('<'),
  lte: compare('<='),
  in: list('in'),
  notIn: list('not in'),
  /** `pattern` uses Paymo's wildcards (`%` any text, `_` one character); it is still quoted. */
  like: (name: string, pattern: string) => Where.of(`${field(name)} like ${literal(pattern)}`),
  notLike: (name: string, pattern: string) => Where.of(`${field(name)} not like ${literal(pattern)}`),
  /** Case-insensitive "contains" search for user text: its `%` and `_` are literal. */
  contains: (name: string, text: string) => where.like(name, `%${escapeLike(text)}%`),
};
export type { Where };
