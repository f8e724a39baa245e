// Every write shows the same progress: a notification naming what is being done (the tree's own
// progress bar would not say which contact is being changed). The title names the contact, so it is
// made inert like any notification text.
import * as vscode from 'vscode';
import { notificationText } from '../ui/textEscaping';

export function withWriteProgress<T>(title: string, task: () => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: notificationText(title) }, task);
}
