import * as assert from 'node:assert/strict';
import sharp from 'sharp';
import { useSandbox } from '../../support/sandbox';
import { call, type Contact } from '../support/sandboxHttp';

const square = (format: 'png' | 'jpeg' | 'gif', colour = '#3366cc') =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: colour } })
    .toFormat(format)
    .toBuffer();

function form(fields: Record<string, string>, image?: { bytes: Buffer; name: string; type: string }): FormData {
  const data = new FormData();
  Object.entries(fields).forEach(([k, v]) => data.append(k, v));
  if (image) {
    data.append('image', new Blob([new Uint8Array(image.bytes)], { type: image.type }), image.name);
  }
  return data;
}

async function fetchImage(url: string): Promise<{ status: number; type: string | null; width?: number; height?: number; format?: string }> {
  const res = await fetch(url);
  if (res.status !== 200) {
    return { status: res.status, type: null };
  }
  const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
  return { status: res.status, type: res.headers.get('content-type'), width: meta.width, height: meta.height, format: meta.format };
}

describe('sandbox: images', () => {
  const sandbox = useSandbox();
  const post = (path: string, body: FormData) => call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', path, { body });

  it('creates a contact with its image in one multipart request, with thumbnails served without credentials', async () => {
    const answer = await post(
      'clientcontacts',
      form({ name: 'Pictured Person', client_id: '2', position: 'Model' }, { bytes: await square('png'), name: 'me.png', type: 'image/png' }),
    );
    assert.equal(answer.status, 201);
    const contact = answer.json.clientcontacts[0]!;
    assert.equal(contact.position, 'Model');
    assert.match(contact.image as string, new RegExp(`^${sandbox.current.origin}/assets/`));
    assert.deepEqual(await fetchImage(contact.image as string), { status: 200, type: 'image/png', width: 320, height: 240, format: 'png' });
    for (const [key, size] of [
      ['image_thumb_large', 200],
      ['image_thumb_medium', 100],
      ['image_thumb_small', 50],
    ] as const) {
      const thumb = await fetchImage(contact[key] as string);
      assert.deepEqual([thumb.status, thumb.width, thumb.height], [200, size, size], key);
    }
  });

  it('replaces the image of a contact by a multipart update, also with other fields', async () => {
    const before = (await call<{ clientcontacts: Contact[] }>(sandbox.current, 'GET', 'clientcontacts/1')).json.clientcontacts[0]!;
    const answer = await post('clientcontacts/1', form({ phone: '+1 555 0199' }, { bytes: await square('jpeg'), name: 'new.jpg', type: 'image/jpeg' }));
    assert.equal(answer.status, 200);
    const after = answer.json.clientcontacts[0]!;
    assert.equal(after.phone, '+1 555 0199');
    assert.notEqual(after.image, before.image);
    assert.equal((await fetchImage(after.image_thumb_small as string)).format, 'jpeg');
    assert.equal((await fetchImage(before.image as string)).status, 404, 'the old image is gone');
    const gif = await post('clientcontacts/1', form({}, { bytes: await square('gif'), name: 'anim.gif', type: 'image/gif' }));
    assert.equal((await fetchImage(gif.json.clientcontacts[0]!.image_thumb_medium as string)).format, 'gif');
  });

  it('returns null image keys for a contact without an image', async () => {
    const answer = await call<{ clientcontacts: Contact[] }>(sandbox.current, 'POST', 'clientcontacts', { body: { name: 'No Face', client_id: 1 } });
    const contact = answer.json.clientcontacts[0]!;
    assert.deepEqual([contact.image, contact.image_thumb_large, contact.image_thumb_medium, contact.image_thumb_small], [null, null, null, null]);
  });

  it('refuses files that are not whole JPEG, PNG or GIF images, and stores nothing', async () => {
    const png = await square('png');
    const cases: [string, Buffer, string, RegExp][] = [
      ['a PDF named .jpg', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'), 'cv.jpg', /not an image/],
      ['a truncated PNG', png.subarray(0, Math.floor(png.length / 2)), 'half.png', /damaged or incomplete/],
      ['an empty file', Buffer.alloc(0), 'empty.png', /empty/],
      [
        'a WebP',
        await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
          .webp()
          .toBuffer(),
        'x.webp',
        /Unsupported image format \(webp\)/,
      ],
    ];
    const before = (await call<{ clientcontacts: Contact[] }>(sandbox.current, 'GET', 'clientcontacts')).json.clientcontacts.length;
    for (const [what, bytes, name, message] of cases) {
      const answer = await post('clientcontacts', form({ name: `Refused ${what}`, client_id: '1' }, { bytes, name, type: 'image/jpeg' }));
      assert.equal(answer.status, 400, what);
      assert.match((answer.json as unknown as { message: string }).message, message, what);
      assert.equal((answer.json as unknown as { field: string }).field, 'image', what);
    }
    assert.equal((await call<{ clientcontacts: Contact[] }>(sandbox.current, 'GET', 'clientcontacts')).json.clientcontacts.length, before);
  });

  it('refuses an image over 5 MiB with 413 and a message', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 10, 0xff);
    const answer = await post('clientcontacts/2', form({}, { bytes: big, name: 'huge.jpg', type: 'image/jpeg' }));
    assert.equal(answer.status, 413);
    assert.match((answer.json as unknown as { message: string }).message, /5 MiB/);
  });

  it('refuses a file in another field than image, and a second file', async () => {
    const other = form({ client_id: '1', name: 'Wrong Field' });
    other.append('avatar', new Blob([new Uint8Array(await square('png'))]), 'b.png');
    const wrong = await post('clientcontacts', other);
    assert.equal(wrong.status, 400);
    assert.equal((wrong.json as unknown as { message: string }).message, 'Unknown field or reference: avatar');
    const two = form({ client_id: '1', name: 'Two Files' }, { bytes: await square('png'), name: 'a.png', type: 'image/png' });
    two.append('image', new Blob([new Uint8Array(await square('png'))]), 'c.png');
    const answer = await post('clientcontacts', two);
    assert.equal(answer.status, 400);
    assert.match((answer.json as unknown as { message: string }).message, /Only one file/);
  });

  it('serves the demo logos and avatars, and no files outside the assets folder', async () => {
    const client = (await call<{ clients: { image_thumb_medium: string }[] }>(sandbox.current, 'GET', 'clients/4')).json.clients[0]!;
    assert.equal((await fetchImage(client.image_thumb_medium)).width, 100);
    assert.equal((await fetch(`${sandbox.current.origin}/assets/..%2Fpaymo-sandbox.sqlite`)).status, 404);
    assert.equal((await fetch(`${sandbox.current.origin}/assets/clients/4/missing.png`)).status, 404);
  });
});
