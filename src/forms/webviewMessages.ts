// What the host accepts from a form's webview, and from a panel state handed back after a reload:
// checked field by field against the form's kind, with unknown keys dropped, before anything is
// stored or sent to Paymo. The page is ours, but its messages cross a process boundary and end up
// in workspace state.
import * as v from 'valibot';
import { isTextControl, valueFields, type FieldSpec, type FormKind } from '../webviewContract/formKind';
import type { FieldValue, FormState, FormValues, WebviewMessage } from '../webviewContract/formMessages';
import { ADDED_KEY_PREFIX } from '../auth/accountSlot';
import type { FormKindHost } from './formKindHost';

/** What the checks need of a kind's host: its description and the shape of its records. */
type CheckedKind = Pick<FormKindHost, 'kind' | 'recordSchema'>;

const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const requestId = v.pipe(v.number(), v.integer());

function valueSchema({ control }: FieldSpec): v.GenericSchema<unknown, FieldValue> {
  if (isTextControl(control)) return v.string();
  return control === 'checkbox' ? v.boolean() : v.nullable(id);
}

function formValues(kind: FormKind): v.GenericSchema<unknown, FormValues> {
  return v.object(Object.fromEntries(valueFields(kind).map((spec) => [spec.field, valueSchema(spec)])));
}

type MessageType = WebviewMessage['type'];

/**
 * One schema per message type of the union, keyed by it: a message type added to
 * `src/webviewContract/formMessages.ts` without a schema here (or a schema whose output is not that message)
 * fails the build. Both kinds of form share them; only the values differ.
 */
function messages(values: v.GenericSchema<unknown, FormValues>) {
  return {
    ready: v.object({ type: v.literal('ready') }),
    edit: v.object({ type: v.literal('edit'), values }),
    save: v.object({
      type: v.literal('save'),
      requestId,
      values,
      password: v.optional(v.string()),
      overwrite: v.optional(v.boolean()),
      asNew: v.optional(v.boolean()),
    }),
    resolveConflict: v.object({ type: v.literal('resolveConflict'), choice: v.picklist(['reload', 'keepEditing']) }),
    chooseImage: v.object({ type: v.literal('chooseImage'), requestId, fileName: v.string(), bytes: v.instance(Uint8Array) }),
    clearImage: v.object({ type: v.literal('clearImage') }),
    createClient: v.object({ type: v.literal('createClient') }),
    discard: v.object({ type: v.literal('discard') }),
    showLog: v.object({ type: v.literal('showLog') }),
  } satisfies { [T in MessageType]: v.GenericSchema<unknown, Extract<WebviewMessage, { type: T }>> };
}

interface KindSchemas {
  message: v.GenericSchema<unknown, WebviewMessage>;
  state: v.GenericSchema<unknown, FormState>;
}

const schemas = new Map<CheckedKind, KindSchemas>();

function schemasOf(host: CheckedKind): KindSchemas {
  let known = schemas.get(host);
  if (!known) {
    const { kind } = host;
    const values = formValues(kind);
    // An added account's form keys carry its prefix (`a2/contact:7`): its forms come back after a reload too.
    const keys = new RegExp(`^(?:${ADDED_KEY_PREFIX})?(${kind.newKey}|${kind.keyPrefix}:[1-9]\\d*)$`);
    known = {
      message: v.variant('type', Object.values(messages(values))),
      state: v.object({
        key: v.pipe(v.string(), v.regex(keys)),
        mode: v.picklist(['create', 'edit']),
        base: v.nullable(host.recordSchema),
        values,
        imageName: v.optional(v.string()),
      }),
    };
    schemas.set(host, known);
  }
  return known;
}

/** The message as the host may use it, or undefined when it is not one the page of this kind sends. */
export function parseWebviewMessage(host: CheckedKind, value: unknown): WebviewMessage | undefined {
  const parsed = v.safeParse(schemasOf(host).message, value);
  return parsed.success ? parsed.output : undefined;
}

/** A panel's saved state, or undefined when it is not one a form of this kind saved. */
export function parseFormState(host: CheckedKind, value: unknown): FormState | undefined {
  const parsed = v.safeParse(schemasOf(host).state, value);
  return parsed.success ? parsed.output : undefined;
}
