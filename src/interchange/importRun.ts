// Runs an import's journal against Paymo: one request per step, one after another under the API's
// rate limiter, each announced in the journal before it is sent and recorded after its answer. A
// create whose answer never came (a lost connection, a cancel on its way, a crash: the journal says
// `sent` and nothing after) is looked up before anything else is done about it, so nobody is created
// twice. What is the row's fault (Paymo refused its fields) fails that row and the run goes on; what
// is not (signed out, offline, cancelled) stops the run with the journal kept for a resume.
import { CONTACT_IDENTITY_FIELDS, findCreatedRecord, where, type ClientContact, type ImageUpload, type PaymoApi, type PaymoErrorKind } from '../paymo';
import type { ImportJournal, PlannedStep } from './importJournal';
import { reportOf, type ImportReport } from './importReport';

type CreateStep = Extract<PlannedStep, { action: 'create' }>;

export interface ImportProgress {
  /** Steps answered, of `total`. */
  done: number;
  total: number;
  /** From this run's pace so far; undefined before its first answer. */
  etaSeconds?: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Each contact as Paymo answered it, created or updated (the tree shows it at once). */
  onContact?: (contact: ClientContact) => void;
}

/** Runs what is left of the journal; the report says what the whole import did, and what is left. */
export async function runImport(api: PaymoApi, journal: ImportJournal, options: RunOptions = {}): Promise<ImportReport> {
  const { signal } = options;
  const steps = journal.plan.steps;
  const started = Date.now();
  let answeredHere = 0;
  const answered = () => steps.filter((_, i) => journal.state(i).state === 'done' || journal.state(i).state === 'failed').length;
  const progress = () => {
    const done = answered();
    const perStep = answeredHere ? (Date.now() - started) / answeredHere / 1000 : undefined;
    options.onProgress?.({ done, total: steps.length, ...(perStep === undefined ? {} : { etaSeconds: Math.round(perStep * (steps.length - done)) }) });
  };
  progress();
  for (let i = 0; i < steps.length; i++) {
    const state = journal.state(i).state;
    if (state === 'done' || state === 'failed') continue;
    if (signal?.aborted) return reportOf(journal, { cancelled: true });
    try {
      const contact = await runStep(api, journal, i, steps[i]!, signal);
      if (contact) options.onContact?.(contact);
    } catch (error) {
      if (signal?.aborted) return reportOf(journal, { cancelled: true });
      if (!isRowsFault(error)) return reportOf(journal, { error });
      journal.record({ step: i, event: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    answeredHere++;
    progress();
  }
  return reportOf(journal);
}

async function runStep(
  api: PaymoApi,
  journal: ImportJournal,
  i: number,
  step: PlannedStep,
  signal: AbortSignal | undefined,
): Promise<ClientContact | undefined> {
  if (step.action === 'update') {
    // An update sets fields to values: sending it again after a lost answer does no harm.
    journal.record({ step: i, event: 'sent' });
    const contact = await api.updateContact(step.contactId, step.patch, signal);
    journal.record({ step: i, event: 'done', contactId: contact.id });
    return contact;
  }
  if (journal.state(i).state === 'uncertain') {
    const earlier = await lookUp(api, journal, step, signal);
    if (earlier) return finishEarlier(api, journal, i, step, earlier, signal);
  }
  try {
    return await create(api, journal, i, step, signal);
  } catch (error) {
    // Cancelled on its way: the journal keeps it uncertain and the resume looks it up.
    if (kindOf(error) !== 'outcomeUnknown' || signal?.aborted) throw error;
    const earlier = await lookUp(api, journal, step, signal);
    if (earlier) return finishEarlier(api, journal, i, step, earlier, signal);
    // Not there: the create never reached Paymo, and sending it once more is the first time.
    return create(api, journal, i, step, signal);
  }
}

async function create(api: PaymoApi, journal: ImportJournal, i: number, step: CreateStep, signal: AbortSignal | undefined): Promise<ClientContact> {
  journal.record({ step: i, event: 'sent' });
  const image = imageOf(step);
  const created = await api.createContact(step.fields, { ...(image ? { image } : {}), ...(signal ? { signal } : {}) });
  const photoError = created.imageError?.message;
  journal.record({ step: i, event: 'done', contactId: created.contact.id, ...(photoError ? { photoError } : {}) });
  return created.contact;
}

function lookUp(api: PaymoApi, journal: ImportJournal, step: CreateStep, signal: AbortSignal | undefined): Promise<ClientContact | undefined> {
  // Contacts this import already made are no lost create's either (two cards may be alike).
  const knownBefore = [...step.knownBefore, ...journal.doneContactIds()];
  const listNamed = (name: string) => api.listContacts({ where: where.eq('name', name), ...(signal ? { signal } : {}) });
  return findCreatedRecord({ sent: step.fields, knownBefore }, listNamed, CONTACT_IDENTITY_FIELDS);
}

/** The lost create did happen: it is done, with its photo if the create had not carried it yet. */
async function finishEarlier(
  api: PaymoApi,
  journal: ImportJournal,
  i: number,
  step: CreateStep,
  earlier: ClientContact,
  signal: AbortSignal | undefined,
): Promise<ClientContact> {
  const image = imageOf(step);
  let contact = earlier;
  let photoError: string | undefined;
  if (image && !hasImage(earlier)) {
    try {
      contact = await api.uploadContactImage(earlier.id, image, signal);
    } catch (error) {
      if (!isRowsFault(error)) throw error;
      photoError = error instanceof Error ? error.message : String(error);
    }
  }
  journal.record({ step: i, event: 'done', contactId: contact.id, ...(photoError ? { photoError } : {}) });
  return contact;
}

function imageOf(step: CreateStep): ImageUpload | undefined {
  if (!step.photo) return undefined;
  const extension = step.photo.mime.slice('image/'.length).replace('jpeg', 'jpg');
  return { bytes: Buffer.from(step.photo.base64, 'base64'), fileName: `photo-${step.row}.${extension}` };
}

function hasImage(contact: ClientContact): boolean {
  return typeof (contact as { image?: unknown }).image === 'string';
}

/** Paymo refused this row's data (or the contact to update is gone): other rows may well go through. */
function isRowsFault(error: unknown): boolean {
  const kind = kindOf(error);
  return kind === 'badRequest' || kind === 'invalidInput' || kind === 'notFound';
}

/**
 * By `kind`, not `instanceof`: in the shipped extension this file is in dist/interchange.js, and the
 * errors come from the PaymoApi of dist/extension.js, whose error classes are other objects.
 */
function kindOf(error: unknown): PaymoErrorKind | undefined {
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? (kind as PaymoErrorKind) : undefined;
}
