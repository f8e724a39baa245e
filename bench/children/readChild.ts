// The read part, in its own process: reading one vCard card with a large
// folded value, a photo or a note, as phones and Outlook write them. The reader is this tree's, or
// another build of it given as a file (the reader before it, for the baseline). Rounds interleave the
// sizes (a smaller card read more times a round, so that each size gets as much time and collects
// its share of garbage: a full collection forced before each read made small reads pay for growing
// the heap again); a first round may warm up, untimed. Each read is checked, so that a fast wrong read cannot pass for a
// fast one.
import type { ReadResult } from '../../src/interchange/readResult';
import { readVCards } from '../../src/interchange/vcardReader';
import { serveOnce } from './protocol';

export type ReadKind = 'photo' | 'note';

export interface ReadInput {
  kind: ReadKind;
  megabytes: number[];
  /** Reads of each size a round (1 each when absent). */
  repeats?: number[];
  /** Timed rounds. */
  rounds: number;
  /** One more round first, not timed. */
  warmUp: boolean;
  /** A CommonJS file exporting `readVCards`, instead of this tree's reader. */
  readerFile?: string;
}

/** Milliseconds of each timed read, per size (in `megabytes`' order). */
export type ReadOutput = number[][];

const MB = 1024 * 1024;

/** RFC 6350 folding: lines of at most 75 octets, continued after a space, never inside a UTF-8 character. */
function folded(line: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + (start === 0 ? 75 : 74));
    while (end < line.length && (line[end]! & 0xc0) === 0x80) end--;
    out.push(start === 0 ? line.subarray(start, end) : Buffer.concat([Buffer.from(' '), line.subarray(start, end)]));
    start = end;
  }
  return out;
}

/** A JPEG's first and last bytes around varied ones. */
function jpeg(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let x = 12345;
  for (let i = 0; i < size; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  bytes.set([0xff, 0xd8, 0xff], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

/** A note as a 3.0 writer escapes it: line breaks, commas and semicolons, and non-ASCII letters. */
function noteText(size: number): Buffer {
  const paragraph = Buffer.from(
    'Met at the Lisbon fair\\, talked about the yearly plan\\; wants a call back in September.\\nZoë’s assistant: +351 21 000 0000 – ask for Inês.\\n',
  );
  const bytes = Buffer.alloc(size);
  for (let at = 0; at < size; at += paragraph.length) paragraph.copy(bytes, at, 0, Math.min(paragraph.length, size - at));
  // Never end inside an escape or a UTF-8 character.
  let end = size;
  while (end > 0 && (bytes[end - 1] === 0x5c || bytes[end - 1]! >= 0x80)) end--;
  return bytes.subarray(0, end);
}

function cardFile(kind: ReadKind, megabytes: number): { file: Buffer; check: (read: ReadResult) => boolean } {
  const size = Math.round(megabytes * MB);
  const property =
    kind === 'photo' ? Buffer.from(`PHOTO;ENCODING=b;TYPE=JPEG:${jpeg(size).toString('base64')}`) : Buffer.concat([Buffer.from('NOTE:'), noteText(size)]);
  const lines = [
    Buffer.from('BEGIN:VCARD'),
    Buffer.from('VERSION:3.0'),
    Buffer.from(`FN:Bench ${kind}`),
    ...folded(property),
    Buffer.from('END:VCARD'),
    Buffer.alloc(0),
  ];
  const file = Buffer.concat(lines.flatMap((line, i) => (i ? [Buffer.from('\r\n'), line] : [line])));
  const check = (read: ReadResult) => {
    const card = read.cards[0]?.card;
    if (read.cards.length !== 1 || read.problems.length || !card) return false;
    return kind === 'photo' ? card.photo?.bytes?.length === size : (card.note?.length ?? 0) > size * 0.9;
  };
  return { file, check };
}

async function run(input: ReadInput): Promise<ReadOutput> {
  const read = input.readerFile ? (require(input.readerFile) as { readVCards: (bytes: Uint8Array) => ReadResult }).readVCards : readVCards;
  const cases = input.megabytes.map((mb) => cardFile(input.kind, mb));
  const times: ReadOutput = input.megabytes.map(() => []);
  for (let round = input.warmUp ? -1 : 0; round < input.rounds; round++) {
    cases.forEach(({ file, check }, i) => {
      for (let repeat = 0; repeat < (input.repeats?.[i] ?? 1); repeat++) {
        const started = performance.now();
        const result = read(file);
        const ms = performance.now() - started;
        if (!check(result)) throw new Error(`the ${input.megabytes[i]} MB ${input.kind} card was not read right`);
        if (round >= 0) times[i]!.push(ms);
      }
    });
  }
  return times;
}

void serveOnce(run);
