// The webview's side of the channel to the extension host, typed by the shared message union.
// `setState` is what VS Code hands back after the panel is hidden or the window reloads.
import type { FormState, HostMessage, WebviewMessage } from '../../src/webviewContract/formMessages';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): FormState | undefined;
  setState(state: FormState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

export const host = {
  post(message: WebviewMessage): void {
    api.postMessage(message);
  },
  /** Persists the form without the password or image bytes (FormState has neither). */
  persist(state: FormState): void {
    api.setState(state);
  },
  onMessage(handler: (message: HostMessage) => void): void {
    window.addEventListener('message', (event: MessageEvent<HostMessage>) => handler(event.data));
  },
};
