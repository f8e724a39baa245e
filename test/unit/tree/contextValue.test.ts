// What the menus offer an admin's items and an employee's or a guest's, evaluated as VS Code does:
// package.json's `when` clauses against the items' context values (src/tree/contextValue.ts) and the
// view's context keys. A write must never be offered where the item's account may not write.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Client, ClientContact } from '../../../src/paymo';
import { accountContextValue, clientContextValue, contactContextValue } from '../../../src/tree/contextValue';

interface MenuEntry {
  command: string;
  when?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../package.json'), 'utf8')) as {
  contributes: { menus: Record<string, MenuEntry[]> };
};
const menus = manifest.contributes.menus;

/** The commands that change clients or contacts in Paymo (and the ones that open a form to do so). */
const WRITES = [
  'createContact',
  'editContact',
  'deleteContact',
  'grantPortalAccess',
  'revokePortalAccess',
  'uploadContactImage',
  'setMainContact',
  'importContacts',
  'resumeImport',
  'moveContacts',
  'createClient',
  'editClient',
  'uploadClientLogo',
  'archiveClient',
  'restoreClient',
  'deleteClient',
].map((name) => `paymoContacts.${name}`);

type Context = Record<string, string | boolean | undefined>;

/**
 * A `when` clause of the forms package.json uses (`a && b`; `key == value`, `key =~ /re/`, `!key`,
 * `key`), evaluated as VS Code does; anything else fails the test rather than guess.
 */
function holds(when: string | undefined, context: Context): boolean {
  if (!when) return true;
  return when.split(' && ').every((term) => {
    const equals = /^(\S+) == (\S+)$/.exec(term);
    if (equals) return context[equals[1]!] === equals[2];
    const matches = /^(\S+) =~ \/(.*)\/$/.exec(term);
    if (matches) return new RegExp(matches[2]!).test(String(context[matches[1]!] ?? ''));
    const not = /^!([\w.]+)$/.exec(term);
    if (not) return !context[not[1]!];
    if (/^[\w.]+$/.test(term)) return !!context[term];
    throw new Error(`A when clause this test cannot read: ${term}`);
  });
}

function offered(menu: string, context: Context): string[] {
  return (menus[menu] ?? []).filter((entry) => holds(entry.when, context)).map((entry) => entry.command);
}

const itemMenu = (viewItem: string) => [...new Set(offered('view/item/context', { view: 'paymoContacts.clients', viewItem }))].sort();
const short = (commands: string[]) => commands.map((c) => c.replace('paymoContacts.', ''));

const client = (active: boolean) => ({ id: 1, name: 'Acme', active }) as Client;
const contact = (facts: Partial<ClientContact>) => ({ id: 1, client_id: 1, name: 'Ann', access: false, is_main: false, ...facts }) as ClientContact;
const everything = contact({ email: 'a@b.c', phone: '1', access: true, is_main: false, image: 'x.png' });
const nothing = contact({});

describe("Menus and the user's Paymo role", () => {
  it('offer every write on an admin’s items, each where its facts allow', () => {
    assert.deepEqual(short(itemMenu(contactContextValue(everything, true))), [
      'copyAsVCard',
      'copyEmail',
      'copyPhone',
      'deleteContact',
      'editContact',
      'exportContacts',
      'moveContacts',
      'openContact',
      'revokePortalAccess',
      'sendEmail',
      'setMainContact',
      'uploadContactImage',
    ]);
    assert.ok(itemMenu(contactContextValue(contact({ email: 'a@b.c' }), true)).includes('paymoContacts.grantPortalAccess'));
    assert.deepEqual(short(itemMenu(clientContextValue(client(true), true))), [
      'archiveClient',
      'createContact',
      'deleteClient',
      'editClient',
      'exportContacts',
      'importContacts',
      'uploadClientLogo',
    ]);
    assert.deepEqual(short(itemMenu(clientContextValue(client(false), true))), [
      'createContact',
      'deleteClient',
      'editClient',
      'exportContacts',
      'restoreClient',
      'uploadClientLogo',
    ]);
    assert.deepEqual(short(itemMenu(accountContextValue(true))), ['createClient', 'filter', 'fullRefresh', 'refresh', 'signOut', 'sortBy']);
  });

  it("offer an employee's or a guest's items reading only: open, copy, send, export, refresh", () => {
    for (const facts of [everything, nothing, contact({ email: 'a@b.c' }), contact({ is_main: true })]) {
      const commands = itemMenu(contactContextValue(facts, false));
      assert.deepEqual(
        commands.filter((c) => WRITES.includes(c)),
        [],
        contactContextValue(facts, false),
      );
    }
    assert.deepEqual(short(itemMenu(contactContextValue(everything, false))), [
      'copyAsVCard',
      'copyEmail',
      'copyPhone',
      'exportContacts',
      'openContact',
      'sendEmail',
    ]);
    assert.deepEqual(short(itemMenu(clientContextValue(client(true), false))), ['exportContacts']);
    assert.deepEqual(short(itemMenu(clientContextValue(client(false), false))), ['exportContacts']);
    assert.deepEqual(short(itemMenu(accountContextValue(false))), ['filter', 'fullRefresh', 'refresh', 'signOut', 'sortBy']);
  });

  it('offer writes in the palette and the title bar only while some signed-in account may write (paymoContacts.canEdit)', () => {
    const signedIn = { 'paymoContacts.signedIn': true, view: 'paymoContacts.clients' };
    const palette = (canEdit: boolean) => offered('commandPalette', { ...signedIn, 'paymoContacts.canEdit': canEdit });
    const title = (canEdit: boolean) => offered('view/title', { ...signedIn, 'paymoContacts.canEdit': canEdit });
    assert.deepEqual(
      palette(false).filter((c) => WRITES.includes(c)),
      [],
    );
    assert.deepEqual(
      palette(true)
        .filter((c) => WRITES.includes(c))
        .sort(),
      [...WRITES].sort(),
      'every write is in the palette for an admin',
    );
    assert.ok(palette(false).includes('paymoContacts.searchContacts') && palette(false).includes('paymoContacts.exportContacts'), 'reading stays');
    assert.deepEqual(
      short(
        title(true)
          .filter((c) => WRITES.includes(c))
          .sort(),
      ),
      ['createClient', 'createContact', 'importContacts'],
    );
    assert.deepEqual(
      title(false).filter((c) => WRITES.includes(c)),
      [],
    );
  });

  it('ask for the write flag in every entry of a write, in every menu', () => {
    for (const [menu, entries] of Object.entries(menus)) {
      for (const entry of entries.filter((e) => WRITES.includes(e.command))) {
        assert.match(entry.when ?? '', /canEdit/, `${menu}: ${entry.command}`);
      }
    }
  });
});
