import type { SandboxApp } from './app';
import { parseInclude, type IncludeSpec, type Relation } from './include';
import { CLIENTS, CONTACTS, toJson, type ResourceDef, type Row } from './resources';

// Builds Paymo's answer for a list of rows: `{"<resource>": [objects]}` (an array even for one
// object) with the requested includes attached.

const RELATIONS: Record<ResourceDef['key'], Record<string, Relation>> = {
  clientcontacts: { client: { kind: 'parent', target: CLIENTS } },
  clients: {
    clientcontacts: { kind: 'children', target: CONTACTS },
    projects: { kind: 'empty', target: { key: 'clients', noun: 'project', fields: {} } },
    invoices: { kind: 'empty', target: { key: 'clients', noun: 'invoice', fields: {} } },
    recurringprofiles: { kind: 'empty', target: { key: 'clients', noun: 'recurring profile', fields: {} } },
  },
};

/** Paymo returns included child lists empty once a response would hold more than this many. */
export const MAX_INCLUDED_CHILDREN = 2500;

export function includeFor(resource: ResourceDef, url: URL): IncludeSpec {
  return parseInclude(url.searchParams.get('include'), resource, RELATIONS[resource.key]);
}

function inClause(ids: number[]): string {
  return `(${ids.map(() => '?').join(', ')})`;
}

function attach(app: SandboxApp, resource: ResourceDef, rows: Row[], out: Record<string, unknown>[], include: IncludeSpec): void {
  for (const [key, only] of include.entries) {
    const relation = RELATIONS[resource.key][key]!;
    const target = relation.target;
    if (relation.kind === 'empty') {
      out.forEach((o) => (o[key] = []));
    } else if (relation.kind === 'parent') {
      const ids = [...new Set(rows.map((r) => r.client_id as number))];
      const parents = ids.length ? (app.db.prepare(`SELECT * FROM ${target.key} WHERE id IN ${inClause(ids)}`).all(...ids) as Row[]) : [];
      const byId = new Map(parents.map((p) => [p.id, toJson(target, p, app.origin, only)]));
      out.forEach((o, i) => (o[key] = byId.get(rows[i]!.client_id) ?? null));
    } else {
      const ids = rows.map((r) => r.id as number);
      const children = ids.length ? (app.db.prepare(`SELECT * FROM ${target.key} WHERE client_id IN ${inClause(ids)} ORDER BY id`).all(...ids) as Row[]) : [];
      const tooMany = children.length > MAX_INCLUDED_CHILDREN;
      const byParent = new Map<unknown, Record<string, unknown>[]>(ids.map((id) => [id, []]));
      if (!tooMany) {
        children.forEach((c) => byParent.get(c.client_id)!.push(toJson(target, c, app.origin, only)));
      }
      out.forEach((o, i) => (o[key] = byParent.get(rows[i]!.id)));
    }
  }
}

export function envelope(app: SandboxApp, resource: ResourceDef, rows: Row[], include: IncludeSpec): Record<string, unknown> {
  const out = rows.map((r) => toJson(resource, r, app.origin, include.fields));
  attach(app, resource, rows, out, include);
  out.forEach((o) => app.quirks.apply(resource.key, o));
  return { [resource.key]: out };
}
