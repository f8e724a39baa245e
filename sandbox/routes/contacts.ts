import { nextUpdatedOn, nowSeconds } from '../clock';
import type { Db } from '../db';
import type { ColumnValue } from '../fields';
import { badRequest } from '../httpError';
import { deleteImage, deleteImagesOf, writeImage } from '../images';
import { hashPassword } from '../passwords';
import { CLIENTS, CONTACTS } from '../resources';
import { ok } from '../response';
import type { ApiRequest, Route } from '../router';
import { crudRoutes } from './crud';
import { findRow, getRow, insertRow, updateRow } from '../rows';
import { requireAdmin } from './permissions';
import { objectResponse } from './reads';
import { finishCreate, readCreate, readUpdate, uploadedImage } from './writes';

// Client contacts: Paymo's rules beyond plain fields live here.
// - client_id is required on create and may change on update; it must name an existing client.
// - `password` is write-only: accepted only when the contact ends up with access: true, stored
//   as a scrypt hash, never returned; access: false forgets it. Access needs an email.
// - is_main: setting it (or moving a main contact) clears it on the client's other contacts.
// - every update moves updated_on forward (see clock.ts), also on contacts whose is_main it cleared.

function checkClient(db: Db, clientId: ColumnValue | undefined): void {
  if (clientId === undefined || clientId === null) {
    throw badRequest('client_id is required', 'client_id');
  }
  if (!findRow(db, CLIENTS, Number(clientId))) {
    throw badRequest(`client_id ${clientId} does not exist`, 'client_id');
  }
}

/** Checks access, email and password together; returns the new password hash column, if it changes. */
async function passwordColumn(req: ApiRequest, result: Record<string, unknown>): Promise<{ password_hash?: string | null }> {
  const password = req.body.fields.password;
  if (result.access === 1 && !result.email) {
    throw badRequest('Portal access needs an email address (the contact signs in with it)', 'email');
  }
  if (password !== undefined) {
    if (typeof password !== 'string' || password === '') {
      throw badRequest('password must be a non-empty string', 'password');
    }
    if (result.access !== 1) {
      throw badRequest('password can only be set together with access: true', 'password');
    }
    return { password_hash: await hashPassword(password) };
  }
  return result.access === 1 ? {} : { password_hash: null };
}

function clearOtherMains(db: Db, clientId: number, exceptId: number): void {
  db.prepare('UPDATE clientcontacts SET is_main = 0, updated_on = MAX(updated_on + 1, ?) WHERE client_id = ? AND is_main = 1 AND id != ?').run(
    nowSeconds(),
    clientId,
    exceptId,
  );
}

async function createContact(req: ApiRequest) {
  const { db } = req.app;
  const values = readCreate(req, CONTACTS, ['password']);
  checkClient(db, values.client_id);
  const row: Record<string, ColumnValue> = { is_main: 0, access: 0, ...values };
  Object.assign(row, await passwordColumn(req, row));
  const image = await uploadedImage(req);
  const now = nowSeconds();
  const id = db.transaction(() => {
    const newId = insertRow(db, 'clientcontacts', { ...row, created_on: now, updated_on: now });
    if (row.is_main === 1) {
      clearOtherMains(db, row.client_id as number, newId);
    }
    return newId;
  })();
  return finishCreate(req, CONTACTS, id, image);
}

async function updateContact(req: ApiRequest) {
  const { db } = req.app;
  const { current, id, values } = readUpdate(req, CONTACTS, ['password']);
  if ('client_id' in values) {
    checkClient(db, values.client_id);
  }
  const result = { ...current, ...values };
  const changes: Record<string, ColumnValue> = { ...values, ...(await passwordColumn(req, result)) };
  const image = await uploadedImage(req);
  if (image) {
    changes.image = writeImage(req.app.assetsDir, 'clientcontacts', id, image);
  }
  db.transaction(() => {
    updateRow(db, 'clientcontacts', id, { ...changes, updated_on: nextUpdatedOn(current.updated_on as number) });
    if (result.is_main === 1 && ('is_main' in values || result.client_id !== current.client_id)) {
      clearOtherMains(db, result.client_id as number, id);
    }
  })();
  if (image) {
    deleteImage(req.app.assetsDir, current.image as string | null);
  }
  return objectResponse(req, CONTACTS, id);
}

function deleteContact(req: ApiRequest) {
  requireAdmin(req);
  const current = getRow(req.app.db, CONTACTS, req.params[0]!);
  req.app.db.prepare('DELETE FROM clientcontacts WHERE id = ?').run(current.id);
  deleteImagesOf(req.app.assetsDir, 'clientcontacts', current.id as number);
  return ok({});
}

export const contactRoutes: Route[] = crudRoutes(CONTACTS, { create: createContact, update: updateContact, remove: deleteContact });
