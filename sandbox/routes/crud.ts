import type { ResourceDef } from '../resources';
import { route, type Handler, type Route } from '../router';
import { getHandler, listHandler } from './reads';

/** Paymo's routes for a resource: list and create on the collection; get, update (POST or PUT) and delete on one. */
export function crudRoutes(resource: ResourceDef, writes: { create: Handler; update: Handler; remove: Handler }): Route[] {
  const collection = new RegExp(`^/api/${resource.key}$`);
  const one = new RegExp(`^/api/${resource.key}/(\\d+)$`);
  return [
    route('GET', collection, listHandler(resource)),
    route('POST', collection, writes.create),
    route('GET', one, getHandler(resource)),
    route(['POST', 'PUT'], one, writes.update),
    route('DELETE', one, writes.remove),
  ];
}
