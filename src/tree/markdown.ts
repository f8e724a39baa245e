// Markdown tooltips: user text in them is escaped (src/ui/textEscaping.ts) and nothing in them is trusted.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../ui/textEscaping';

/**
 * A tooltip: the title, then one field per line. It renders no HTML, runs no command links, and shows
 * no icons from user text.
 */
export function untrustedMarkdown(title: string, fields: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(`${heading(title)}\n\n${fields.join('  \n')}`, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** `**Label:** value` with the value escaped, or nothing when the value is empty. */
export function field(label: string, value: string | number | null | undefined): string[] {
  if (value === null || value === undefined || value === '') return [];
  return [`**${escapeMarkdown(label)}:** ${escapeMarkdown(String(value))}`];
}

function heading(text: string): string {
  return `#### ${escapeMarkdown(text)}`;
}
