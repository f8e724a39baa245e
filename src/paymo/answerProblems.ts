// How an answer from the server can fail the contract, as data: the extension says it in the user's
// language (`src/ui/problemText.ts`); `answerProblemMessage` is the English sentence for the log.

export type AnswerProblem =
  | { kind: 'notJson' }
  | { kind: 'unexpectedShape'; path: string; detail: string }
  | { kind: 'unexpectedStatus' }
  | { kind: 'notPaged'; got: number; size: number; collection: string }
  | { kind: 'wrongCount'; got: number; what: 'user' | 'session' | 'contact' | 'client' };

export function answerProblemMessage(problem: AnswerProblem, status: number | undefined): string {
  switch (problem.kind) {
    case 'notJson':
      return `The server's answer is not valid JSON (HTTP ${status}).`;
    case 'unexpectedShape':
      return `The server's answer is not what Paymo sends: ${problem.path}: ${problem.detail}`;
    case 'unexpectedStatus':
      return `Paymo answered with an unexpected HTTP status ${status}.`;
    case 'notPaged':
      return `The server answered ${problem.got} records to a page of ${problem.size}: it does not page ${problem.collection}.`;
    case 'wrongCount':
      return `Paymo answered with ${problem.got} objects where one ${problem.what} was expected.`;
  }
}
