// Archives a client (`active: false`): Paymo keeps it, its contacts and its projects.
import type { Client } from '../../paymo';
import type { Services } from '../../services';
import { setClientActive } from './clientActive';

export function archiveClient(services: Services, arg: unknown): Promise<Client | undefined> {
  return setClientActive(services, arg, false);
}
