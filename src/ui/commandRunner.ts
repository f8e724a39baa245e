// Every command of the extension is registered through here, so that each one reports failures the
// same way: logged in full, shown once through the error presenter, never thrown at VS Code.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { showError } from './errorPresenter';

export type CommandHandler = (...args: unknown[]) => unknown;

/** Where a command is registered (its disposal) and where its failures are logged. */
export type CommandHost = Pick<Services, 'context' | 'log'>;

export interface CommandOptions {
  /** What the command does, for error messages ("Delete contact failed: …"). */
  action?: string;
}

/**
 * Registers `id` with its handler wrapped. The handler's result is returned to the caller (tests and
 * keybindings call commands with a target argument); after a failure the caller gets `undefined`.
 */
export function registerCommand({ context, log }: CommandHost, id: string, handler: CommandHandler, options: CommandOptions = {}): void {
  const action = options.action ?? actionFromId(id);
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        log.debug(`command ${id}`);
        return await handler(...args);
      } catch (error) {
        log.error(`${id} failed: ${error instanceof Error ? error.message : String(error)}`);
        if (error instanceof Error && error.stack) log.debug(error.stack);
        showError(error, { action });
        return undefined;
      }
    }),
  );
}

/** `paymoContacts.grantPortalAccess` → "Grant portal access": good enough when no action is given. */
function actionFromId(id: string): string {
  const name = id
    .slice(id.indexOf('.') + 1)
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();
  return name.charAt(0).toUpperCase() + name.slice(1);
}
