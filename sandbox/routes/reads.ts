import { listSql, parseListQuery } from '../listQuery';
import { envelope, includeFor } from '../present';
import type { ResourceDef, Row } from '../resources';
import { ok, type ApiResponse } from '../response';
import type { ApiRequest, Handler } from '../router';
import { getRow } from '../rows';
import { requireClientAccess } from './permissions';

// GET on a collection and on one object, the same for every resource (clients and contacts: what
// each user type may read is in permissions.ts).

export function listHandler(resource: ResourceDef): Handler {
  return (req) => {
    requireClientAccess(req);
    const { app, url } = req;
    const include = includeFor(resource, url);
    const { sql, params } = listSql(resource.key, parseListQuery(url.searchParams, resource, app.quirks));
    return ok(envelope(app, resource, app.db.prepare(sql).all(...params) as Row[], include));
  };
}

/** The whole object as Paymo answers a GET, a create or an update (with `include` honoured). */
export function objectResponse(req: ApiRequest, resource: ResourceDef, id: number, status = 200, headers: Record<string, string> = {}): ApiResponse {
  const include = includeFor(resource, req.url);
  return ok(envelope(req.app, resource, [getRow(req.app.db, resource, String(id))], include), status, headers);
}

export function getHandler(resource: ResourceDef): Handler {
  return (req) => {
    requireClientAccess(req);
    return objectResponse(req, resource, getRow(req.app.db, resource, req.params[0]!).id as number);
  };
}

/** 201 with `Location` pointing at the new object, as Paymo answers a create. */
export function createdResponse(req: ApiRequest, resource: ResourceDef, id: number): ApiResponse {
  return objectResponse(req, resource, id, 201, { Location: `/api/${resource.key}/${id}` });
}
