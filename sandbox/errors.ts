import { HttpError } from './httpError';
import type { ApiResponse } from './response';

/** Any failure as Paymo's error answer: `{"message": …}` (+ `field` for validation errors). */
export function errorResponse(error: unknown): ApiResponse {
  if (error instanceof HttpError) {
    const body: Record<string, unknown> = { message: error.message };
    if (error.field) {
      body.field = error.field;
    }
    return { status: error.status, body, headers: error.headers };
  }
  console.error('Paymo sandbox: unexpected error', error);
  return { status: 500, body: { message: `Internal sandbox error: ${(error as Error)?.message ?? String(error)}` } };
}
