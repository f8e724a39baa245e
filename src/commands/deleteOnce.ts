// A delete that counts "already deleted" as done: someone else deleted it first, so what the user
// wanted has happened and only the view was behind.
import { PaymoNotFoundError } from '../paymo';

export async function deleteOnce(remove: () => Promise<void>): Promise<void> {
  try {
    await remove();
  } catch (error) {
    if (!(error instanceof PaymoNotFoundError)) throw error;
  }
}
