// The messages between the import preview page and the extension host: one union each way, imported
// by both sides. The host sends every row once, already in the user's language (the page has no
// l10n), with what it becomes under each duplicate choice, so that the page can show a choice per
// row without asking the host again. The rows follow the model in slices: one message of a large
// file's rows would hold the extension host for as long as it takes to serialise.
import type { DuplicateChoice } from '../interchange/duplicateChoice';

export type { DuplicateChoice };

/** What a row becomes under one choice. */
export interface OutcomeView {
  action: 'create' | 'update' | 'skip';
  /** Why it is skipped or what it changes, in words. */
  detail: string;
}

export interface PreviewRowView {
  /** The card's 1-based position in the file. */
  index: number;
  line: number;
  name: string;
  email: string;
  /** The account's contact it matches, in words ("same email as Aaron Cooper"); empty when none. */
  duplicate: string;
  /** The photo: empty without one; else whether it is imported, or why not. */
  photo: string;
  outcomes: Record<DuplicateChoice, OutcomeView>;
  /** The outcomes with what Paymo has no field for kept in the notes, where that changes them (an update's changes). */
  outcomesKeepingLeftovers?: Record<DuplicateChoice, OutcomeView>;
}

export interface PreviewLabels {
  title: string;
  summary: string;
  forAll: string;
  choices: Record<DuplicateChoice, string>;
  keepLeftovers: string;
  byOrganization: string;
  columns: { row: string; name: string; email: string; action: string; detail: string; duplicate: string; photo: string };
  actions: Record<OutcomeView['action'], string>;
  confirm: string;
  cancel: string;
}

export interface PreviewModel {
  labels: PreviewLabels;
  forAll: DuplicateChoice;
  /** How many rows the `rows` messages after this one bring, in the file's order. */
  rowCount: number;
}

export type PreviewHostMessage = { type: 'preview'; model: PreviewModel } | { type: 'rows'; rows: PreviewRowView[] };

export interface PreviewDecision {
  forAll: DuplicateChoice;
  /** Row index → the choice made for that row, where it differs from `forAll`. */
  perRow: Record<number, DuplicateChoice>;
  keepLeftovers: boolean;
  /** Each card into the client named by its organisation, creating the clients that do not exist. */
  byOrganization: boolean;
}

export type PreviewPageMessage = { type: 'ready' } | ({ type: 'confirm' } & PreviewDecision) | { type: 'cancel' };
