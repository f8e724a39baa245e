// The links a tree item's tooltip may hold: only our own actions (copy a field, write an email), each
// running one of the commands the tooltip trusts, with arguments that carry ids and field names only.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';

export const TRUSTED_COMMANDS = ['paymoContacts.copyField', 'paymoContacts.sendEmail'];

export interface TooltipLink {
  label: string;
  command: string;
  arg: Record<string, unknown>;
}

// The arguments are URI-encoded JSON: nothing in them can end the link early.
const LINK = /\[([^\]]*)\]\(command:([\w.]+)\?([A-Za-z0-9%._~*'!-]*)\)/g;

/** The tooltip's command links, checked: trusted commands only, arguments of ids and field names. */
export function tooltipLinks(tooltip: vscode.MarkdownString): TooltipLink[] {
  assert.deepEqual(tooltip.isTrusted, { enabledCommands: TRUSTED_COMMANDS }, 'only our own actions are trusted');
  assert.ok(!tooltip.supportHtml, 'no HTML');
  assert.ok(!tooltip.supportThemeIcons, 'no icons: user text could make one');
  return [...tooltip.value.matchAll(LINK)].map(([, label, command, query]) => {
    assert.ok(TRUSTED_COMMANDS.includes(command!), `a link to ${command}`);
    const [arg] = JSON.parse(decodeURIComponent(query!)) as [Record<string, unknown>];
    for (const [key, value] of Object.entries(arg!)) {
      assert.ok(['contactId', 'clientId', 'accountId', 'field'].includes(key), `argument ${key}`);
      assert.ok(typeof value === 'number' || /^[\w@:/.-]+$/.test(String(value)), `argument ${key} = ${String(value)}`);
    }
    return { label: label!, command: command!, arg: arg! };
  });
}

/** The tooltip's Markdown without our own links: what is left shows only escaped text. */
export function withoutOwnLinks(tooltip: vscode.MarkdownString): string {
  tooltipLinks(tooltip);
  return tooltip.value.replace(LINK, '');
}
