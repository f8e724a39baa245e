import * as assert from 'node:assert/strict';
import * as v from 'valibot';
import { safeParseInPlace } from '../../../src/paymo/inPlaceCheck';
import { clientSchema, contactSchema, envelope } from '../../../src/paymo/schemas';

const CONTACTS = envelope('clientcontacts', contactSchema);
const CLIENTS = envelope('clients', clientSchema);

function contact(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 7,
    client_id: 3,
    name: 'Ada',
    email: 'ada@example.com',
    mobile: null,
    phone: null,
    fax: null,
    skype: null,
    notes: null,
    position: null,
    is_main: true,
    access: false,
    image: null,
    image_thumb_large: null,
    image_thumb_medium: null,
    image_thumb_small: null,
    created_on: '2026-01-01T00:00:00Z',
    updated_on: '2026-01-02T00:00:00Z',
    ...changes,
  };
}

/** The answer must be valibot's own, whichever way it was reached. */
function agreesWithValibot(schema: v.GenericSchema<unknown, unknown>, body: unknown): void {
  const expected = v.safeParse(schema, structuredClone(body));
  const actual = safeParseInPlace(schema, structuredClone(body));
  assert.equal(actual.success, expected.success, JSON.stringify(body));
  if (actual.success && expected.success) assert.deepEqual(actual.output, expected.output);
  if (!actual.success && !expected.success) assert.equal(actual.issue.message, expected.issues[0].message);
}

describe('Checking answers in place (same result as valibot)', () => {
  it('drops unknown fields and turns absent image and text fields into null', () => {
    const { image: _i, image_thumb_small: _s, notes: _n, ...sparse } = contact();
    const result = safeParseInPlace(CONTACTS, { clientcontacts: [contact({ undocumented: 1 }), sparse] });
    assert.ok(result.success);
    assert.equal('undocumented' in result.output[0]!, false);
    assert.deepEqual([result.output[1]!.image, result.output[1]!.image_thumb_small, result.output[1]!.notes], [null, null, null]);
    agreesWithValibot(CONTACTS, { clientcontacts: [contact({ undocumented: 1 }), sparse, contact({ client: { name: 'Acme', extra: true } })] });
  });

  it('rejects malformed answers as valibot does, with its message', () => {
    for (const body of [
      { clientcontacts: [contact({ name: 5 })] },
      { clientcontacts: [contact({ id: 1.5 })] },
      { clientcontacts: [contact({ is_main: 'yes' })] },
      { clientcontacts: [[1]] },
      { clientcontacts: 'none' },
      { clients: [] },
      null,
      [],
      5,
      { clients: [{ id: 1, name: 'Acme', active: 'yes', created_on: 'x', updated_on: 'y' }] },
    ]) {
      assert.equal(safeParseInPlace(CONTACTS, structuredClone(body)).success, false);
      agreesWithValibot(CONTACTS, body);
      agreesWithValibot(CLIENTS, body);
    }
  });
});
