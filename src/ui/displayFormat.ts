// Numbers, dates, ages and plural forms in VS Code's display language (vscode.env.language), which may
// differ from the extension host's own locale: the host side of src/webviewContract/localeFormat.ts.
import * as vscode from 'vscode';
import { formatAge, formatDateTime, formatDuration, formatNumber, isSingular } from '../webviewContract/localeFormat';

/** A count as the language writes it ("12.345"). */
export function countText(count: number): string {
  return formatNumber(vscode.env.language, count);
}

/** A decimal with at most one digit after the separator ("2,5"); text that is no number as it is. */
export function decimalText(value: number | string): string {
  const number = Number(value);
  return Number.isFinite(number) ? formatNumber(vscode.env.language, number, 1) : String(value);
}

/** Whether a sentence about `count` things takes its singular string (see isSingular). */
export function takesSingular(count: number): boolean {
  return isSingular(vscode.env.language, count);
}

export function dateTimeText(value: string | number): string {
  return formatDateTime(vscode.env.language, value);
}

/** "vor 3 Min."; undefined under 45 seconds. */
export function ageText(seconds: number): string | undefined {
  return formatAge(vscode.env.language, seconds);
}

/** A time to wait: "40 s" (short), "40 Sekunden" (long). */
export function durationText(seconds: number, display: 'short' | 'long'): string {
  return formatDuration(vscode.env.language, seconds, display);
}
