// Numbers, dates, ages and plural forms in the user's language, through Intl. The host passes VS Code's
// display language (vscode.env.language) and the webviews the one the host sent them, so a date reads the
// same in a tooltip and in a form. No `vscode` here: the webview bundle and the unit tests import it.

/** The language tag itself, or undefined (Intl's default) for one Intl cannot parse. */
function usable(locale: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** "12.345" in German, "12 345" in French. */
export function formatNumber(locale: string, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(usable(locale), { maximumFractionDigits }).format(value);
}

/** A point in time as a date and a time of day ("17.03.2025, 14:05"); text that is no date as it is. */
export function formatDateTime(locale: string, value: string | number): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(usable(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * How long ago, from `seconds` on ("vor 3 Min.", "il y a 2 h", "ayer"); undefined under 45 seconds, which
 * the caller says in its own words ("just now"), since Intl's "now" reads oddly after "updated".
 */
export function formatAge(locale: string, seconds: number): string | undefined {
  if (seconds < 45) return undefined;
  const format = new Intl.RelativeTimeFormat(usable(locale), { numeric: 'auto', style: 'short' });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}

/**
 * A time still to wait, in seconds under a minute and a half, else in whole minutes: "40 Sek." short,
 * "40 Sekunden" long (Intl picks the plural form).
 */
export function formatDuration(locale: string, seconds: number, unitDisplay: 'short' | 'long'): string {
  const [value, unit] = seconds < 90 ? [Math.round(seconds), 'second'] : [Math.round(seconds / 60), 'minute'];
  return new Intl.NumberFormat(usable(locale), { style: 'unit', unit, unitDisplay }).format(value);
}

/**
 * Whether a sentence about `count` things takes the language's singular form. VS Code's l10n has no plural
 * syntax, so such a sentence is two strings, one per form, and this picks between them: in French 0 is
 * singular too, in English and German only 1.
 */
export function isSingular(locale: string, count: number): boolean {
  return new Intl.PluralRules(usable(locale)).select(count) === 'one';
}
