// The one place where text that is not ours (contact and client names, server messages, file names)
// is made safe for where VS Code shows it. Each of VS Code's surfaces reads some syntax of its own
// in plain strings; user text must show as typed, never as a link, an icon or markup.

/**
 * Notifications (and a progress notification's title) turn `[label](https:…|command:…|file:…)` into a
 * clickable link. The space keeps the text readable as typed and breaks the pattern (VS Code renders
 * no `$(icon)` in notifications).
 */
export function notificationText(text: string): string {
  return text.replace(/\]\(/g, '] (');
}

/** Quick picks, input box titles and the status bar render `$(name)` as an icon; "$(alert) Sam" must read as typed. */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/**
 * Markdown (tooltips, the read-only contact document): a contact named `<img src=x onerror=alert(1)>`
 * or `**boss**` is shown exactly as typed. CommonMark lets any ASCII punctuation be backslash-escaped,
 * which neutralises emphasis, links and HTML alike.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[!-/:-@[-`{-~]/g, '\\$&')
      // Line by line: leading blanks would start a code block, a bare line break would be lost.
      .split(/\r?\n/)
      .map((line) => line.trim())
      .join('  \n')
  );
}
