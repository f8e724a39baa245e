// The one "Paymo" log channel. Every line passes through the redactor first (`redact.ts`), so that
// secrets never reach the log, whoever writes it.
import * as vscode from 'vscode';
import { redact } from './redact';

/** A `LogOutputChannel` that also learns which strings are secret. */
export interface Log extends vscode.LogOutputChannel {
  /** From now on, this exact text is replaced wherever it appears in a log line. */
  addSecret(secret: string): void;
}

export function createLog(): Log {
  const channel = vscode.window.createOutputChannel(vscode.l10n.t('Paymo'), { log: true });
  const secrets = new Set<string>();
  const clean = (value: string | Error): string => redact(value instanceof Error ? (value.stack ?? `${value.name}: ${value.message}`) : value, secrets);
  const cleanArgs = (args: unknown[]): unknown[] => args.map((a) => (typeof a === 'string' || a instanceof Error ? clean(a) : redact(safeJson(a), secrets)));
  return {
    get name() {
      return channel.name;
    },
    get logLevel() {
      return channel.logLevel;
    },
    onDidChangeLogLevel: channel.onDidChangeLogLevel,
    // However short: the redactor removes a short one only where it stands alone.
    addSecret: (secret) => {
      if (secret) secrets.add(secret);
    },
    trace: (message, ...args) => channel.trace(clean(message), ...cleanArgs(args)),
    debug: (message, ...args) => channel.debug(clean(message), ...cleanArgs(args)),
    info: (message, ...args) => channel.info(clean(message), ...cleanArgs(args)),
    warn: (message, ...args) => channel.warn(clean(message), ...cleanArgs(args)),
    error: (error, ...args) => channel.error(clean(error), ...cleanArgs(args)),
    append: (value) => channel.append(clean(value)),
    appendLine: (value) => channel.appendLine(clean(value)),
    replace: (value) => channel.replace(clean(value)),
    clear: () => channel.clear(),
    show: (preserveFocus?: boolean | vscode.ViewColumn) => channel.show(preserveFocus === true),
    hide: () => channel.hide(),
    dispose: () => channel.dispose(),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
