// The page's side of the channel to the extension host, typed by the shared message union.
import type { PreviewHostMessage, PreviewPageMessage } from '../../src/webviewContract/importMessages';

declare function acquireVsCodeApi(): { postMessage(message: PreviewPageMessage): void };

const api = acquireVsCodeApi();

export const host = {
  post(message: PreviewPageMessage): void {
    api.postMessage(message);
  },
  onMessage(handler: (message: PreviewHostMessage) => void): void {
    window.addEventListener('message', (event: MessageEvent<PreviewHostMessage>) => handler(event.data));
  },
};
