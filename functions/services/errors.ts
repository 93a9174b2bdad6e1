/** One invalid field of a request, with its path as the caller wrote it (`interactions[3].channel`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
  /** A refusal pages word in the person's language (`quarter-closed`…), with its values; `message` is the English. */
  readonly code?: string | undefined;
  readonly values?: Readonly<Record<string, string>> | undefined;
}

/** The request is malformed; nothing was stored. Mapped to 400 problem+json. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    readonly problems: readonly FieldProblem[],
    message = 'The request has invalid fields; nothing was stored.',
  ) {
    super(message);
  }
}

export class InvalidCursorError extends ValidationError {
  override name = 'InvalidCursorError';
  constructor() {
    super([{ path: 'cursor', message: 'not a cursor returned by this API' }]);
  }
}

/** Mapped to 401. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}

/** The caller is known but outside the resource's scope. Mapped to 403. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** Mapped to 404. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/**
 * The request contradicts what is already stored (an external id reused with other content);
 * nothing was stored. Mapped to 409 with the conflicting fields.
 */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    readonly problems: readonly FieldProblem[],
    message = 'The request contradicts what is already stored; nothing was stored.',
  ) {
    super(message);
  }
}
