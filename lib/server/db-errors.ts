// Recognising database errors the app can explain. Two Prisma clients are in
// use (SQLite and PostgreSQL), each with its own error classes, so errors are
// recognised by Prisma's documented code rather than by `instanceof`.

/** Prisma's P2002: a unique index refused the write (e.g. two requests created the same account at once). */
export function isUniqueConstraintViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === "P2002" &&
    (error as { name?: unknown }).name === "PrismaClientKnownRequestError"
  );
}
