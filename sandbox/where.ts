import { badRequest, unknownField } from './httpError';
import type { FieldDef, ResourceDef } from './resources';

// Paymo's `where` filter: `field OP value` conditions joined by ` and ` (no `or`, no brackets).
//
// Accepted syntax:
// - field: letters, digits and `_` (a resource's own fields only; anything else is
//   `Unknown field or reference: <field>`).
// - OP: `=`, `!=`, `>`, `>=`, `<`, `<=`, `like`, `not like`, `in (v, …)`, `not in (v, …)`;
//   keywords in any case; spaces around symbolic operators optional.
// - value: a number (`12`, `-3`, `1.5`), `true`, `false`, `null` (all bare), or a string in double
//   quotes. Inside a string, `\"` is a quote and `\\` a backslash; a backslash before any other
//   character is kept as it is, so `\%` and `\_` reach LIKE escaped (LIKE uses `\` as its escape
//   character, as MySQL does). An unterminated string or any other token is a 400.
// - `= null` / `!= null` mean IS NULL / IS NOT NULL; null elsewhere is a 400.
// - booleans also accept 0/1; dates (`created_on`, `updated_on`) take unix seconds or a quoted
//   ISO date.
// Values become bound parameters; the SQL text holds only column names from the resource table.

export type Literal = string | number | boolean | null;
export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | 'like' | 'not like' | 'in' | 'not in';
export interface Condition {
  field: string;
  op: Operator;
  value: Literal | Literal[];
}

const FIELD = /[A-Za-z_][A-Za-z0-9_.]*/y;
const OPERATOR = /\s*(>=|<=|!=|=|>|<|\s(?:not\s+like|like|not\s+in|in)(?=[\s"(]))\s*/iy;
const NUMBER = /-?\d+(?:\.\d+)?(?![\w.])/y;
const KEYWORD = /(true|false|null)(?![\w.])/iy;
const AND = /\s+and\s+/iy;

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m) {
      this.pos = re.lastIndex;
    }
    return m;
  }

  skipSpaces(): void {
    this.match(/\s*/y);
  }

  fail(expected: string): never {
    const near = this.pos < this.text.length ? `at "${this.text.slice(this.pos, this.pos + 20)}"` : 'at the end';
    throw badRequest(`Invalid where clause: expected ${expected} ${near} (position ${this.pos})`, 'where');
  }
}

function parseString(c: Cursor): string {
  let out = '';
  for (let i = c.pos + 1; i < c.text.length; i++) {
    const ch = c.text[i];
    if (ch === '"') {
      c.pos = i + 1;
      return out;
    }
    if (ch === '\\' && (c.text[i + 1] === '"' || c.text[i + 1] === '\\')) {
      out += c.text[++i];
    } else {
      out += ch;
    }
  }
  return c.fail('a closing double quote');
}

function parseLiteral(c: Cursor): Literal {
  if (c.text[c.pos] === '"') {
    return parseString(c);
  }
  const num = c.match(NUMBER);
  if (num) {
    return Number(num[0]);
  }
  const kw = c.match(KEYWORD);
  if (kw) {
    const word = kw[1]!.toLowerCase();
    return word === 'null' ? null : word === 'true';
  }
  return c.fail('a number, true, false, null or a "quoted string"');
}

function parseList(c: Cursor): Literal[] {
  if (!c.match(/\(\s*/y)) {
    c.fail('"(" starting a list');
  }
  const values: Literal[] = [parseLiteral(c)];
  while (c.match(/\s*,\s*/y)) {
    values.push(parseLiteral(c));
  }
  if (!c.match(/\s*\)/y)) {
    c.fail('"," or ")"');
  }
  return values;
}

export function parseWhere(text: string): Condition[] {
  const c = new Cursor(text.trim());
  const conditions: Condition[] = [];
  do {
    c.skipSpaces();
    const field = c.match(FIELD)?.[0] ?? c.fail('a field name');
    const opMatch = c.match(OPERATOR) ?? c.fail('an operator (=, !=, >, >=, <, <=, like, not like, in, not in)');
    const op = opMatch[1]!.trim().toLowerCase().replace(/\s+/, ' ') as Operator;
    const value = op === 'in' || op === 'not in' ? parseList(c) : parseLiteral(c);
    conditions.push({ field, op, value });
  } while (c.match(AND));
  if (c.pos < c.text.length) {
    c.fail('" and " or the end');
  }
  return conditions;
}

function coerce(field: string, def: FieldDef, value: Literal): string | number {
  const invalid = (what: string) => badRequest(`Invalid value for ${field} in where: expected ${what}`, 'where');
  switch (def.type) {
    case 'int':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
      throw invalid('an integer');
    case 'bool':
      if (value === true || value === 1) return 1;
      if (value === false || value === 0) return 0;
      throw invalid('true or false');
    case 'datetime': {
      if (typeof value === 'number') return value;
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      if (Number.isNaN(ms)) throw invalid('a unix timestamp or an ISO date');
      return Math.floor(ms / 1000);
    }
    case 'image':
      throw invalid('null (an image can only be tested for presence)');
    default:
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      throw invalid('a "quoted string"');
  }
}

export interface SqlFilter {
  sql: string;
  params: (string | number)[];
}

/** Turns a `where` parameter into an SQL condition (`1` when empty) with bound parameters. */
export function whereToSql(text: string | null, resource: ResourceDef, tableAlias = ''): SqlFilter {
  if (!text || !text.trim()) {
    return { sql: '1', params: [] };
  }
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const { field, op, value } of parseWhere(text)) {
    const def = resource.fields[field];
    if (!def || def.type === 'thumb') {
      throw unknownField(field);
    }
    const column = `${tableAlias}${field}`;
    if (value === null) {
      if (op !== '=' && op !== '!=') {
        throw badRequest(`Invalid where clause: null can only be compared with = or !=`, 'where');
      }
      parts.push(`${column} IS ${op === '=' ? '' : 'NOT '}NULL`);
    } else if (Array.isArray(value)) {
      if (value.includes(null)) {
        throw badRequest('Invalid where clause: null is not allowed in a list', 'where');
      }
      params.push(...value.map((v) => coerce(field, def, v)));
      parts.push(`${column} ${op === 'in' ? 'IN' : 'NOT IN'} (${value.map(() => '?').join(', ')})`);
    } else if (op === 'like' || op === 'not like') {
      if (typeof value !== 'string') {
        throw badRequest(`Invalid where clause: ${op} needs a "quoted string"`, 'where');
      }
      params.push(value);
      parts.push(`${column} ${op === 'like' ? 'LIKE' : 'NOT LIKE'} ? ESCAPE '\\'`);
    } else {
      params.push(coerce(field, def, value));
      parts.push(`${column} ${op} ?`);
    }
  }
  return { sql: parts.join(' AND '), params };
}
