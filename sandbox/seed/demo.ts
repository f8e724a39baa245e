import type { Db } from '../db';
import type { ColumnValue } from '../fields';
import { writeImage } from '../images';
import { hashSeedPassword } from '../passwords';
import { insertRow, updateRow } from '../rows';
import { ARCHIVED_CLIENT_IDS, DEMO_CLIENTS, type DemoClient } from './demoClients';
import { demoPictures } from './demoImages';
import { NOTES, PEOPLE, POSITIONS } from './demoPeople';
import { createRandom, type Random } from './prng';

// The demo data (`--seed demo`). Deterministic (seeded PRNG, fixed timestamps): tests may rely on
// - 30 clients, ids 1–30 in DEMO_CLIENTS order; client 1 is "Acme Corporation"; clients 28, 29
//   and 30 are archived (active: false); clients 1, 4, 7, …, 28 (every third) have a logo.
// - exactly 300 contacts, ids 1–300, grouped by client in id order (client 1 has ids 1–N);
//   exactly one main contact per client: its first contact.
// - contact 1: "Aaron Cooper", client 1, main, email aaron.cooper@acme.example, position
//   "Associate", portal access with password "portal-password", with an image.
// - contact 2: `Jean "JJ" Dupont` (a double quote), contact 3: "Helpdesk 24/7 (100% uptime)"
//   (a percent sign), contact 4: "Siobhán O'Brien" (an apostrophe and an accent), all client 1.
// - contact names are unique; no name contains <, > or &; about 10% have no email; some have
//   notes (some multi-line), images (about one in five) or portal access (password
//   "portal-password").
// - the demo user is demo@example.com / demo-password (see users.ts); its API key is random per
//   data folder.

export const PORTAL_PASSWORD = 'portal-password';
const SEED = 20240601;
const BASE_TIME = Date.UTC(2023, 0, 2, 9, 0, 0) / 1000;
const DAY = 86400;

type Values = Record<string, ColumnValue>;

const FIXED_CONTACTS: Values[] = [
  {
    name: 'Aaron Cooper',
    email: 'aaron.cooper@acme.example',
    mobile: '630-350-5512',
    phone: '361-613-5188',
    fax: '361-613-5188',
    skype: 'Aaron.Cooper',
    position: 'Associate',
    access: 1,
    notes: 'Main contact for everything Acme.',
  },
  { name: 'Jean "JJ" Dupont', email: 'jj.dupont@acme.example', position: 'Account Manager', phone: '+1 555 0102' },
  { name: 'Helpdesk 24/7 (100% uptime)', email: 'helpdesk@acme.example', notes: 'Shared support mailbox, answered around the clock.' },
  { name: "Siobhán O'Brien", email: 'siobhan.obrien@acme.example', position: 'Procurement Officer', mobile: '+1 555 0104' },
];

/** Contacts per client: 10 ± d in pairs, so that the total is exactly 300. */
function contactCounts(rng: Random): number[] {
  const counts: number[] = [];
  for (let i = 0; i < DEMO_CLIENTS.length / 2; i++) {
    const d = rng.int(0, 5);
    counts.push(10 + d, 10 - d);
  }
  return counts;
}

function asciiFold(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function phone(rng: Random, client: DemoClient): string {
  return `${client.dial} ${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
}

function randomContact(rng: Random, client: DemoClient, used: Set<string>): Values {
  let first = '';
  let last = '';
  do {
    const pool = rng.chance(0.7) ? PEOPLE[client.people]! : PEOPLE[rng.pick(Object.keys(PEOPLE))]!;
    first = rng.pick(pool.first);
    last = rng.pick(pool.last);
  } while (used.has(`${first} ${last}`));
  const hasEmail = rng.chance(0.9);
  return {
    name: `${first} ${last}`,
    email: hasEmail ? `${asciiFold(first)}.${asciiFold(last)}@${client.domain}` : null,
    position: rng.chance(0.85) ? rng.pick(POSITIONS) : null,
    phone: rng.chance(0.7) ? phone(rng, client) : null,
    mobile: rng.chance(0.6) ? phone(rng, client) : null,
    fax: rng.chance(0.1) ? phone(rng, client) : null,
    skype: rng.chance(0.3) ? `${asciiFold(first)}.${asciiFold(last)}` : null,
    notes: rng.chance(0.2) ? rng.pick(NOTES) : null,
    access: hasEmail && rng.chance(0.1) ? 1 : 0,
  };
}

function clientRow(rng: Random, client: DemoClient, id: number): Values {
  const created = BASE_TIME + id * 7 * DAY;
  return {
    name: client.name,
    address: `${rng.int(1, 250)} ${rng.pick(['Market Street', 'Harbour Road', 'Main Square', 'Station Avenue'])}`,
    city: client.city,
    country: client.country,
    postal_code: String(rng.int(10000, 99999)),
    phone: phone(rng, client),
    email: `office@${client.domain}`,
    website: `https://www.${client.domain}`,
    active: ARCHIVED_CLIENT_IDS.includes(id) ? 0 : 1,
    created_on: created,
    updated_on: created + rng.int(0, 90) * DAY,
  };
}

export async function seedDemo(db: Db, assetsDir: string): Promise<void> {
  const rng = createRandom(SEED);
  const [pictures, portalHash] = await Promise.all([demoPictures(), hashSeedPassword(PORTAL_PASSWORD)]);
  const counts = contactCounts(rng);
  const used = new Set(FIXED_CONTACTS.map((c) => c.name as string));
  const contactImages: number[] = [];
  db.transaction(() => {
    DEMO_CLIENTS.forEach((client, index) => {
      const clientValues = clientRow(rng, client, index + 1);
      const clientId = insertRow(db, 'clients', clientValues);
      for (let k = 0; k < counts[index]!; k++) {
        const fixed = index === 0 ? FIXED_CONTACTS[k] : undefined;
        const values = fixed ? { access: 0, ...fixed } : randomContact(rng, client, used);
        used.add(values.name as string);
        const created = (clientValues.created_on as number) + rng.int(0, 300) * DAY + rng.int(0, DAY - 1);
        const id = insertRow(db, 'clientcontacts', {
          ...values,
          client_id: clientId,
          is_main: k === 0 ? 1 : 0,
          password_hash: values.access === 1 ? portalHash : null,
          created_on: created,
          updated_on: created + rng.int(0, 60) * DAY,
        });
        if ((fixed && k === 0) || (!fixed && rng.chance(0.2))) {
          contactImages.push(id);
        }
      }
    });
  })();
  contactImages.forEach((id, i) => {
    updateRow(db, 'clientcontacts', id, { image: writeImage(assetsDir, 'clientcontacts', id, pictures.avatars[i % pictures.avatars.length]!) });
  });
  for (let id = 1; id <= DEMO_CLIENTS.length; id += 3) {
    updateRow(db, 'clients', id, { image: writeImage(assetsDir, 'clients', id, pictures.logos[id % pictures.logos.length]!) });
  }
}
