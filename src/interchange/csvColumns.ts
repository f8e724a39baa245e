// Which card field a CSV column holds, from its header, for the exports of the common address books:
// Google Contacts (both its "Phone 1 - Label/Value" pairs and the older "Type/Value" ones), Outlook
// ("First Name", "E-mail Address", "Business Phone", "Mobile Phone", "Business Fax", "Job Title",
// "Company"; its "Title" is the name prefix), Apple/iCloud exports ("Email", "Work Phone",
// "Organization"), Thunderbird ("Primary Email", "Secondary Email", "Work Phone", "Mobile Number",
// "Fax Number") and this extension's own export. Headers are compared lower case, punctuation ignored.

export type NamePart = 'given' | 'middle' | 'family' | 'prefix' | 'suffix';

export type ColumnRole =
  | { field: 'name' }
  | { field: 'namePart'; part: NamePart }
  | { field: 'email' }
  | { field: 'phone'; types: string[] }
  /** Google's "Phone 1 - Value": its types are in the column "Phone 1 - Label" (or "- Type"). */
  | { field: 'pairedValue'; kind: 'email' | 'phone' | 'address' | 'website'; pair: string }
  | { field: 'pairedLabel'; pair: string }
  | { field: 'skype' }
  | { field: 'title' }
  | { field: 'organization' }
  | { field: 'notes' }
  | { field: 'birthday' }
  | { field: 'url' }
  /** One part of a postal address split over columns ("Business Street", "Home City"); `group` keeps one address's parts together. */
  | { field: 'addressPart'; group: string }
  | { field: 'address' };

// A Map, not an object: a header such as "Constructor" must not find Object.prototype's members.
const EXACT: ReadonlyMap<string, ColumnRole> = new Map<string, ColumnRole>(
  Object.entries({
    name: { field: 'name' },
    'full name': { field: 'name' },
    'display name': { field: 'name' },
    'contact name': { field: 'name' },
    'first name': { field: 'namePart', part: 'given' },
    'given name': { field: 'namePart', part: 'given' },
    'middle name': { field: 'namePart', part: 'middle' },
    'additional name': { field: 'namePart', part: 'middle' },
    'last name': { field: 'namePart', part: 'family' },
    'family name': { field: 'namePart', part: 'family' },
    surname: { field: 'namePart', part: 'family' },
    'name prefix': { field: 'namePart', part: 'prefix' },
    prefix: { field: 'namePart', part: 'prefix' },
    'name suffix': { field: 'namePart', part: 'suffix' },
    suffix: { field: 'namePart', part: 'suffix' },
    skype: { field: 'skype' },
    'skype name': { field: 'skype' },
    'skype id': { field: 'skype' },
    'job title': { field: 'title' },
    position: { field: 'title' },
    'organization title': { field: 'title' },
    'organization 1 title': { field: 'title' },
    company: { field: 'organization' },
    'company name': { field: 'organization' },
    organization: { field: 'organization' },
    'organization name': { field: 'organization' },
    'organization 1 name': { field: 'organization' },
    client: { field: 'organization' },
    notes: { field: 'notes' },
    note: { field: 'notes' },
    birthday: { field: 'birthday' },
    'web page': { field: 'url' },
    website: { field: 'url' },
    'web page 1': { field: 'url' },
    'web page 2': { field: 'url' },
    'personal web page': { field: 'url' },
    'business web page': { field: 'url' },
    address: { field: 'address' },
  } satisfies Record<string, ColumnRole>),
);

const PHONE_WORDS: [RegExp, string][] = [
  [/\b(business|work|company)\b/, 'work'],
  [/\bhome\b/, 'home'],
  [/\b(mobile|cell)\b/, 'cell'],
  [/\bfax\b/, 'fax'],
  [/\bpager\b/, 'pager'],
];

/** Lower case, every run of punctuation and spaces one space: "E-mail 1 - Value" → "e mail 1 value". */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a user may say an unrecognised column holds, in the import's mapping step. */
export const COLUMN_FIELDS = ['name', 'email', 'phone', 'mobile', 'fax', 'skype', 'position', 'notes'] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

const CHOSEN: Record<ColumnField, ColumnRole> = {
  name: { field: 'name' },
  email: { field: 'email' },
  phone: { field: 'phone', types: ['work'] },
  mobile: { field: 'phone', types: ['cell'] },
  fax: { field: 'phone', types: ['fax'] },
  skype: { field: 'skype' },
  position: { field: 'title' },
  notes: { field: 'notes' },
};

/**
 * The role of each column (undefined when none is recognised); `chosen` (header → field) is what the
 * user said of columns that were not recognised, and wins.
 */
export function columnRoles(headers: readonly string[], chosen: Readonly<Record<string, ColumnField>> = {}): (ColumnRole | undefined)[] {
  const names = headers.map(normalizeHeader);
  // Outlook writes "Title" for Mr./Dr. next to its "Job Title"; alone, a title is the job's.
  const titleIsPrefix = names.includes('job title');
  return names.map((name, i) => {
    const field = Object.hasOwn(chosen, headers[i]!) ? chosen[headers[i]!] : undefined;
    if (field) return CHOSEN[field];
    return name === 'title' ? (titleIsPrefix ? { field: 'namePart', part: 'prefix' } : { field: 'title' }) : roleOf(name);
  });
}

function roleOf(name: string): ColumnRole | undefined {
  const exact = EXACT.get(name);
  if (exact) return exact;
  const paired = /^(e mail|email|phone|address|website) (\d+) (value|formatted|label|type)$/.exec(name);
  if (paired) {
    const kind = paired[1] === 'e mail' || paired[1] === 'email' ? 'email' : (paired[1] as 'phone' | 'address' | 'website');
    const pair = `${kind} ${paired[2]}`;
    return paired[3] === 'label' || paired[3] === 'type' ? { field: 'pairedLabel', pair } : { field: 'pairedValue', kind, pair };
  }
  if (/^((primary|secondary|work|home|other) )?e ?mail( \d+)?( address)?( \d+)?$/.test(name)) return { field: 'email' };
  if (/\b(phone|telephone|mobile|cell|fax|pager)\b/.test(name) && !/\b(label|type)\b/.test(name)) {
    const types = PHONE_WORDS.filter(([word]) => word.test(name)).map(([, type]) => type);
    return { field: 'phone', types: types.length ? types : ['voice'] };
  }
  const part = /^(business|work|home|other) (street( \d)?|address( \d)?|city|state|region|postal code|zip ?code|zip|country|country region|po box)$/.exec(name);
  if (part) return { field: 'addressPart', group: part[1]! };
  return undefined;
}
