// The one layer under the vCard grammar that ical.js does not read: vCard 2.1 as Outlook, Android and
// old phones write it, and the character sets of any version. It turns a file's bytes into cards
// whose text ical.js parses as vCard 3.0 (or 4.0, left as 4.0): lines unfolded (vcardUnfolding.ts),
// quoted-printable and CHARSET decoded, bare 2.1 parameters (`TEL;WORK;FAX`) made TYPE values, 2.1
// BASE64 made `ENCODING=b`, escapes vCard does not define read as the character. No vCard library on
// npm reads 2.1 quoted-printable with character sets (ical.js rejects bare parameters; others keep
// `=C3=BC` as text), so this is the thin part written here; everything after it is ical.js.

import { decodeBytes, utf8Bytes } from './fileText';
import { BACKSLASH, COLON, EQUALS, LF, QUOTE, SEMICOLON } from './vcardBytes';
import { logicalLines, type LogicalLine } from './vcardUnfolding';

/** One card's text, ready for ical.js, and where it starts in the file. */
export interface CardSource {
  text: string;
  /** 1-based line of its BEGIN:VCARD. */
  line: number;
  /** The VERSION the file declared ('2.1', '3.0', '4.0', or '' when absent). */
  version: string;
  /** Lines of the card that are no property (no `name:value`), which make the card unreadable. */
  brokenLines: number[];
  /**
   * The NOTE values, as text: read here, not by ical.js. A note can be megabytes long, and ical.js
   * would unescape it in a pass of its own after ours (and, in 3.0, split it at every comma).
   */
  notes: string[];
  /** Set when no END:VCARD closes the card (the file, or the next card, begins first): read up to `lastLine`. */
  incomplete?: { lastLine: number };
}

interface Property<V> {
  group: string;
  name: string;
  params: [string, string[]][];
  value: V;
}

/** A property as the file has it, its value bytes not yet decoded (`copied`: see `LogicalLine`). */
type ParsedLine = Property<Buffer> & { copied: boolean };
/** A property as ical.js is to read it. */
type Converted = Property<string>;

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/**
 * Splits a file into its cards. Lines outside BEGIN:VCARD…END:VCARD are ignored. A vCard 2.1 AGENT
 * (an assistant's card inside the person's, after an empty `AGENT:` line) is left out: the card is
 * the person's. A card that has no END:VCARD is read as far as it goes and marked incomplete.
 */
export function* cardSources(bytes: Uint8Array): Generator<CardSource> {
  let open: { lines: LogicalLine[]; line: number; lastLine: number } | undefined;
  /** How deep inside an embedded AGENT card the lines are (0: not in one). */
  let agentDepth = 0;
  for (const logical of logicalLines(utf8Bytes(bytes))) {
    const marker = markerOf(logical.bytes);
    if (open && agentDepth > 0) {
      if (marker === 'begin') agentDepth++;
      else if (marker === 'end') agentDepth--;
      open.lastLine = logical.lastLine;
    } else if (marker === 'begin' && open && isEmptyAgent(open.lines[open.lines.length - 1])) {
      open.lines.pop();
      open.lastLine = logical.lastLine;
      agentDepth = 1;
    } else if (marker === 'begin') {
      if (open) yield cardText(open.lines, open.line, { lastLine: open.lastLine });
      open = { lines: [], line: logical.line, lastLine: logical.lastLine };
    } else if (marker === 'end') {
      if (open) yield cardText(open.lines, open.line);
      open = undefined;
    } else if (open) {
      open.lines.push(logical);
      open.lastLine = logical.lastLine;
    }
  }
  if (open) yield cardText(open.lines, open.line, { lastLine: open.lastLine });
}

/** BEGIN:VCARD or END:VCARD, whatever the case and spaces around; only short lines can be either. */
function markerOf(bytes: Buffer): 'begin' | 'end' | undefined {
  // Most lines are neither: told apart by their length and first byte (b, e, a space or a tab, in either
  // case) before any text is made.
  const first = bytes[0]! | 0x20;
  if (bytes.length > 32 || (first !== 0x62 && first !== 0x65 && first !== 0x20 && first !== 0x29)) return undefined;
  const upper = bytes.toString('latin1').trim().toUpperCase();
  return upper === 'BEGIN:VCARD' ? 'begin' : upper === 'END:VCARD' ? 'end' : undefined;
}

/** vCard 2.1 writes an embedded card as an `AGENT:` line with no value followed by the card itself. */
function isEmptyAgent(logical: LogicalLine | undefined): boolean {
  return logical !== undefined && logical.bytes.length < 200 && /^([^:;]*\.)?AGENT(;[^:]*)?:\s*$/i.test(logical.bytes.toString('latin1'));
}

function cardText(lines: LogicalLine[], line: number, incomplete?: { lastLine: number }): CardSource {
  const parsed: ParsedLine[] = [];
  const brokenLines: number[] = [];
  for (const l of lines) {
    const p = parseLine(l);
    if (p) parsed.push(p);
    else brokenLines.push(l.line);
  }
  const version =
    parsed
      .find((p) => p.name === 'VERSION')
      ?.value.toString('latin1')
      .trim() ?? '';
  const v21 = version === '2.1';
  const out = ['BEGIN:VCARD'];
  const notes: string[] = [];
  for (const p of parsed) {
    if (p.name === 'VERSION') out.push(`VERSION:${version === '4.0' ? '4.0' : '3.0'}`);
    else if (p.name === 'NOTE') notes.push(noteText(p, v21));
    else out.push(serialize(convert(p, v21)));
  }
  if (!parsed.some((p) => p.name === 'VERSION')) out.splice(1, 0, 'VERSION:3.0');
  out.push('END:VCARD');
  return { text: out.join('\r\n'), line, version, brokenLines, notes, ...(incomplete ? { incomplete } : {}) };
}

/** `group.NAME;P=a,b;BARE:value` into its parts; parameter values may be double-quoted. */
function parseLine({ bytes: raw, copied }: LogicalLine): ParsedLine | undefined {
  let i = 0;
  let quoted = false;
  const parts: string[] = [];
  let start = 0;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && c === SEMICOLON) {
      parts.push(raw.toString('latin1', start, i));
      start = i + 1;
    } else if (!quoted && c === COLON) break;
  }
  if (i >= raw.length) return undefined;
  parts.push(raw.toString('latin1', start, i));
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
    value: raw.subarray(i + 1),
    copied,
  };
}

function splitParamValue(text: string): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|([^,]+)/g)) values.push(match[1] ?? match[2]!.trim());
  return values;
}

/** Decodes the value's encoding and character set and rewrites 2.1 parameters as 3.0 ones. */
function convert(p: ParsedLine, v21: boolean): Converted {
  const encoding = encodingOf(p);
  const typeValues = p.params.filter(([n]) => n === 'TYPE').flatMap(([, v]) => v.map((t) => t.toLowerCase()));
  const others = p.params
    .filter(([n]) => n !== 'ENCODING' && n !== 'CHARSET' && n !== 'TYPE')
    .map(([n, v]): [string, string[]] => (n === 'VALUE' && /^url$/i.test(v[0] ?? '') ? [n, ['uri']] : [n, v]));
  const params: [string, string[]][] = [...others];
  if (typeValues.length) params.push(['TYPE', typeValues]);
  if (encoding === 'BASE64' || encoding === 'B') {
    params.push(['ENCODING', ['b']]);
    return { ...p, params, value: p.value.toString('latin1') };
  }
  const isUri = others.some(([n, v]) => n === 'VALUE' && v[0]?.toLowerCase() === 'uri');
  const text = decodedText(p);
  if (isUri) return { ...p, params, value: text };
  return { ...p, params, value: v21 || encoding === 'QUOTED-PRINTABLE' ? escapeText(text, p.name) : normalizeEscapes(text, p.name) };
}

/** A NOTE's text: 2.1 (and quoted-printable) text has no escapes but `\;`; 3.0 and 4.0 text is unescaped. */
function noteText(p: ParsedLine, v21: boolean): string {
  if (v21 || encodingOf(p) === 'QUOTED-PRINTABLE') return decodedText(p).replace(/\r\n?/g, '\n').replace(/\\;/g, ';');
  // Where byte 0x5C can only be a backslash (UTF-8, ASCII, ISO-8859 and Windows code pages: all but the
  // East Asian double-byte sets), escapes are undone in the bytes, a pass that makes no text; a note
  // can be megabytes of it.
  const charset = charsetOf(p);
  return !charset || /^(utf-?8|us-ascii|iso-8859-\d+|windows-125\d)$/i.test(charset)
    ? decodeBytes(unescapeBytes(p.value, p.copied), charset)
    : unescapeText(decodedText(p));
}

function encodingOf(p: ParsedLine): string | undefined {
  return p.params.find(([n]) => n === 'ENCODING')?.[1][0]?.toUpperCase();
}

function charsetOf(p: ParsedLine): string | undefined {
  return p.params.find(([n]) => n === 'CHARSET')?.[1][0];
}

/** The value's bytes as text: quoted-printable decoded, then its character set. */
function decodedText(p: ParsedLine): string {
  return decodeBytes(encodingOf(p) === 'QUOTED-PRINTABLE' ? decodeQuotedPrintable(p.value) : p.value, charsetOf(p));
}

function decodeQuotedPrintable(value: Buffer): Buffer {
  const bytes = Buffer.alloc(value.length);
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const byte = value[i]!;
    const high = byte === EQUALS ? hexDigit(value[i + 1]) : -1;
    const low = high < 0 ? -1 : hexDigit(value[i + 2]);
    if (low >= 0) {
      bytes[length++] = high * 16 + low;
      i += 2;
    } else {
      bytes[length++] = byte;
    }
  }
  return bytes.subarray(0, length);
}

function hexDigit(code: number | undefined): number {
  if (code === undefined) return -1;
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
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

/**
 * 3.0 and 4.0 text as ical.js reads it right. vCard defines `\\`, `\n`, `\,` and `\;`; writers escape
 * other characters too (Gmail writes `\"`, some `\:`), which widely used readers (Android's, for one)
 * take for the character itself: so here, where ical.js would keep the backslash. `\;` (RFC 6350
 * allows it in any text) is undone here outside structured values, where ical.js keeps it.
 */
function normalizeEscapes(value: string, name: string): string {
  if (!value.includes('\\')) return value;
  const structured = STRUCTURED.has(name);
  return value.replace(/\\(.)/gs, (m, c: string) => (c === '\\' || c === ',' || c === 'n' || c === 'N' || (c === ';' && structured) ? m : c));
}

/** 3.0 and 4.0 text unescaped: `\n` and `\N` a line break, any other escaped character itself (see `normalizeEscapes`). */
function unescapeText(value: string): string {
  let at = value.indexOf('\\');
  if (at < 0) return value;
  const parts: string[] = [];
  let from = 0;
  for (; at >= 0 && at + 1 < value.length; at = value.indexOf('\\', from)) {
    const c = value[at + 1]!;
    parts.push(value.slice(from, at), c === 'n' || c === 'N' ? '\n' : c);
    from = at + 2;
  }
  parts.push(value.slice(from));
  return parts.join('');
}

/**
 * `unescapeText` on the bytes of an ASCII-compatible text; in `value` itself when it may be
 * overwritten (the text only shrinks, so each byte is read before it is written over).
 */
function unescapeBytes(value: Buffer, overwrite: boolean): Buffer {
  const first = value.indexOf(BACKSLASH);
  if (first < 0) return value;
  const out = overwrite ? value : Buffer.allocUnsafe(value.length);
  if (!overwrite) value.copy(out, 0, 0, first);
  let length = first;
  for (let i = first; i < value.length; i++) {
    const byte = value[i]!;
    if (byte === BACKSLASH && i + 1 < value.length) {
      const next = value[++i]!;
      out[length++] = next === 0x6e || next === 0x4e ? LF : next;
    } else {
      out[length++] = byte;
    }
  }
  return out.subarray(0, length);
}

function serialize(p: Converted): string {
  const params = p.params.map(([n, v]) => `;${n}=${v.map(quoteParam).join(',')}`).join('');
  return `${p.group ? `${p.group}.` : ''}${p.name}${params}:${p.value}`;
}

function quoteParam(value: string): string {
  const clean = value.replace(/"/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
