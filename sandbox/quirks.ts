import { badRequest } from './httpError';
import type { ResourceDef } from './resources';

// Ways real servers answer that a client must survive, switched on by tests through
// `POST /__sandbox/quirks` (loopback only, like every control endpoint):
// - `maxPageSize`: pages hold at most this many items whatever `page_size` asks (offsets follow the
//   capped size), as a server with a lower limit than the client's setting does;
// - `reshape`: one record (a client, a contact, or the company) sent in a shape the API documents
//   otherwise: fields set to other values (`null`, `0`/`1` for a boolean, …) or left out;
// - `listOrder: 'name'`: lists asked without `order` come by name instead of by id.

/** Where a reshaped record is answered: a collection, or the company (`GET /api/company`). */
export type ReshapeTarget = ResourceDef['key'] | 'company';
const RESHAPE_TARGETS: readonly ReshapeTarget[] = ['clients', 'clientcontacts', 'company'];

export interface Reshape {
  collection: ReshapeTarget;
  id: number;
  set?: Record<string, unknown>;
  remove?: string[];
}

export interface QuirkSpec {
  maxPageSize?: number | null;
  reshape?: Reshape[];
  listOrder?: 'id' | 'name';
}

export class Quirks {
  private maxPageSize: number | undefined;
  private reshapes: Reshape[] = [];
  private order: 'id' | 'name' = 'id';

  configure(spec: Record<string, unknown>): QuirkSpec {
    const { maxPageSize, reshape, listOrder } = spec;
    if (listOrder !== undefined && listOrder !== 'id' && listOrder !== 'name') throw badRequest('listOrder must be "id" or "name"', 'listOrder');
    if (maxPageSize !== undefined && maxPageSize !== null && !(Number.isInteger(maxPageSize) && (maxPageSize as number) >= 1)) {
      throw badRequest('maxPageSize must be a positive integer or null', 'maxPageSize');
    }
    if (reshape !== undefined && !(Array.isArray(reshape) && reshape.every(isReshape))) {
      throw badRequest('reshape must be a list of { collection, id, set?, remove? }', 'reshape');
    }
    if (maxPageSize !== undefined) this.maxPageSize = (maxPageSize as number | null) ?? undefined;
    if (reshape) this.reshapes.push(...(reshape as Reshape[]));
    if (listOrder) this.order = listOrder;
    return this.current();
  }

  clear(): void {
    this.maxPageSize = undefined;
    this.reshapes = [];
    this.order = 'id';
  }

  current(): QuirkSpec {
    return { maxPageSize: this.maxPageSize ?? null, reshape: this.reshapes, listOrder: this.order };
  }

  /** The order of a list asked without one. */
  get defaultOrder(): string | null {
    return this.order === 'name' ? 'name' : null;
  }

  /** The page size the server really uses for a request that asked for `asked`. */
  pageSize(asked: number): number {
    return this.maxPageSize === undefined ? asked : Math.min(asked, this.maxPageSize);
  }

  /** Changes a record's JSON as configured, in place. */
  apply(collection: ReshapeTarget, json: Record<string, unknown>): void {
    for (const r of this.reshapes) {
      if (r.collection !== collection || r.id !== json.id) continue;
      Object.assign(json, r.set ?? {});
      for (const field of r.remove ?? []) delete json[field];
    }
  }
}

function isReshape(value: unknown): value is Reshape {
  const r = value as Reshape;
  return (
    typeof r === 'object' &&
    r !== null &&
    RESHAPE_TARGETS.includes(r.collection) &&
    Number.isInteger(r.id) &&
    (r.set === undefined || (typeof r.set === 'object' && r.set !== null)) &&
    (r.remove === undefined || (Array.isArray(r.remove) && r.remove.every((f) => typeof f === 'string')))
  );
}
