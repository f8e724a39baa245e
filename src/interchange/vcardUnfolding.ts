// A vCard file's physical lines joined into properties, in one pass over its bytes: a line starting
// with a space or tab continues the previous one (RFC 6350 folding); a quoted-printable value ending
// in `=` continues on the next line whatever it starts with (vCard 2.1 soft line breaks); a 2.1 BASE64
// value goes on over unindented lines without a colon until a blank one. Each physical line is looked
// at once, a property's head (name and parameters, which say how it continues) once, when its colon
// has been read, and its bytes are copied once, when it is complete: reading the joined text again
// for every physical line made a 2 MB photo take 23 s and a 10 MB note never end.
//
// Bytes, not text: each value is decoded later in its own character set. A property's pieces are
// kept as offsets into the file until it is complete, so that a photo folded over 40,000 lines makes
// no object per line.

import { COLON, CR, EQUALS, LF, SPACE, TAB } from './vcardBytes';

/** One property as the file has it, folds and soft breaks joined. */
export interface LogicalLine {
  bytes: Buffer;
  /** 1-based line of its first physical line. */
  line: number;
  /** 1-based line of its last physical line. */
  lastLine: number;
  /** `bytes` is a copy (its lines joined), which a reader may overwrite; else it is the file's own. */
  copied: boolean;
}

/**
 * The file's properties in order; blank lines are left out. Lines end at CRLF, LF or a lone CR; the
 * next CR and the next LF are each looked for once and remembered until passed, so that a file
 * without any CR is not searched to its end for one on every line.
 */
export function* logicalLines(file: Buffer): Generator<LogicalLine> {
  let open: Unfolding | undefined;
  let start = 0;
  let number = 1;
  let nextLf = -2;
  let nextCr = -2;
  for (;;) {
    if (nextLf !== -1 && nextLf < start) nextLf = file.indexOf(LF, start);
    if (nextCr !== -1 && nextCr < start) nextCr = file.indexOf(CR, start);
    const found = nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
    const end = found === -1 ? file.length : found;
    if (open?.continuesWith(start, end)) {
      open.append(start, end, number);
    } else if (!isBlank(file, start, end)) {
      if (open) yield open.done();
      open = new Unfolding(file, start, end, number);
    } else {
      open?.blank();
    }
    if (found === -1) break;
    start = found + (file[found] === CR && file[found + 1] === LF ? 2 : 1);
    number++;
  }
  if (open) yield open.done();
}

function isBlank(file: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (file[i] !== SPACE && file[i] !== TAB) return false;
  return true;
}

function indexIn(file: Buffer, byte: number, start: number, end: number): number {
  for (let i = start; i < end; i++) if (file[i] === byte) return i;
  return -1;
}

/** The physical lines of one property, as they are read: start and end offsets in the file, in pairs. */
class Unfolding {
  private readonly file: Buffer;
  private readonly pieces: number[];
  private readonly line: number;
  private lastLine: number;
  /** Set once the colon that ends the name and parameters has been read. */
  private headRead = false;
  private quotedPrintable = false;
  private base64 = false;
  private afterBlank = false;

  constructor(file: Buffer, start: number, end: number, line: number) {
    this.file = file;
    this.pieces = [start, end];
    this.line = line;
    this.lastLine = line;
    this.readHead();
  }

  continuesWith(start: number, end: number): boolean {
    const first = start < end ? this.file[start] : undefined;
    if (this.softBreak() || first === SPACE || first === TAB) return true;
    return this.base64 && !this.afterBlank && start < end && indexIn(this.file, COLON, start, end) < 0;
  }

  append(start: number, end: number, number: number): void {
    const first = start < end ? this.file[start] : undefined;
    if (this.softBreak()) this.pieces[this.pieces.length - 1]!--;
    else if (first === SPACE || first === TAB) start++;
    this.pieces.push(start, end);
    this.lastLine = number;
    this.readHead();
  }

  blank(): void {
    this.afterBlank = true;
  }

  done(): LogicalLine {
    const { file, pieces } = this;
    if (pieces.length === 2) return { bytes: file.subarray(pieces[0], pieces[1]), line: this.line, lastLine: this.lastLine, copied: false };
    let length = 0;
    for (let i = 0; i < pieces.length; i += 2) length += pieces[i + 1]! - pieces[i]!;
    const bytes = Buffer.allocUnsafe(length);
    let at = 0;
    // Byte by byte: for pieces of a line's length this is faster than a native copy call per piece.
    for (let i = 0; i < pieces.length; i += 2) for (let j = pieces[i]!; j < pieces[i + 1]!; j++) bytes[at++] = file[j]!;
    return { bytes, line: this.line, lastLine: this.lastLine, copied: true };
  }

  /** A quoted-printable value whose last piece ends in `=` goes on in the next line. */
  private softBreak(): boolean {
    const end = this.pieces[this.pieces.length - 1]!;
    return this.quotedPrintable && end > this.pieces[this.pieces.length - 2]! && this.file[end - 1] === EQUALS;
  }

  /**
   * Looks for the head's colon in the piece just added, until it is found; then reads how the value
   * is encoded, from the parameters (a head without `;` has none, as most have not).
   */
  private readHead(): void {
    if (this.headRead) return;
    const { file, pieces } = this;
    const colon = indexIn(file, COLON, pieces[pieces.length - 2]!, pieces[pieces.length - 1]!);
    if (colon < 0) return;
    this.headRead = true;
    let head = '';
    for (let i = 0; i < pieces.length - 2; i += 2) head += file.toString('latin1', pieces[i], pieces[i + 1]);
    head = (head + file.toString('latin1', pieces[pieces.length - 2], colon)).toUpperCase();
    if (!head.includes(';')) return;
    this.quotedPrintable = /;(ENCODING=)?QUOTED-PRINTABLE\b/.test(head);
    this.base64 = /;(ENCODING=)?(BASE64|B)\b/.test(head);
  }
}
