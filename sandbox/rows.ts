import type { Db } from './db';
import type { ColumnValue } from './fields';
import { notFound } from './httpError';
import type { ResourceDef, Row } from './resources';

// Plain row access by id. Column names come from the caller's validated field maps, never from
// a request directly (readFields only lets through names the resource defines).

export function findRow(db: Db, resource: ResourceDef, id: number): Row | undefined {
  return db.prepare(`SELECT * FROM ${resource.key} WHERE id = ?`).get(id) as Row | undefined;
}

export function getRow(db: Db, resource: ResourceDef, idText: string): Row {
  const row = findRow(db, resource, Number(idText));
  if (!row) {
    throw notFound(`The ${resource.noun} ${idText} does not exist`);
  }
  return row;
}

export function insertRow(db: Db, table: string, values: Record<string, ColumnValue>): number {
  const columns = Object.keys(values);
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return Number(db.prepare(sql).run(...Object.values(values)).lastInsertRowid);
}

export function updateRow(db: Db, table: string, id: number, values: Record<string, ColumnValue>): void {
  const columns = Object.keys(values);
  if (columns.length > 0) {
    db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...Object.values(values), id);
  }
}
