// vCard and CSV files as the common address books write them, made here byte for byte so that each
// feature a reader must handle is in the corpus on purpose: CRLF and LF, folded lines, quoted-printable
// with soft line breaks, CHARSET parameters (Windows-1252, UTF-8, ISO-8859-1), bare 2.1 parameters,
// grouped properties (item1.EMAIL), several TEL/EMAIL with TYPE and PREF, embedded base64 photos.

import type { LeftoverLabels } from '../../../src/interchange/contactMapping';

/** The labels of what does not fit Paymo's fields, when kept in the notes (the extension's come from vscode.l10n). */
export const LABELS: LeftoverLabels = {
  email: 'Email',
  phone: 'Phone',
  messaging: 'Messaging',
  address: 'Address',
  birthday: 'Birthday',
  url: 'Web',
  organization: 'Organization',
  role: 'Role',
};

/** Bytes that start and end as a JPEG does, and a real 1×1 PNG: photos to embed and compare. */
export const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0', 'latin1'),
  Buffer.alloc(90, 7),
  Buffer.from([0xff, 0xd9]),
]);
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function crlf(lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** Folds base64 as Apple does (76 per line, each continuation starting with two spaces). */
function foldedBase64(bytes: Buffer, indent = '  ', width = 76): string[] {
  const text = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(indent + text.slice(i, i + width));
  return lines;
}

function qp(text: string, charset: BufferEncoding | 'win1252'): string {
  const bytes = charset === 'win1252' ? Buffer.from(text, 'latin1') : Buffer.from(text, charset);
  return [...bytes].map((b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

/** Outlook's vCard 2.1: Windows-1252 quoted-printable, bare TYPE parameters, a soft line break in NOTE, a BASE64 photo ended by a blank line. */
export function outlook21(): Buffer {
  const note = qp('Zuständig für Verträge; bitte vormittags anrufen.\r\nZweite Zeile, mit Komma.', 'win1252');
  const text = crlf([
    'BEGIN:VCARD',
    'VERSION:2.1',
    `N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:${qp('Müller', 'win1252')};${qp('Jürgen', 'win1252')}`,
    `FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:${qp('Jürgen Müller', 'win1252')}`,
    'ORG:Acme GmbH;Vertrieb',
    `TITLE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:${qp('Geschäftsführer', 'win1252')}`,
    `NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:${note.slice(0, 40)}=`,
    `${note.slice(40, 90)}=`,
    note.slice(90),
    'TEL;WORK;VOICE:+49 30 1234567',
    'TEL;HOME;VOICE:+49 30 7654321',
    'TEL;CELL;VOICE:+49 170 5550123',
    'TEL;WORK;FAX:+49 30 1234599',
    'ADR;WORK;PREF:;;Hauptstraße 1;Berlin;;10115;Deutschland'.replace('ß', '\u00df'),
    'EMAIL;PREF;INTERNET:j.mueller@acme.example',
    'EMAIL;INTERNET:juergen@home.example',
    'X-MS-OL-DEFAULT-POSTAL-ADDRESS:2',
    'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
    ...foldedBase64(JPEG),
    '',
    'REV:20240102T101500Z',
    'END:VCARD',
  ]);
  // Outlook writes the file in the Windows code page: the raw ß above is one byte.
  return Buffer.from(text, 'latin1');
}

/** Gmail's vCard 3.0: several EMAIL/TEL typed, grouped ADR with a label, escaped commas, LF line ends. */
export function gmail30(): Buffer {
  return Buffer.from(
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana María López',
      'N:López;Ana María;;;',
      'EMAIL;TYPE=INTERNET;TYPE=HOME:ana.home@example.com',
      'EMAIL;TYPE=INTERNET;TYPE=WORK:ana.lopez@globex.example',
      'TEL;TYPE=CELL:+34 600 123 456',
      'TEL;TYPE=WORK:+34 91 555 0000',
      'item1.ADR:;;Calle Mayor 5\\, 2º;Madrid;;28013;España',
      'item1.X-ABLabel:Office',
      'ORG:Globex\\, S.A.',
      'TITLE:Directora de compras',
      'BDAY:1985-04-12',
      'URL:https://globex.example/ana',
      'NOTE:Prefers email\\; answers within a day.\\nSpeaks Spanish and English.',
      'CATEGORIES:myContacts',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:',
      'N:;;;;',
      'EMAIL;TYPE=INTERNET:nameless@example.com',
      'END:VCARD',
      '',
    ].join('\n'),
    'utf8',
  );
}

/** Apple Contacts / iPhone 3.0: item groups with X-ABLabel, type=pref, IMPP Skype, a long folded note, a base64 photo. */
export function apple30(): Buffer {
  const note = 'Met at the Lisbon conference. Interested in the yearly plan, wants a call back after the summer holidays, ideally in September.';
  const folded = `NOTE:${note}`;
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 17.4//EN',
      'N:Appleseed;Johnny;;;',
      'FN:Johnny Appleseed',
      'ORG:Initech;',
      'TITLE:CTO',
      'item1.EMAIL;type=INTERNET;type=pref:johnny@initech.example',
      'item1.X-ABLabel:_$!<Other>!$_',
      'item2.EMAIL;type=INTERNET:jappleseed@me.example',
      'item2.X-ABLabel:iCloud',
      'TEL;type=CELL;type=VOICE;type=pref:+1 (555) 010-1010',
      'TEL;type=IPHONE;type=CELL;type=VOICE:+1 (555) 010-2020',
      'item3.TEL:+1 (555) 010-3030',
      'item3.X-ABLabel:_$!<Assistant>!$_',
      'TEL;type=WORK;type=VOICE:+1 (555) 010-4040',
      'IMPP;X-SERVICE-TYPE=Skype;type=pref:skype:johnny.appleseed',
      `${folded.slice(0, 75)}`,
      ` ${folded.slice(75)}`,
      'PHOTO;ENCODING=b;TYPE=PNG:' + PNG.toString('base64').slice(0, 40),
      ` ${PNG.toString('base64').slice(40)}`,
      'END:VCARD',
    ]),
    'utf8',
  );
}

/** Android's 2.1: CHARSET=UTF-8 quoted-printable names (Cyrillic) and soft breaks, X-ANDROID-CUSTOM lines. */
export function android21(): Buffer {
  const name = qp('Ольга Петрова', 'utf8');
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp('Петрова', 'utf8')};${qp('Ольга', 'utf8')};;;`,
      `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${name.slice(0, 30)}=`,
      name.slice(30),
      'TEL;CELL:+7 916 123-45-67',
      'TEL;WORK:+7 495 123-45-67',
      'TEL;PREF;WORK:+7 495 765-43-21',
      'EMAIL;WORK:olga@rosa.example',
      'X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Оля;1;;;;;;;;;;;;;',
      'END:VCARD',
    ]),
    'utf8',
  );
}

/** Thunderbird's 4.0: PREF=1, VALUE=TEXT TEL, typed params in quotes, a data: URI photo, UID. */
export function thunderbird40(): Buffer {
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Dr. Chen Wei',
      'N:Chen;Wei;;Dr.;',
      'EMAIL;PREF=2:wei.private@example.net',
      'EMAIL;TYPE=work;PREF=1:chen.wei@hooli.example',
      'TEL;TYPE=work;VALUE=TEXT:+86 10 5555 0101',
      'TEL;TYPE="cell,voice";VALUE=TEXT:+86 138 0000 0000',
      'TEL;TYPE=fax;VALUE=TEXT:+86 10 5555 0199',
      'IMPP:xmpp:chen@jabber.example',
      'TITLE:Research lead',
      'ORG:Hooli',
      'NOTE:Two lines\\nand a backslash \\\\ too',
      `PHOTO:data:image/jpeg;base64,${JPEG.toString('base64')}`,
      'UID:urn:uuid:6f1e9a6c-3b5d-4d2c-9a0e-1c2b3d4e5f60',
      'END:VCARD',
    ]),
    'utf8',
  );
}

/** Lotus Notes: lower-case property names, 3.0 with a CHARSET=ISO-8859-1 value in raw bytes, X-LOTUS lines, a PHOTO by URL. */
export function lotusNotes(): Buffer {
  return Buffer.concat([
    Buffer.from(crlf(['begin:vcard', 'version:3.0', 'prodid:-//Lotus Development Corporation//NONSGML Lotus Notes//EN'])),
    Buffer.from(crlf(['fn;charset=ISO-8859-1:François Léger', 'n;charset=ISO-8859-1:Léger;François;;;']), 'latin1'),
    Buffer.from(
      crlf([
        'title:Chef de projet',
        'org:Umbrella',
        'email;type=internet;type=work:francois.leger@umbrella.example',
        'tel;type=work:+33 1 23 45 67 89',
        'tel;type=cell:+33 6 12 34 56 78',
        'x-lotus-child-uid:ABC123',
        'photo;value=uri:https://umbrella.example/people/fleger.jpg',
        'end:vcard',
      ]),
    ),
  ]);
}

/** A broken card between two good ones: a line without a colon. */
export function withBrokenCard(): Buffer {
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:First Good',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Broken One',
      'this line is no property',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Second Good',
      'END:VCARD',
    ]),
    'utf8',
  );
}

/** Google Contacts' CSV (the current export): numbered Label/Value pairs, " ::: " between values, "* " for the primary. */
export function googleCsv(): string {
  return [
    'First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted',
    'Ana,María,López,,,,,,Globex,Directora,,1985-04-12,"Line one\nline two, with comma",,* myContacts,* Work,ana.lopez@globex.example,Home,ana.home@example.com ::: ana2@example.com,Mobile,+34 600 123 456,Work Fax,+34 91 555 0099,Work,"Calle Mayor 5\nMadrid"',
    ',,,,,,,,,,,,,,,,,,,,,,,,',
    'Bob,,Stone,,,,,,,,,,,,,,,,,Work,+1 555 0100,,,,',
  ].join('\r\n');
}

/** Outlook's CSV: "Title" is the prefix next to "Job Title"; Business/Home/Mobile phones and fax; a UTF-8 BOM. */
export function outlookCsv(): string {
  return (
    '\uFEFF' +
    [
      'Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business City,Business Postal Code,Business Country/Region,Business Fax,Business Phone,Business Phone 2,Home Phone,Mobile Phone,E-mail Address,E-mail Display Name,E-mail 2 Address,Notes',
      'Dr.,Jürgen,,Müller,,Acme GmbH,Vertrieb,Geschäftsführer,Hauptstraße 1,Berlin,10115,Deutschland,+49 30 1234599,+49 30 1234567,,+49 30 7654321,+49 170 5550123,j.mueller@acme.example,Jürgen Müller (j.mueller@acme.example),juergen@home.example,"Zuständig für Verträge; ""bitte"" vormittags."',
    ].join('\r\n') +
    '\r\n'
  );
}

/** Outlook in a language whose list separator is ";". */
export function outlookSemicolonCsv(): string {
  return ['First Name;Last Name;E-mail Address;Mobile Phone;Job Title', 'Anna;Schmidt;anna@beispiel.example;+49 151 000;Leiterin, Einkauf'].join('\r\n');
}

/** Thunderbird's address book CSV. */
export function thunderbirdCsv(): string {
  return [
    'First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,',
    'Wei,Chen,Dr. Chen Wei,,chen.wei@hooli.example,wei.private@example.net,,+86 10 5555 0101,,+86 10 5555 0199,,+86 138 0000 0000,,,,,,,1 Hooli Way,,Beijing,,100000,China,Research lead,,Hooli,https://hooli.example,,,,,,,,,Prefers mornings,',
  ].join('\r\n');
}

/** An Apple/iCloud style CSV (what common converters write from Contacts). */
export function appleCsv(): string {
  return [
    'First name,Last name,Organization,Job title,Email,Work email,Mobile phone,Work phone,Skype,Note',
    'Johnny,Appleseed,Initech,CTO,johnny@initech.example,j@work.example,+1 (555) 010-1010,+1 (555) 010-4040,johnny.appleseed,"Met in Lisbon"',
  ].join('\n');
}

/** Gmail's 3.0 with `\"` inside values (Gmail escapes double quotes), beside the escapes vCard defines. */
export function gmailQuotes30(): Buffer {
  return Buffer.from(
    [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana \\"Anita\\" López',
      'N:López;Ana;;;',
      'ORG:Globex \\"East\\";Sales',
      'TITLE:Head of \\"Special\\" Projects',
      'NOTE:She said \\"call me after 5\\"\\, then left\\; door code 12\\\\34.\\nSecond line.',
      'EMAIL;TYPE=INTERNET:ana@globex.example',
      'CATEGORIES:myContacts',
      'END:VCARD',
      '',
    ].join('\n'),
    'utf8',
  );
}

/** Android's 2.1 export cut off inside its last card (a copy or download that stopped): no END:VCARD. */
export function androidCutOff21(): Buffer {
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Petrova;Olga;;;',
      'FN:Olga Petrova',
      'TEL;CELL:+7 916 123-45-67',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Ivanov;Pyotr;;;',
      'FN:Pyotr Ivanov',
      'TEL;CELL:+7 916 765-43-21',
      'EMAIL;WORK:pyotr@rosa.example',
    ]),
    'utf8',
  );
}

/** Two Apple 3.0 exports pasted together, the first without its END:VCARD. */
export function appleJoinedWithoutEnd30(): Buffer {
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//macOS 14.4//EN',
      'N:Appleseed;Johnny;;;',
      'FN:Johnny Appleseed',
      'item1.EMAIL;type=INTERNET;type=pref:johnny@initech.example',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//macOS 14.4//EN',
      'N:Lumbergh;Bill;;;',
      'FN:Bill Lumbergh',
      'END:VCARD',
    ]),
    'utf8',
  );
}

/** Outlook's 2.1 with the assistant as an embedded AGENT card (2.1 nests the card itself), then another card. */
export function outlookAgent21(): Buffer {
  return Buffer.from(
    crlf([
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Müller;Jürgen',
      'FN:Jürgen Müller',
      'TITLE:Geschäftsführer',
      'TEL;WORK;VOICE:+49 30 1234567',
      'AGENT:',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Schmidt;Petra',
      'FN:Petra Schmidt',
      'TITLE:Assistentin',
      'TEL;WORK;VOICE:+49 30 1234500',
      'EMAIL;INTERNET:p.schmidt@acme.example',
      'END:VCARD',
      'EMAIL;PREF;INTERNET:j.mueller@acme.example',
      'NOTE:Termine über Frau Schmidt.',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Weber;Anna',
      'FN:Anna Weber',
      'END:VCARD',
    ]),
    'latin1',
  );
}
