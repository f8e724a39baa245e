// Markdown tooltips: user text in them is escaped (src/ui/textEscaping.ts). Their only links are our
// own actions (copy a field, write an email): a tooltip trusts exactly the commands of those links.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../ui/textEscaping';

/** The commands a tooltip's links may run; nothing else in a tooltip is trusted. */
export const TOOLTIP_COMMANDS = ['paymoContacts.copyField', 'paymoContacts.sendEmail'] as const;
export type TooltipCommand = (typeof TOOLTIP_COMMANDS)[number];

/**
 * A tooltip: the title, then one field per line. It renders no HTML and shows no icons from user
 * text; its links run only `TOOLTIP_COMMANDS` (with arguments this extension wrote: ids and field names).
 */
export function tooltipMarkdown(title: string, fields: readonly string[], sections: readonly string[] = []): vscode.MarkdownString {
  const md = new vscode.MarkdownString([`${heading(title)}\n\n${fields.join('  \n')}`, ...sections].join('\n\n---\n\n'), false);
  md.isTrusted = { enabledCommands: [...TOOLTIP_COMMANDS] };
  md.supportHtml = false;
  return md;
}

/** A tooltip without links: nothing in it is trusted. */
export function untrustedMarkdown(title: string, fields: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(`${heading(title)}\n\n${fields.join('  \n')}`, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** `**Label:** value` with the value escaped, then the actions' links; nothing when the value is empty. */
export function field(label: string, value: string | number | null | undefined, ...actions: string[]): string[] {
  if (value === null || value === undefined || value === '') return [];
  const links = actions.length ? ` — ${actions.join(' · ')}` : '';
  return [`**${escapeMarkdown(label)}:** ${escapeMarkdown(String(value))}${links}`];
}

/** A link that runs one of `TOOLTIP_COMMANDS` with `arg`. */
export function actionLink(label: string, command: TooltipCommand, arg: Record<string, string | number>): string {
  // Parentheses would end the link's target early: encoded like the rest.
  const query = encodeURIComponent(JSON.stringify([arg]))
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29');
  return `[${escapeMarkdown(label)}](command:${command}?${query})`;
}

function heading(text: string): string {
  return `#### ${escapeMarkdown(text)}`;
}
