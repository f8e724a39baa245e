// PaymoApi: the operations of Paymo's API the extension uses, public methods first and grouped by
// resource: the signed-in user, the company and Paymo sessions; clients (list, read, create, update,
// archive and restore, logo, delete); client contacts (list, read, create, update, portal access,
// image, delete); id listings and counts (the sync's cheap checks for what changed). The HTTP
// details (queueing, retries, errors, logging) live in the pipeline (requestPipeline.ts) and paging
// in pagination.ts; this file says which request each operation is and how it may be retried: a
// create never once it may have reached the server.
import type * as v from 'valibot';
import { parseBaseUrl } from './baseUrl';
import { authHeader, type Credentials } from './credentials';
import { uncertainCreate } from './errorMapping';
import { PaymoError, PaymoInvalidInputError, PaymoMalformedResponseError, type CreatedKind } from './errors';
import { HttpTransport, type HttpRequest } from './http';
import { includeParam, type ClientInclude, type ContactInclude } from './include';
import type { Client, ClientContact, ClientPatch, ContactPatch, ImageUpload, NewClient, NewContact, PaymoCompany, PaymoUser, ServerSession } from './model';
import { checkItems, rawEnvelope, serverTime, type Listing, type PaymoCollection } from './listing';
import { PageSizeMemory, readAllPages } from './pagination';
import { createDispatcher, type ProxySettings } from './proxy';
import { checkImage } from './image';
import { checkId, hasLineBreak, multipart, writableClientFields, writableFields } from './requestBodies';
import { RequestPipeline, type CallOptions, type PaymoLogEntry } from './requestPipeline';
import { clientSchema, companySchema, contactSchema, envelope, idSchema, serverSessionSchema, single, userSchema } from './schemas';
import { where as w, type Where } from './where';

export interface PaymoApiOptions {
  /** e.g. `https://app.paymoapp.com/api/` or `http://127.0.0.1:PORT/api/` (http only for loopback). */
  baseUrl: string;
  credentials: Credentials;
  /** Per attempt, until the whole answer has arrived. Default 30 s. */
  timeoutMs?: number;
  /** Items per list page. Default 100 (Paymo's advice); 1 to 2,500. */
  pageSize?: number;
  /** From `http.proxy`/`http.proxyStrictSSL`; without a proxy URL the proxy environment variables apply. */
  proxy?: ProxySettings | undefined;
  log?: (entry: PaymoLogEntry) => void;
  userAgent?: string;
}

export interface ListContactsOptions {
  clientId?: number | number[];
  where?: Where;
  include?: ContactInclude[];
  /** `name` or `name desc`. */
  order?: string;
  signal?: AbortSignal;
}

export interface CreatedContact {
  contact: ClientContact;
  /** The new contact's address, from the `Location` header. */
  location: string;
  /** Set when the contact was created but its image, uploaded after it, was not saved. */
  imageError?: PaymoError;
}

export interface CreatedClient {
  client: Client;
  /** The new client's address, from the `Location` header. */
  location: string;
  /** Set when the client was created but its logo, uploaded after it, was not saved. */
  imageError?: PaymoError;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_PAGE_SIZE = 100;
/** The largest page the API asks for (above it Paymo's included lists come back empty). */
export const MAX_PAGE_SIZE = 2500;
const CONTACTS = envelope('clientcontacts', contactSchema);
const CLIENTS = envelope('clients', clientSchema);
const ITEM_SCHEMAS = { clients: clientSchema, clientcontacts: contactSchema } as const;

export class PaymoApi {
  private readonly transport: HttpTransport;
  private readonly pipeline: RequestPipeline;
  private readonly pageSize: number;
  private readonly pageSizes = new PageSizeMemory();

  constructor(options: PaymoApiOptions) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(this.pageSize) || this.pageSize < 1 || this.pageSize > MAX_PAGE_SIZE) {
      throw new PaymoInvalidInputError({ kind: 'pageSize', value: this.pageSize });
    }
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(timeoutMs > 0)) throw new PaymoInvalidInputError({ kind: 'timeout' });
    this.transport = new HttpTransport({
      baseUrl: parseBaseUrl(options.baseUrl),
      auth: authHeader(options.credentials),
      dispatcher: () => createDispatcher(options.proxy),
      timeoutMs,
      userAgent: options.userAgent ?? 'paymo-contacts',
    });
    this.pipeline = new RequestPipeline(this.transport, options.log);
  }

  /** The signed-in user: the cheap way to check credentials. */
  async me(signal?: AbortSignal): Promise<PaymoUser> {
    return this.one('user', await this.read({ method: 'GET', path: 'me' }, envelope('users', userSchema), signal));
  }

  /**
   * The signed-in user's company (`GET /api/company`, not in every Paymo-compatible server: a 404
   * there is a `PaymoNotFoundError`).
   */
  async getCompany(signal?: AbortSignal): Promise<PaymoCompany> {
    return this.read({ method: 'GET', path: 'company' }, single('company', companySchema), signal);
  }

  /**
   * Opens a Paymo session for these credentials (`POST /api/sessions`): its id, sent as `X-Session`,
   * then stands in for them. Never retried after it may have reached the server: a second session
   * would stay open, unknown, until it expires.
   */
  async openSession(signal?: AbortSignal): Promise<ServerSession> {
    const { value } = await this.pipeline.call(
      { method: 'POST', path: 'sessions', body: { json: {} } },
      { schema: envelope('sessions', serverSessionSchema), retry: 'never', signal },
    );
    return this.one('session', value);
  }

  /** Ends a Paymo session (`DELETE /api/sessions/{id}`); one that is already gone counts as ended. */
  async endSession(id: string, signal?: AbortSignal): Promise<void> {
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new PaymoInvalidInputError({ kind: 'badSessionId' });
    try {
      await this.pipeline.call({ method: 'DELETE', path: `sessions/${id}` }, { retry: 'idempotent', goneIsDone: true, signal });
    } catch (error) {
      if (!(error instanceof PaymoError && error.kind === 'notFound')) throw error;
    }
  }

  /** Every client, or only the active (`true`) or archived (`false`) ones. Records Paymo sent in an unknown shape are left out. */
  async listClients(options: { active?: boolean; signal?: AbortSignal } = {}): Promise<Client[]> {
    const filter = options.active === undefined ? undefined : w.eq('active', options.active);
    return (await this.readClients({ where: filter, signal: options.signal })).items;
  }

  /** The clients matching `where`, with the records that could not be read and the server's time. */
  readClients(options: { where?: Where; signal?: AbortSignal } = {}): Promise<Listing<Client>> {
    return this.list('clients', ITEM_SCHEMAS.clients, { where: options.where }, options.signal);
  }

  async getClient(id: number, options: { include?: ClientInclude[]; signal?: AbortSignal } = {}): Promise<Client> {
    const query = { include: includeParam(options.include) };
    return this.one('client', await this.read({ method: 'GET', path: `clients/${checkId(id)}`, query }, CLIENTS, options.signal));
  }

  /**
   * Creates a client, with its logo when one is given. Never retried after a failure that may have
   * reached the server (see `create`).
   */
  async createClient(fields: NewClient, options: { image?: ImageUpload; signal?: AbortSignal } = {}): Promise<CreatedClient> {
    if (!fields.name?.trim()) throw new PaymoInvalidInputError({ kind: 'nameRequired', of: 'client' });
    const upload = (id: number, image: ImageUpload) => this.uploadClientLogo(id, image, options.signal);
    const { created: client, ...rest } = await this.create('client', CLIENTS, writableClientFields(fields), upload, options);
    return { client, ...rest };
  }

  /** Sends only the fields given (Paymo keeps the others). */
  async updateClient(id: number, patch: ClientPatch, signal?: AbortSignal): Promise<Client> {
    const body = writableClientFields(patch);
    if (Object.keys(body).length === 0) throw new PaymoInvalidInputError({ kind: 'nothingToUpdate' });
    if ('name' in body && !String(body.name).trim()) throw new PaymoInvalidInputError({ kind: 'nameRequired', of: 'client' });
    return this.writeClient(id, { json: body }, signal);
  }

  /** Archives the client (`active: false`): Paymo keeps it and its contacts, and lists it as archived. */
  async archiveClient(id: number, signal?: AbortSignal): Promise<Client> {
    return this.writeClient(id, { json: { active: false } }, signal);
  }

  async restoreClient(id: number, signal?: AbortSignal): Promise<Client> {
    return this.writeClient(id, { json: { active: true } }, signal);
  }

  /** Replaces the client's logo (checked first: JPEG, PNG or GIF, at most MAX_IMAGE_BYTES). */
  async uploadClientLogo(id: number, image: ImageUpload, signal?: AbortSignal): Promise<Client> {
    return this.writeClient(id, multipart({}, image), signal, 'POST');
  }

  /**
   * Deletes the client; Paymo deletes its contacts, projects, tasks, time entries and invoices with
   * it. A lost answer that had already deleted it counts as done.
   */
  async deleteClient(id: number, signal?: AbortSignal): Promise<void> {
    await this.pipeline.call({ method: 'DELETE', path: `clients/${checkId(id)}` }, { retry: 'idempotent', goneIsDone: true, signal });
  }

  /** Every contact (of one or some clients, when `clientId` is given), read page by page. Records Paymo sent in an unknown shape are left out. */
  async listContacts(options: ListContactsOptions = {}): Promise<ClientContact[]> {
    return (await this.readContacts(options)).items;
  }

  /** The contacts `listContacts` gives, with the records that could not be read and the server's time. */
  async readContacts(options: ListContactsOptions = {}): Promise<Listing<ClientContact>> {
    const { clientId } = options;
    const ids = clientId === undefined ? [] : Array.isArray(clientId) ? clientId : [clientId];
    if (Array.isArray(clientId) && ids.length === 0) return { items: [], skipped: [], serverTime: undefined, pages: 0, mayHaveMissed: false };
    const byClient =
      ids.length === 0
        ? undefined
        : ids.length === 1
          ? w.eq('client_id', checkId(ids[0]!))
          : w.in(
              'client_id',
              ids.map((id) => checkId(id)),
            );
    const filter = byClient && options.where ? byClient.and(options.where) : (byClient ?? options.where);
    const query = { where: filter, include: includeParam(options.include), order: options.order };
    return this.list('clientcontacts', ITEM_SCHEMAS.clientcontacts, query, options.signal);
  }

  async getContact(id: number, options: { include?: ContactInclude[]; signal?: AbortSignal } = {}): Promise<ClientContact> {
    const query = { include: includeParam(options.include) };
    return this.one('contact', await this.read({ method: 'GET', path: `clientcontacts/${checkId(id)}`, query }, CONTACTS, options.signal));
  }

  /**
   * Creates a contact, with its profile image when one is given. Never retried after a failure
   * that may have reached the server (see `create`).
   */
  async createContact(fields: NewContact, options: { image?: ImageUpload; signal?: AbortSignal } = {}): Promise<CreatedContact> {
    if (!fields.name?.trim()) throw new PaymoInvalidInputError({ kind: 'nameRequired', of: 'contact' });
    checkId(fields.client_id, 'client_id');
    const upload = (id: number, image: ImageUpload) => this.uploadContactImage(id, image, options.signal);
    const { created: contact, ...rest } = await this.create('contact', CONTACTS, writableFields(fields), upload, options);
    return { contact, ...rest };
  }

  /** Sends only the fields given (Paymo keeps the others). */
  async updateContact(id: number, patch: ContactPatch, signal?: AbortSignal): Promise<ClientContact> {
    const body = writableFields(patch);
    if (Object.keys(body).length === 0) throw new PaymoInvalidInputError({ kind: 'nothingToUpdate' });
    if ('name' in body && !String(body.name).trim()) throw new PaymoInvalidInputError({ kind: 'nameRequired', of: 'contact' });
    if ('client_id' in body) checkId(patch.client_id!, 'client_id');
    return this.writeContact(id, { json: body }, signal);
  }

  /** The contact signs in to the client portal with its email and this password. */
  async grantPortalAccess(id: number, password: string, signal?: AbortSignal): Promise<ClientContact> {
    if (!password) throw new PaymoInvalidInputError({ kind: 'portalPasswordRequired' });
    return this.writeContact(id, { json: { access: true, password } }, signal);
  }

  async revokePortalAccess(id: number, signal?: AbortSignal): Promise<ClientContact> {
    return this.writeContact(id, { json: { access: false } }, signal);
  }

  /** Replaces the contact's profile image (checked first: JPEG, PNG or GIF, at most MAX_IMAGE_BYTES). */
  async uploadContactImage(id: number, image: ImageUpload, signal?: AbortSignal): Promise<ClientContact> {
    // Paymo's documented upload is a POST; it replaces the image, so it is retried like an update.
    return this.writeContact(id, multipart({}, image), signal, 'POST');
  }

  /** Deleting a contact that a lost answer had already deleted counts as done; otherwise a 404 is a PaymoNotFoundError. */
  async deleteContact(id: number, signal?: AbortSignal): Promise<void> {
    await this.pipeline.call({ method: 'DELETE', path: `clientcontacts/${checkId(id)}` }, { retry: 'idempotent', goneIsDone: true, signal });
  }

  /**
   * The ids of a collection's records (`include=id`: Paymo's field selection on the main object),
   * in the largest pages the API asks for. Refused by a server without field selection (a 400).
   */
  listIds(collection: PaymoCollection, options: { where?: Where; signal?: AbortSignal } = {}): Promise<Listing<{ id: number }>> {
    return this.list(collection, idSchema, { where: options.where, include: 'id' }, options.signal, MAX_PAGE_SIZE);
  }

  /**
   * Whether exactly `count` records match `where`, in one request for a few ids: the page of size
   * `size` (the smallest from 2 up that does not divide `count`) that holds positions `count - 1`
   * and `count`, which then has exactly `count - page * size` records. Lets a refresh check that
   * nothing was deleted (or added unseen) without listing the ids.
   */
  async countIs(collection: PaymoCollection, count: number, options: { where?: Where; signal?: AbortSignal } = {}): Promise<boolean> {
    let size = 1;
    if (count > 0) for (size = 2; count % size === 0; size++);
    const page = count > 0 ? Math.floor((count - 1) / size) : 0;
    const query = { where: options.where?.toString(), include: 'id', page, page_size: size };
    const { value } = await this.pipeline.call(
      { method: 'GET', path: collection, query },
      { schema: rawEnvelope(collection), retry: 'idempotent', signal: options.signal },
    );
    const got = value?.length ?? 0;
    // More than a page holds: this server ignores paging, and the answer says nothing about the count.
    if (got > size) throw new PaymoMalformedResponseError({ kind: 'notPaged', got, size, collection });
    return got === count - page * size;
  }

  /** Closes the kept-alive connections. */
  dispose(): Promise<void> {
    return this.transport.close();
  }

  private async read<T>(request: HttpRequest, schema: v.GenericSchema<unknown, T>, signal: AbortSignal | undefined): Promise<T> {
    const options: CallOptions<T> = { schema, retry: 'idempotent', signal };
    return (await this.pipeline.call(request, options)).value as T;
  }

  /** Every page of a list, each record checked on its own (see pagination.ts for the order pages are read in and where a list ends). */
  private list<T extends { id: number }>(
    collection: PaymoCollection,
    item: v.GenericSchema<unknown, T>,
    query: { where?: Where | undefined; include?: string | undefined; order?: string | undefined },
    signal: AbortSignal | undefined,
    pageSize = this.pageSize,
  ): Promise<Listing<T>> {
    return readAllPages(pageSize, this.pageSizes, !query.order, async (at) => {
      const after = 'afterId' in at && at.afterId !== undefined ? w.gt('id', at.afterId) : undefined;
      const where = after && query.where ? query.where.and(after) : (after ?? query.where);
      const page = 'page' in at ? at.page : 0;
      const request: HttpRequest = { method: 'GET', path: collection, query: { ...query, where: where?.toString(), page, page_size: pageSize } };
      const { value, response } = await this.pipeline.call(request, { schema: rawEnvelope(collection), retry: 'idempotent', signal });
      return { ...checkItems(collection, value ?? [], item), serverTime: serverTime(response.headers.date) };
    });
  }

  /** Paymo answers a single object as a one-element array. */
  private one<T>(what: 'user' | 'session' | CreatedKind, items: T[] | undefined): T {
    if (items?.length !== 1) throw new PaymoMalformedResponseError({ kind: 'wrongCount', got: items?.length ?? 0, what });
    return items[0]!;
  }

  /**
   * A create, never retried after a failure that may have reached the server: such a failure is a
   * `PaymoOutcomeUnknownError` telling the caller to refresh before trying again.
   *
   * Fields and image go in one multipart request, unless a text field has a line break: multipart
   * text parts carry line breaks as CRLF (the form-data standard), which would store the text other
   * than given. Such an object is created as JSON and the image uploaded after it with `upload`; if
   * that fails, the object exists without its image and `imageError` says why (upload it again,
   * never create again).
   */
  private async create<T extends { id: number }>(
    what: CreatedKind,
    schema: v.GenericSchema<unknown, T[]>,
    body: Record<string, unknown>,
    upload: (id: number, image: ImageUpload) => Promise<T>,
    options: { image?: ImageUpload; signal?: AbortSignal },
  ): Promise<{ created: T; location: string; imageError?: PaymoError }> {
    const { image, signal } = options;
    const path = what === 'contact' ? 'clientcontacts' : 'clients';
    const together = image !== undefined && !hasLineBreak(body);
    const request: HttpRequest = { method: 'POST', path, body: together ? multipart(body, image) : { json: body } };
    if (image && !together) checkImage(image.bytes, image.fileName); // refused before the create, not after
    let result: { created: T; location: string };
    try {
      const { value, response } = await this.pipeline.call(request, { schema, retry: 'never', signal });
      const created = this.one(what, value);
      const location = response.headers.location;
      result = { created, location: new URL(typeof location === 'string' ? location : `${path}/${created.id}`, this.transport.baseUrl).href };
    } catch (error) {
      throw error instanceof PaymoError ? uncertainCreate(error, what) : error;
    }
    if (!image || together) return result;
    try {
      return { ...result, created: await upload(result.created.id, image) };
    } catch (error) {
      if (!(error instanceof PaymoError)) throw error;
      return { ...result, imageError: error };
    }
  }

  /** Updates set fields to given values, so sending one twice does no harm: they are retried. */
  private async writeContact(id: number, body: HttpRequest['body'], signal: AbortSignal | undefined, method: 'PUT' | 'POST' = 'PUT'): Promise<ClientContact> {
    return this.one('contact', await this.read({ method, path: `clientcontacts/${checkId(id)}`, body }, CONTACTS, signal));
  }

  /** Like writeContact. */
  private async writeClient(id: number, body: HttpRequest['body'], signal: AbortSignal | undefined, method: 'PUT' | 'POST' = 'PUT'): Promise<Client> {
    return this.one('client', await this.read({ method, path: `clients/${checkId(id)}`, body }, CLIENTS, signal));
  }
}
