/** The Clients & Contacts view (`views` in package.json). */
export const VIEW_ID = 'paymoContacts.clients';
