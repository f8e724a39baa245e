// Restores an archived client (`active: true`); the palette offers only archived clients.
import type { Client } from '../../paymo';
import type { Services } from '../../services';
import { setClientActive } from './clientActive';

export function restoreClient(services: Services, arg: unknown): Promise<Client | undefined> {
  return setClientActive(services, arg, true);
}
