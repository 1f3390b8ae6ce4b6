// Errors the data layer throws, each with the HTTP status the API maps it to.
// Pages turn NotFound into notFound() and Unauthorized into the sign-in page.

/** Field path -> first message, e.g. { count: "Count must be at least 1", "milestones.0.count": "…" }. */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in first") {
    super(message, 401);
  }
}

/** Also used for things that exist but the actor may not know of: 404 does not leak existence. */
export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super(message, 404);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role does not allow this") {
    super(message, 403);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409);
  }
}

/** Something that existed and is gone for good: a witness link already used or expired. */
export class GoneError extends AppError {
  constructor(message: string) {
    super(message, 410);
  }
}

/** Too many attempts (sign-in throttling): refused before any work, with the wait. */
export class TooManyRequestsError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = "Too many attempts; try again later",
  ) {
    super(message, 429);
  }
}

/** A hard dose limit, refused unless a coordinator overrides it with a reason. */
export class LimitExceededError extends AppError {
  constructor(readonly violations: string[]) {
    super(`Over a hard dose limit: ${violations.join("; ")}. A coordinator may override it with a reason`, 422);
  }
}

export class ValidationError extends AppError {
  constructor(
    readonly fields: FieldErrors,
    message = "Some fields need attention",
  ) {
    super(message, 400);
  }
}

/** The error for a refusal decided by a pure rule in lib/permissions.ts. */
export function errorForRefusal(refusal: { status: 403 | 409; message: string }): AppError {
  return refusal.status === 403 ? new ForbiddenError(refusal.message) : new ConflictError(refusal.message);
}
