import { nextUpdatedOn, nowSeconds } from '../clock';
import { deleteImage, deleteImagesOf, writeImage } from '../images';
import { CLIENTS } from '../resources';
import { ok } from '../response';
import type { ApiRequest, Route } from '../router';
import { crudRoutes } from './crud';
import { getRow, insertRow, updateRow } from '../rows';
import { requireAdmin } from './permissions';
import { objectResponse } from './reads';
import { finishCreate, readCreate, readUpdate, uploadedImage } from './writes';

// Clients: read by the product; create, update (`{"active": false}` archives; multipart `image`
// sets the logo) and delete exist as in Paymo. Deleting a client deletes its contacts.

async function createClient(req: ApiRequest) {
  const values = readCreate(req, CLIENTS);
  const image = await uploadedImage(req);
  const now = nowSeconds();
  const id = insertRow(req.app.db, 'clients', { active: 1, ...values, created_on: now, updated_on: now });
  return finishCreate(req, CLIENTS, id, image);
}

async function updateClient(req: ApiRequest) {
  const { current, id, values } = readUpdate(req, CLIENTS);
  const image = await uploadedImage(req);
  if (image) {
    values.image = writeImage(req.app.assetsDir, 'clients', id, image);
  }
  updateRow(req.app.db, 'clients', id, { ...values, updated_on: nextUpdatedOn(current.updated_on as number) });
  if (image) {
    deleteImage(req.app.assetsDir, current.image as string | null);
  }
  return objectResponse(req, CLIENTS, id);
}

function deleteClient(req: ApiRequest) {
  requireAdmin(req);
  const { db, assetsDir } = req.app;
  const id = getRow(db, CLIENTS, req.params[0]!).id as number;
  const contactIds = db.prepare('SELECT id FROM clientcontacts WHERE client_id = ?').pluck().all(id) as number[];
  db.prepare('DELETE FROM clients WHERE id = ?').run(id);
  contactIds.forEach((c) => deleteImagesOf(assetsDir, 'clientcontacts', c));
  deleteImagesOf(assetsDir, 'clients', id);
  return ok({});
}

export const clientRoutes: Route[] = crudRoutes(CLIENTS, { create: createClient, update: updateClient, remove: deleteClient });
