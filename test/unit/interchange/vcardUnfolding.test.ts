import * as assert from 'node:assert/strict';
import type { Card } from '../../../src/interchange/card';
import { readVCards } from '../../../src/interchange/vcardReader';

/**
 * The file's bytes behind a proxy that counts every byte the reader reads of them: each index read,
 * what each `indexOf` scans, each range made text by `toString`, and each range handed on by
 * `subarray` (read once more downstream, at most). Reading is linear when this count stays a small multiple of the file's size however many
 * lines the file has; the reader this replaced read a property again for each of its lines.
 */
function counted(file: Buffer): { bytes: Buffer; reads: () => number } {
  let reads = 0;
  const bytes = new Proxy(file, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        reads++;
        return target[Number(key)];
      }
      if (key === 'indexOf') {
        return (value: number, from = 0) => {
          const at = target.indexOf(value, from);
          reads += (at < 0 ? target.length : at + 1) - from;
          return at;
        };
      }
      if (key === 'toString') {
        return (encoding: BufferEncoding, start = 0, end = target.length) => {
          reads += Math.max(0, Math.min(end, target.length) - start);
          return target.toString(encoding, start, end);
        };
      }
      if (key === 'subarray') {
        return (start = 0, end = target.length) => {
          reads += Math.max(0, Math.min(end, target.length) - start);
          return target.subarray(start, end);
        };
      }
      if (key === 'length') return target.length;
      throw new Error(`the reader used ${String(key)} of the file, which this count does not know`);
    },
  });
  return { bytes, reads: () => reads };
}

function fold(line: string, eol: string, indent = ' '): string {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += 74) out.push((i ? indent : '') + line.slice(i, i + 74));
  return out.join(eol);
}

function qp(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function noteOf(size: number): string {
  const sentence = 'Met at the fair, talked about the yearly plan; wants a call back. Zoë ✓ ';
  return sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size);
}

function photoOf(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

/** Each shape real files fold a large value in, at a given size, with what the card must hold. */
const SHAPES: { name: string; file: (size: number) => Buffer; check: (card: Card, size: number) => void }[] = [
  {
    name: 'Apple 3.0: a base64 photo folded over CRLF lines',
    file: (size) =>
      Buffer.from(
        ['BEGIN:VCARD', 'VERSION:3.0', 'FN:P', fold(`PHOTO;ENCODING=b;TYPE=JPEG:${photoOf(size).toString('base64')}`, '\r\n'), 'END:VCARD', ''].join('\r\n'),
      ),
    check: (card, size) => assert.deepEqual(card.photo?.bytes && Buffer.from(card.photo.bytes), photoOf(size)),
  },
  {
    name: 'Gmail 3.0: a note folded over LF lines (no CR anywhere)',
    file: (size) => Buffer.from(['BEGIN:VCARD', 'VERSION:3.0', 'FN:N', fold(`NOTE:${noteOf(size)}`, '\n'), 'END:VCARD', ''].join('\n')),
    check: (card, size) => assert.equal(card.note, noteOf(size).trim()),
  },
  {
    name: 'Outlook 2.1: a BASE64 photo over unindented lines, ended by a blank line',
    file: (size) =>
      Buffer.from(
        [
          'BEGIN:VCARD',
          'VERSION:2.1',
          'FN:O',
          'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
          fold(photoOf(size).toString('base64'), '\r\n', ''),
          '',
          'END:VCARD',
          '',
        ].join('\r\n'),
      ),
    check: (card, size) => assert.deepEqual(card.photo?.bytes && Buffer.from(card.photo.bytes), photoOf(size)),
  },
  {
    name: 'Android 2.1: a quoted-printable note over soft line breaks',
    file: (size) =>
      Buffer.from(
        ['BEGIN:VCARD', 'VERSION:2.1', 'FN:A', fold(`NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(noteOf(size))}`, '=\r\n', ''), 'END:VCARD', ''].join(
          '\r\n',
        ),
      ),
    check: (card, size) => assert.equal(card.note, noteOf(size).trim()),
  },
  {
    name: 'old Mac: a folded note over lone-CR lines',
    file: (size) => Buffer.from(['BEGIN:VCARD', 'VERSION:3.0', 'FN:M', fold(`NOTE:${noteOf(size)}`, '\r'), 'END:VCARD', ''].join('\r')),
    check: (card, size) => assert.equal(card.note, noteOf(size).trim()),
  },
];

describe('vCard reader: linear in the size of the file', () => {
  for (const shape of SHAPES) {
    it(`${shape.name}: every byte read at most 5 times, at 32 KB as at 512 KB`, () => {
      for (const size of [32 * 1024, 512 * 1024]) {
        const { bytes, reads } = counted(shape.file(size));
        const result = readVCards(bytes);
        assert.deepEqual(result.problems, []);
        shape.check(result.cards[0]!.card, size);
        assert.ok(reads() <= 5 * bytes.length, `${reads()} bytes read of a ${bytes.length}-byte file`);
      }
    });
  }

  it('a file of many small cards: every byte read at most 5 times, at 100 cards as at 5,000', () => {
    for (const count of [100, 5000]) {
      const cards = Array.from({ length: count }, (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEMAIL:p${i}@example.com\r\nEND:VCARD\r\n`);
      const { bytes, reads } = counted(Buffer.from(cards.join('')));
      assert.equal(readVCards(bytes).cards.length, count);
      assert.ok(reads() <= 5 * bytes.length, `${reads()} bytes read of a ${bytes.length}-byte file`);
    }
  });
});
