// VS Code turns `[label](https:…|command:…|file:…)` in a notification (and a progress notification's
// title) into a clickable link. Contact names and server messages are not ours to trust, so every
// message that carries such text passes through here on its way to a notification. The space keeps
// the text readable as typed and breaks the pattern (VS Code renders no `$(icon)` in notifications).
export function notificationText(text: string): string {
  return text.replace(/\]\(/g, '] (');
}
