/** A non-null object whose fields can be read (a command's argument, a parsed message). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
