import { unknownField } from './httpError';
import type { ResourceDef } from './resources';

// `include=a,b.c`: `a` adds the related objects whole; `b.c` adds `b` with only field `c`
// (several `b.x` entries add up; a bare `b` wins over them). A name of the main object's own field
// selects fields instead, as Paymo's maintainers describe (`include=id` lists ids only,
// `include=id,updated_on` two fields): once one is named, the object has only the named fields
// (plus any related objects asked for). Anything unknown is a 400.

export interface IncludeSpec {
  /** Related resource key -> the fields to return (undefined: all of them). */
  readonly entries: ReadonlyMap<string, ReadonlySet<string> | undefined>;
  /** The main object's fields to return (undefined: all of them). */
  readonly fields: ReadonlySet<string> | undefined;
}

export interface Relation {
  /** `parent`: the object's `client_id` points at it; `children`: its objects point here by `client_id`;
   *  `empty`: known to Paymo but not modelled by the sandbox (projects, invoices…): always `[]`. */
  kind: 'parent' | 'children' | 'empty';
  target: ResourceDef;
}

export function parseInclude(text: string | null, own: ResourceDef, relations: Readonly<Record<string, Relation>>): IncludeSpec {
  const entries = new Map<string, Set<string> | undefined>();
  let fields: Set<string> | undefined;
  for (const item of (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, field, ...rest] = item.split('.');
    const relation = relations[key!];
    if (!relation && field === undefined && Object.hasOwn(own.fields, key!)) {
      fields = (fields ?? new Set<string>()).add(key!);
      continue;
    }
    if (!relation || rest.length > 0 || (field !== undefined && !relation.target.fields[field])) {
      throw unknownField(item);
    }
    if (field === undefined) {
      entries.set(key!, undefined);
    } else if (!entries.has(key!) || entries.get(key!)) {
      entries.set(key!, (entries.get(key!) ?? new Set<string>()).add(field));
    }
  }
  return { entries, fields };
}
