// What the host accepts from a form's webview, and from a panel state handed back after a reload:
// checked field by field, with unknown keys dropped, before anything is stored or sent to Paymo.
// The page is ours, but its messages cross a process boundary and end up in workspace state.
import * as v from 'valibot';
import { contactSchema } from '../paymo';
import { TEXT_FIELDS, type FormState, type FormValues, type WebviewMessage } from '../shared/formMessages';

const id = v.pipe(v.number(), v.integer(), v.minValue(1));
const requestId = v.pipe(v.number(), v.integer());

const formValues: v.GenericSchema<unknown, FormValues> = v.object({
  ...(Object.fromEntries(TEXT_FIELDS.map((field) => [field, v.string()])) as Record<(typeof TEXT_FIELDS)[number], v.StringSchema<undefined>>),
  client_id: v.nullable(id),
  is_main: v.boolean(),
  access: v.boolean(),
});

type MessageType = WebviewMessage['type'];

/**
 * One schema per message type of the union, keyed by it: a message type added to
 * `src/shared/formMessages.ts` without a schema here (or a schema whose output is not that message)
 * fails the build.
 */
const messages = {
  ready: v.object({ type: v.literal('ready') }),
  edit: v.object({ type: v.literal('edit'), values: formValues }),
  save: v.object({
    type: v.literal('save'),
    requestId,
    values: formValues,
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

const message: v.GenericSchema<unknown, WebviewMessage> = v.variant('type', Object.values(messages));

const formState: v.GenericSchema<unknown, FormState> = v.object({
  key: v.pipe(v.string(), v.regex(/^(new|contact:[1-9]\d*)$/)),
  mode: v.picklist(['create', 'edit']),
  base: v.nullable(contactSchema),
  values: formValues,
  imageName: v.optional(v.string()),
});

/** The message as the host may use it, or undefined when it is not one the page sends. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  const parsed = v.safeParse(message, value);
  return parsed.success ? parsed.output : undefined;
}

/** A panel's saved state, or undefined when it is not one a form saved. */
export function parseFormState(value: unknown): FormState | undefined {
  const parsed = v.safeParse(formState, value);
  return parsed.success ? parsed.output : undefined;
}
