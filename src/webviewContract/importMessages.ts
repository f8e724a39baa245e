// The messages between the import preview page and the extension host: one union each way, imported
// by both sides. The host sends every row already in the user's language (the page has no l10n), for
// each duplicate choice, so that the page can show a choice per row without asking the host again.

export type DuplicateChoice = 'skip' | 'update' | 'create';

export interface PreviewRowView {
  /** The card's 1-based position in the file. */
  index: number;
  line: number;
  name: string;
  email: string;
  action: 'create' | 'update' | 'skip';
  /** Why it is skipped or what it changes, in words. */
  detail: string;
  /** The account's contact it matches, in words ("same email as Aaron Cooper"); empty when none. */
  duplicate: string;
  /** The photo: empty without one; else whether it is imported, or why not. */
  photo: string;
}

export interface PreviewLabels {
  title: string;
  summary: string;
  forAll: string;
  choices: Record<DuplicateChoice, string>;
  keepLeftovers: string;
  byOrganization: string;
  columns: { row: string; name: string; email: string; action: string; detail: string; duplicate: string; photo: string };
  actions: Record<PreviewRowView['action'], string>;
  confirm: string;
  cancel: string;
}

export interface PreviewModel {
  labels: PreviewLabels;
  /** The rows under each duplicate choice, without and with what does not fit kept in the notes. */
  rows: Record<DuplicateChoice, PreviewRowView[]>;
  rowsKeepingLeftovers: Record<DuplicateChoice, PreviewRowView[]>;
  forAll: DuplicateChoice;
}

export type PreviewHostMessage = { type: 'preview'; model: PreviewModel };

export interface PreviewDecision {
  forAll: DuplicateChoice;
  /** Row index → the choice made for that row, where it differs from `forAll`. */
  perRow: Record<number, DuplicateChoice>;
  keepLeftovers: boolean;
  /** Each card into the client named by its organisation, creating the clients that do not exist. */
  byOrganization: boolean;
}

export type PreviewPageMessage = { type: 'ready' } | ({ type: 'confirm' } & PreviewDecision) | { type: 'cancel' };
