// The client form, as Create Client and Edit Client open it when no argument skips it. The forms
// (src/forms, a layer above) provide it, so that the client commands stay in one table here.
import type { Client } from '../../paymo';
import type { Services } from '../../services';

export interface ClientForms {
  create(services: Services): void;
  edit(services: Services, client: Client): void;
}
