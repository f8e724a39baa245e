/** An error that becomes an HTTP answer `{"message": …, "field"?: …}` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request field the message is about (validation errors), so a form can put it next to the input. */
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function badRequest(message: string, field?: string): HttpError {
  return new HttpError(400, message, field);
}

/** Paymo's own wording for a field, filter or include it does not know. */
export function unknownField(name: string): HttpError {
  return new HttpError(400, `Unknown field or reference: ${name}`, name);
}

export function notFound(message: string): HttpError {
  return new HttpError(404, message);
}
