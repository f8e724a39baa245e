// What the host accepts from the import preview page: checked before it is acted on (the page is
// ours, but its messages cross a process boundary). One schema per message type, keyed by it, so a
// type added to the union without a schema fails the build.
import * as v from 'valibot';
import { DUPLICATE_CHOICES } from '../interchange/duplicateChoice';
import type { PreviewPageMessage } from '../webviewContract/importMessages';

const choice = v.picklist(DUPLICATE_CHOICES);

const messages = {
  ready: v.object({ type: v.literal('ready') }),
  cancel: v.object({ type: v.literal('cancel') }),
  confirm: v.object({
    type: v.literal('confirm'),
    forAll: choice,
    perRow: v.record(v.pipe(v.string(), v.regex(/^[1-9]\d*$/)), choice),
    keepLeftovers: v.boolean(),
    byOrganization: v.boolean(),
  }),
} satisfies { [T in PreviewPageMessage['type']]: v.GenericSchema<unknown, Extract<PreviewPageMessage, { type: T }>> };

const message: v.GenericSchema<unknown, PreviewPageMessage> = v.variant('type', Object.values(messages));

export function parsePreviewMessage(value: unknown): PreviewPageMessage | undefined {
  const parsed = v.safeParse(message, value);
  return parsed.success ? parsed.output : undefined;
}
