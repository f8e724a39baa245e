// valibot's object schemas build a new object for every object they accept: on a tree load (10,000
// contacts) that costs about as much as JSON.parse itself. Freshly parsed JSON is ours to change, so
// this checks it in place against the same valibot schema (filling defaults, dropping unknown fields
// only where there are any), and hands anything it does not accept, or any schema kind it does not
// know, to valibot itself: valibot stays the one definition, and its answer and messages are unchanged.
import * as v from 'valibot';

const INVALID = Symbol('invalid');
/** The checked (possibly completed) value, or INVALID. */
type Check = (value: unknown) => unknown;
type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
  default?: unknown;
  fallback?: unknown;
  literal?: unknown;
  pipe?: readonly { kind: string; type: string; operation?: (value: unknown) => unknown }[];
};

export type CheckResult<T> = { success: true; output: T } | { success: false; issue: v.BaseIssue<unknown> };

/** `v.safeParse`, done in place when it can be: `input` must be freshly parsed JSON nobody else holds. */
export function safeParseInPlace<T>(schema: v.GenericSchema<unknown, T>, input: unknown): CheckResult<T> {
  const check = compiled(schema as AnySchema);
  const output = check ? check(input) : INVALID;
  if (output !== INVALID) return { success: true, output: output as T };
  // Checking in place may have filled defaults or dropped unknown fields: valibot would do the same.
  const result = v.safeParse(schema, input);
  return result.success ? { success: true, output: result.output } : { success: false, issue: result.issues[0] };
}

const cache = new WeakMap<object, Check | null>();

function compiled(schema: AnySchema): Check | undefined {
  let check = cache.get(schema);
  if (check === undefined) {
    check = compile(schema) ?? null;
    cache.set(schema, check);
  }
  return check ?? undefined;
}

/** The schema kinds the client's schemas use; undefined for any other (valibot then does it all). */
function compile(schema: AnySchema): Check | undefined {
  if (schema.fallback !== undefined) return undefined;
  if (schema.pipe) return compilePipe(schema.pipe as unknown as AnySchema[]);
  switch (schema.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : INVALID);
    case 'number':
      return (x) => (typeof x === 'number' && !Number.isNaN(x) ? x : INVALID);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : INVALID);
    case 'literal':
      return (x) => (x === schema.literal ? x : INVALID);
    case 'optional':
      return wrapper(schema, undefined);
    case 'nullable':
      return wrapper(schema, null);
    case 'array':
      return schema.item && compileArray(schema.item);
    case 'object':
      return schema.entries && compileObject(schema.entries);
    default:
      return undefined;
  }
}

/** `optional`/`nullable`: an absent (or null) value becomes the default, if there is one. */
function wrapper(schema: AnySchema, empty: undefined | null): Check | undefined {
  const inner = schema.wrapped && compile(schema.wrapped);
  if (!inner) return undefined;
  const { default: fallback } = schema;
  if (typeof fallback === 'function') return undefined;
  return (x) => {
    const value = x === empty && fallback !== undefined ? fallback : x;
    return value === empty ? value : inner(value);
  };
}

function compilePipe(pipe: AnySchema[]): Check | undefined {
  const [first, ...actions] = pipe;
  const base = first && compile(first);
  if (!base) return undefined;
  const steps: Check[] = [];
  for (const action of actions as unknown as NonNullable<AnySchema['pipe']>) {
    if (action.kind === 'metadata') continue;
    if (action.type === 'integer') steps.push((x) => (Number.isInteger(x) ? x : INVALID));
    else if (action.type === 'transform' && action.kind === 'transformation' && action.operation) steps.push(action.operation);
    else return undefined;
  }
  return (x) => {
    let value = base(x);
    for (const step of steps) {
      if (value === INVALID) break;
      value = step(value);
    }
    return value;
  };
}

function compileArray(item: AnySchema): Check | undefined {
  const check = compile(item);
  if (!check) return undefined;
  return (x) => {
    if (!Array.isArray(x)) return INVALID;
    for (let i = 0; i < x.length; i++) {
      const value: unknown = x[i];
      const checked = check(value);
      if (checked === INVALID) return INVALID;
      if (checked !== value) x[i] = checked;
    }
    return x;
  };
}

function compileObject(entries: Record<string, AnySchema>): Check | undefined {
  const keys = Object.keys(entries);
  const checks: Check[] = [];
  for (const key of keys) {
    const check = compile(entries[key]!);
    if (!check) return undefined;
    checks.push(check);
  }
  return (x) => {
    // Arrays are objects to valibot; left to it, as is anything unusual.
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return INVALID;
    const input = x as Record<string, unknown>;
    let known = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = input[key];
      const checked = checks[i]!(value);
      if (checked === INVALID) return INVALID;
      if (checked !== value) input[key] = checked;
      if (checked !== undefined) known++;
    }
    // More fields than the schema's present: copy out the known ones (the rare case).
    let present = 0;
    for (const _field in input) present++;
    return present === known ? input : onlyKnown(input, keys);
  };
}

/** valibot's output keeps only the schema's fields: Paymo sends more than it documents. */
function onlyKnown(input: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const key of keys) if (key in input) output[key] = input[key];
  return output;
}
