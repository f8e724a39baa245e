// The failures the extension knows by kind: every error of the Paymo API and "not signed in". One
// `switch (failure.kind)` over them narrows to each class and its facts, without casts.
import { PaymoError } from '../paymo';
import { SignedOutError } from '../auth/signedOutError';

export type KnownFailure = PaymoError | SignedOutError;

export function knownFailure(error: unknown): KnownFailure | undefined {
  return error instanceof PaymoError || error instanceof SignedOutError ? error : undefined;
}
