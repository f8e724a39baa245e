// The one layer under the vCard grammar that ical.js does not read: vCard 2.1 as Outlook, Android and
// old phones write it, and the character sets of any version. It turns a file's bytes into cards
// whose text ical.js parses as vCard 3.0 (or 4.0, left as 4.0): quoted-printable soft line breaks
// joined, quoted-printable and CHARSET decoded, bare 2.1 parameters (`TEL;WORK;FAX`) made TYPE
// values, 2.1 BASE64 made `ENCODING=b`. No vCard library on npm reads 2.1 quoted-printable with
// character sets (ical.js rejects bare parameters; others keep `=C3=BC` as text), so this is the
// thin part written here; everything after it is ical.js.

import { decodeBytes, utf8Bytes } from './fileText';

/** One card's text, ready for ical.js, and where it starts in the file. */
export interface CardSource {
  text: string;
  /** 1-based line of its BEGIN:VCARD. */
  line: number;
  /** The VERSION the file declared ('2.1', '3.0', '4.0', or '' when absent). */
  version: string;
  /** Lines of the card that are no property (no `name:value`), which make the card unreadable. */
  brokenLines: number[];
}

interface LogicalLine {
  /** The line as bytes in a latin1 string (one char per byte), folds and soft breaks joined. */
  raw: string;
  line: number;
}

interface ParsedLine {
  group: string;
  name: string;
  params: [string, string[]][];
  value: string;
}

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a file into its cards. Lines outside BEGIN:VCARD…END:VCARD are ignored. */
export function cardSources(bytes: Uint8Array): CardSource[] {
  const cards: CardSource[] = [];
  let current: { lines: LogicalLine[]; line: number } | undefined;
  // One char per byte, so that each property's value is decoded in its own character set.
  for (const logical of logicalLines(utf8Bytes(bytes).toString('latin1'))) {
    const upper = logical.raw.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      current = { lines: [], line: logical.line };
    } else if (upper === 'END:VCARD' && current) {
      cards.push(cardText(current.lines, current.line));
      current = undefined;
    } else if (current) {
      current.lines.push(logical);
    }
  }
  return cards;
}

/**
 * Physical lines joined into properties: a line starting with a space or tab continues the previous
 * one (RFC 6350 folding); a quoted-printable value ending in `=` continues on the next line whatever
 * it starts with; a 2.1 BASE64 value goes on over unindented lines until a blank one.
 */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const physical = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const line = physical[i]!;
    const last = out[out.length - 1];
    if (last && isQuotedPrintable(last.raw) && last.raw.endsWith('=')) {
      last.raw = last.raw.slice(0, -1) + line;
    } else if (last && (line.startsWith(' ') || line.startsWith('\t'))) {
      last.raw += line.slice(1);
    } else if (last && line && !line.includes(':') && isBase64(last.raw)) {
      last.raw += line;
    } else if (line.trim()) {
      out.push({ raw: line, line: i + 1 });
    }
  }
  return out;
}

function head(raw: string): string {
  const colon = raw.indexOf(':');
  return (colon < 0 ? raw : raw.slice(0, colon)).toUpperCase();
}

function isQuotedPrintable(raw: string): boolean {
  return /;(ENCODING=)?QUOTED-PRINTABLE\b/.test(head(raw));
}

function isBase64(raw: string): boolean {
  return /;(ENCODING=)?(BASE64|B)\b/.test(head(raw));
}

function cardText(lines: LogicalLine[], line: number): CardSource {
  const parsed: ParsedLine[] = [];
  const brokenLines: number[] = [];
  for (const l of lines) {
    const p = parseLine(l.raw);
    if (p) parsed.push(p);
    else brokenLines.push(l.line);
  }
  const version = parsed.find((p) => p.name === 'VERSION')?.value.trim() ?? '';
  const legacy = version !== '4.0';
  const out = ['BEGIN:VCARD'];
  for (const p of parsed) {
    if (p.name === 'VERSION') out.push(`VERSION:${legacy ? '3.0' : '4.0'}`);
    else out.push(serialize(convert(p, version === '2.1')));
  }
  if (!parsed.some((p) => p.name === 'VERSION')) out.splice(1, 0, 'VERSION:3.0');
  out.push('END:VCARD');
  return { text: out.join('\r\n'), line, version, brokenLines };
}

/** `group.NAME;P=a,b;BARE:value` into its parts; parameter values may be double-quoted. */
function parseLine(raw: string): ParsedLine | undefined {
  let i = 0;
  let quoted = false;
  const parts: string[] = [];
  let start = 0;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') {
      parts.push(raw.slice(start, i));
      start = i + 1;
    } else if (!quoted && c === ':') break;
  }
  if (i >= raw.length) return undefined;
  parts.push(raw.slice(start, i));
  const [qualified = '', ...paramTexts] = parts;
  const dot = qualified.lastIndexOf('.');
  const params: [string, string[]][] = [];
  for (const text of paramTexts) {
    const eq = text.indexOf('=');
    if (eq < 0) {
      const bare = text.trim().toUpperCase();
      params.push(BARE_ENCODINGS.has(bare) ? ['ENCODING', [bare]] : ['TYPE', [bare.toLowerCase()]]);
    } else {
      const name = text.slice(0, eq).trim().toUpperCase();
      params.push([name, splitParamValue(text.slice(eq + 1))]);
    }
  }
  return {
    group: dot < 0 ? '' : qualified.slice(0, dot),
    name: qualified
      .slice(dot + 1)
      .trim()
      .toUpperCase(),
    params,
    value: raw.slice(i + 1),
  };
}

function splitParamValue(text: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|([^,]+)/g)) values.push(match[1] ?? match[2]!.trim());
  return values;
}

/** Decodes the value's encoding and character set and rewrites 2.1 parameters as 3.0 ones. */
function convert(p: ParsedLine, v21: boolean): ParsedLine {
  const encoding = p.params.find(([n]) => n === 'ENCODING')?.[1][0]?.toUpperCase();
  const charset = p.params.find(([n]) => n === 'CHARSET')?.[1][0];
  const typeValues = p.params.filter(([n]) => n === 'TYPE').flatMap(([, v]) => v.map((t) => t.toLowerCase()));
  const others = p.params
    .filter(([n]) => n !== 'ENCODING' && n !== 'CHARSET' && n !== 'TYPE')
    .map(([n, v]): [string, string[]] => (n === 'VALUE' && /^url$/i.test(v[0] ?? '') ? [n, ['uri']] : [n, v]));
  const params: [string, string[]][] = [...others];
  if (typeValues.length) params.push(['TYPE', typeValues]);
  if (encoding === 'BASE64' || encoding === 'B') {
    params.push(['ENCODING', ['b']]);
    return { ...p, params, value: p.value.replace(/\s+/g, '') };
  }
  const isUri = others.some(([n, v]) => n === 'VALUE' && v[0]?.toLowerCase() === 'uri');
  if (encoding === 'QUOTED-PRINTABLE') {
    return { ...p, params, value: escapeText(decodeBytes(decodeQuotedPrintable(p.value), charset), p.name) };
  }
  const text = decodeBytes(Buffer.from(p.value, 'latin1'), charset);
  if (isUri) return { ...p, params, value: text };
  return { ...p, params, value: v21 ? escapeText(text, p.name) : unescapeSemicolons(text, p.name) };
}

function decodeQuotedPrintable(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(value.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** Properties whose value is made of parts separated by `;`, where `\;` is a semicolon inside a part. */
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'GENDER', 'CLIENTPIDMAP']);

/**
 * 2.1 text has no escapes but `\;`; as 3.0 text, backslashes and commas are escaped and line breaks
 * become `\n`. Semicolons stay: they separate the parts of N and ADR in both, and ical.js keeps them
 * in other values as they are.
 */
function escapeText(text: string, name: string): string {
  const structured = STRUCTURED.has(name);
  return text.replace(/\\;|\\|,|\r\n|\r|\n/g, (m) => {
    if (m === '\\;') return structured ? m : ';';
    if (m === '\\') return '\\\\';
    return m === ',' ? '\\,' : '\\n';
  });
}

/** 3.0 and 4.0 writers escape `;` in any text (RFC 6350 allows it); ical.js undoes that only in structured values. */
function unescapeSemicolons(value: string, name: string): string {
  return STRUCTURED.has(name) ? value : value.replace(/\\(.)/gs, (m, c: string) => (c === ';' ? ';' : m));
}

function serialize(p: ParsedLine): string {
  const params = p.params.map(([n, v]) => `;${n}=${v.map(quoteParam).join(',')}`).join('');
  return `${p.group ? `${p.group}.` : ''}${p.name}${params}:${p.value}`;
}

function quoteParam(value: string): string {
  const clean = value.replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
