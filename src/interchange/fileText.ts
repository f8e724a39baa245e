// A contact file's bytes as text. Address books write UTF-8 (with or without a byte order mark),
// UTF-16 with a mark (some Windows exports), or, for older CSV and vCard 2.1, the Windows code page.

/** The file as UTF-8 bytes without a byte order mark: UTF-16 is re-encoded, anything else kept as it is. */
export function utf8Bytes(bytes: Uint8Array): Buffer {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return Buffer.from(new TextDecoder('utf-16le').decode(buffer.subarray(2)), 'utf8');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return Buffer.from(new TextDecoder('utf-16be').decode(buffer.subarray(2)), 'utf8');
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3);
  return buffer;
}

// Made once: a vCard file decodes each value apart, and a decoder is dearer to make than to use.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Text in its declared character set; undeclared text is UTF-8, or Windows-1252 when it is not valid UTF-8. */
export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown character set name: read it as undeclared.
    }
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return WINDOWS_1252.decode(bytes);
  }
}

/** The whole file as text (CSV). */
export function fileText(bytes: Uint8Array): string {
  return decodeBytes(utf8Bytes(bytes));
}
