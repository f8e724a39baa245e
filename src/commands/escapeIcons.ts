// Quick picks and the status bar render `$(name)` as an icon; a contact called "$(alert) Sam" must read as typed.
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
