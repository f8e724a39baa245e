import * as assert from 'node:assert/strict';
import { checkImage, MAX_IMAGE_BYTES, PaymoInvalidInputError } from '../../../src/paymo';
import { makeImage, PDF_BYTES } from '../support/images';

function refusal(bytes: Uint8Array, fileName: string): string {
  try {
    checkImage(bytes, fileName);
  } catch (error) {
    assert.ok(error instanceof PaymoInvalidInputError);
    assert.equal(error.field, 'image');
    return error.message;
  }
  assert.fail(`${fileName} was accepted`);
}

describe('checkImage', () => {
  it('accepts real JPEG, PNG and GIF files and names their MIME type', async () => {
    assert.deepEqual(checkImage(await makeImage('jpeg'), 'a.jpg'), { mime: 'image/jpeg' });
    assert.deepEqual(checkImage(await makeImage('png'), 'a.png'), { mime: 'image/png' });
    assert.deepEqual(checkImage(await makeImage('gif'), 'a.gif'), { mime: 'image/gif' });
  });

  it('goes by the bytes, not the file name', async () => {
    assert.deepEqual(checkImage(await makeImage('png'), 'photo.jpg'), { mime: 'image/png' });
    assert.equal(refusal(PDF_BYTES, 'photo.png'), '"photo.png" is a PDF, not a JPEG, PNG or GIF image.');
  });

  it('refuses a file it does not recognise', () => {
    assert.equal(refusal(Buffer.from('just some text'), 'notes.txt'), '"notes.txt" is not a JPEG, PNG or GIF image.');
  });

  it('refuses truncated images of each format', async () => {
    for (const format of ['png', 'jpeg', 'gif'] as const) {
      const bytes = await makeImage(format);
      const message = refusal(bytes.subarray(0, bytes.length - 5), `cut.${format}`);
      assert.match(message, /incomplete or damaged/);
    }
  });

  it('refuses a PNG whose first chunk is not IHDR', async () => {
    const bytes = Buffer.from(await makeImage('png'));
    bytes.write('IHDX', 12, 'latin1');
    assert.match(refusal(bytes, 'odd.png'), /PNG image but is incomplete or damaged/);
  });

  it('refuses an empty file and one over the size limit', async () => {
    assert.equal(refusal(new Uint8Array(0), 'empty.png'), '"empty.png" is empty.');
    const png = await makeImage('png');
    const big = Buffer.concat([png.subarray(0, 33), Buffer.alloc(MAX_IMAGE_BYTES), png.subarray(33)]);
    // Just over the limit, the size is rounded up: it never reads as the limit itself.
    assert.match(refusal(big, 'big.png'), /"big\.png" is 5\.1 MB; profile images can be at most 5\.0 MB\./);
  });
});
