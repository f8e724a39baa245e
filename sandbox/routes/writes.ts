import { checkCommonFields, readFields, type ColumnValue } from '../fields';
import { prepareImage, writeImage, type PreparedImage } from '../images';
import type { ResourceDef, Row } from '../resources';
import type { ApiResponse } from '../response';
import type { ApiRequest } from '../router';
import { getRow, updateRow } from '../rows';
import { requireAdmin } from './permissions';
import { createdResponse } from './reads';

// The steps every create and update shares; the resource's own rules go between them.

/** Checks the caller may write, reads and checks the body's fields. */
export function readCreate(req: ApiRequest, resource: ResourceDef, extra: readonly string[] = []): Record<string, ColumnValue> {
  requireAdmin(req);
  const values = readFields(resource, req.body, extra);
  checkCommonFields(values, true);
  return values;
}

/** Like readCreate, for an existing object (404 when missing). */
export function readUpdate(
  req: ApiRequest,
  resource: ResourceDef,
  extra: readonly string[] = [],
): { current: Row; id: number; values: Record<string, ColumnValue> } {
  requireAdmin(req);
  const current = getRow(req.app.db, resource, req.params[0]!);
  const values = readFields(resource, req.body, extra);
  checkCommonFields(values, false);
  return { current, id: current.id as number, values };
}

/** The uploaded image, checked and with its thumbnails, before anything is stored. */
export async function uploadedImage(req: ApiRequest): Promise<PreparedImage | undefined> {
  return req.body.image ? prepareImage(req.body.image) : undefined;
}

/** Stores the new object's image, if any, and answers 201. */
export function finishCreate(req: ApiRequest, resource: ResourceDef, id: number, image: PreparedImage | undefined): ApiResponse {
  if (image) {
    updateRow(req.app.db, resource.key, id, { image: writeImage(req.app.assetsDir, resource.key, id, image) });
  }
  return createdResponse(req, resource, id);
}
