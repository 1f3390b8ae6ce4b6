import "server-only";
import pg from "pg";

// One dedicated connection per app node that LISTENs on a channel and hands
// every notification to `onMessage`. LISTEN needs a session of its own: a
// pooled connection would lose the subscription when returned to the pool.
// If the connection drops (database restart, network), it reconnects with a
// growing delay and calls `onReconnect`, so that listeners can catch up on
// what they missed while it was down.

export interface PostgresListener {
  /** Resolves once the LISTEN is in place, or after `timeoutMs` if it cannot be (then false). */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;
// TCP keep-alive probes after this much silence: a half-open connection
// (database host gone without a FIN) is noticed in seconds, not hours.
const KEEPALIVE_DELAY_MS = 10_000;

export function listenToPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onReconnect: () => void = () => {},
): PostgresListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let everConnected = false;
  let listening: Promise<void>;

  const schedule = () => {
    const delay = retryMs;
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    listening = new Promise<void>((resolve) => setTimeout(resolve, delay).unref()).then(attempt);
  };

  const lost = (failed: pg.Client) => {
    if (closed || client !== failed) return;
    client = undefined;
    failed.end().catch(() => undefined);
    schedule();
  };

  const attempt = async (): Promise<void> => {
    if (closed) return;
    const next = new pg.Client({ connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onMessage(message.payload);
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN "${channel}"`);
    } catch (error) {
      await next.end().catch(() => undefined);
      if (closed) return;
      console.error(`Live updates: cannot LISTEN on PostgreSQL (${error instanceof Error ? error.message : error}); retrying.`);
      schedule();
      return listening;
    }
    if (closed) {
      // close() ran while this connection was being made.
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    retryMs = FIRST_RETRY_MS;
    if (everConnected) onReconnect();
    everConnected = true;
  };

  listening = attempt();
  return {
    ready: (timeoutMs) =>
      Promise.race([
        listening.then(() => client !== undefined),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
      ]),
    close: async () => {
      closed = true;
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
