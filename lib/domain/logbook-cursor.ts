// Keyset paging of a logbook, newest first: an entry's place is (date,
// createdAt, id), all descending. A cursor is that place of the last entry on
// a page, opaque to clients (base64url JSON). Pure.

export interface LogbookPlace {
  date: string;
  createdAt: string; // ISO instant
  id: string;
}

export function encodeCursor(place: LogbookPlace): string {
  return Buffer.from(JSON.stringify([place.date, place.createdAt, place.id]), "utf8").toString("base64url");
}

/** The place a cursor names, or null when it is not one of ours (edited, truncated, from elsewhere). */
export function decodeCursor(cursor: string): LogbookPlace | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === "string")) return null;
    const [date, createdAt, id] = value as [string, string, string];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(createdAt)) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
    return { date, createdAt: new Date(createdAt).toISOString(), id };
  } catch {
    return null;
  }
}
