import { ERROR_CATALOGUE, type ErrorCode } from '#shared/contracts/errors.ts';

/**
 * The one error type (DESIGN.md section 6): a stable code from the catalogue (which sets the HTTP
 * status), a message a person can read, the field that is wrong when there is one, and, for a
 * conflict with a record the caller may open, that record's id.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CATALOGUE[code].message,
    readonly field?: string,
    readonly existingId?: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}

export const notFound = (what = 'That') => new AppError('not_found', `${what} was not found`);
export const forbidden = () => new AppError('forbidden');
export const unauthenticated = () => new AppError('unauthenticated');
export const badRequest = (field: string, message: string, code: ErrorCode = 'invalid_input') =>
  new AppError(code, message, field);
export const conflict = (code: ErrorCode, message?: string, field?: string) => new AppError(code, message, field);
/** A second attempt at something done once (a double click, two people at once): the answer names what is there. */
export const alreadyDone = (code: ErrorCode, message: string, existingId: string) =>
  new AppError(code, message, undefined, existingId);
