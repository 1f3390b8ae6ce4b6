import "server-only";
import pg from "pg";

// One dedicated connection per app node that LISTENs on a channel and hands
// every notification to `onMessage`. LISTEN needs a session of its own: a
// pooled connection would lose the subscription when returned to the pool.
// If the connection drops (database restart, network), it reconnects with a
// growing delay; notifications sent while it was down are lost, which for a
// "please refresh" signal costs one missed refresh, not data.

export interface PostgresListener {
  /** Resolves once the LISTEN is in place (immediately if it already is). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const MAX_RETRY_MS = 10_000;

export function listenToPostgres(url: string, channel: string, onMessage: (payload: string) => void): PostgresListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = 250;
  let connecting: Promise<void>;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, keepAlive: true });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
    });
    next.on("error", () => reconnect(next));
    next.on("end", () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN "${channel}"`);
    client = next;
    retryMs = 250;
  };

  const reconnect = (failed: pg.Client) => {
    if (closed || client !== failed) return;
    client = undefined;
    failed.end().catch(() => undefined);
    const delay = retryMs;
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    connecting = new Promise<void>((resolve) => setTimeout(resolve, delay).unref()).then(attempt);
  };

  const attempt = (): Promise<void> =>
    connect().catch((error: unknown) => {
      if (closed) return;
      console.error(`Live updates: cannot LISTEN on PostgreSQL (${error instanceof Error ? error.message : error}); retrying.`);
      const delay = retryMs;
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      connecting = new Promise<void>((resolve) => setTimeout(resolve, delay).unref()).then(attempt);
      return connecting;
    });

  connecting = attempt();
  return {
    ready: () => connecting,
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}
