/**
 * The one error type (DESIGN.md section 6): an HTTP status, a stable code clients may branch on,
 * a message a person can read, the field that is wrong when there is one, and, for a conflict with
 * a record the caller may open, that record's id.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly existingId?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'That') => new AppError(404, 'not_found', `${what} was not found`);
export const forbidden = () => new AppError(403, 'forbidden', 'You do not have permission to do that');
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Please sign in');
export const badRequest = (field: string, message: string, code = 'invalid_input') => new AppError(400, code, message, field);
export const conflict = (code: string, message: string, field?: string) => new AppError(409, code, message, field);
/** A second attempt at something done once (a double click, two people at once): the answer names what is there. */
export const alreadyDone = (code: string, message: string, existingId: string) => new AppError(409, code, message, undefined, existingId);
