// What the Clients & Contacts view is narrowed to: words typed, and toggles that each keep only the
// records they name. Everything set must hold (the toggles and the words narrow together). Plain data,
// so that it is kept per account as it is and read back from storage or a command's argument.

export interface ViewFilter {
  /** Words every shown contact (with its client) holds in a name, email, phone or position. */
  text: string;
  /** Contacts with access to the client portal. */
  portalAccess: boolean;
  /** Each client's main contact only. */
  mainContacts: boolean;
  /** Contacts with neither an email address nor a phone number (to clean up). */
  noEmailOrPhone: boolean;
  /** Clients without any contact. */
  noContacts: boolean;
  /** Archived clients (whatever `showArchivedClients` says). */
  archived: boolean;
}

export type FilterToggle = Exclude<keyof ViewFilter, 'text'>;

/** The toggles that narrow the contacts a client shows (the others narrow the clients). */
export const CONTACT_TOGGLES = ['portalAccess', 'mainContacts', 'noEmailOrPhone'] as const satisfies readonly FilterToggle[];
export const CLIENT_TOGGLES = ['noContacts', 'archived'] as const satisfies readonly FilterToggle[];
export const FILTER_TOGGLES: readonly FilterToggle[] = [...CONTACT_TOGGLES, ...CLIENT_TOGGLES];

export const NO_FILTER: ViewFilter = { text: '', portalAccess: false, mainContacts: false, noEmailOrPhone: false, noContacts: false, archived: false };

/** Whether anything is set: the view then says so and offers to clear it. */
export function isFiltering(filter: ViewFilter): boolean {
  return filter.text.trim() !== '' || FILTER_TOGGLES.some((toggle) => filter[toggle]);
}

/** A filter from what was stored or passed: known fields of the right type, the rest unset. */
export function readViewFilter(value: unknown): ViewFilter {
  if (typeof value !== 'object' || value === null) return NO_FILTER;
  const fields = value as Record<string, unknown>;
  const filter: ViewFilter = { ...NO_FILTER, text: typeof fields.text === 'string' ? fields.text : '' };
  for (const toggle of FILTER_TOGGLES) filter[toggle] = fields[toggle] === true;
  return filter;
}
