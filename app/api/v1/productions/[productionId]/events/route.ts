import { productionRoute } from "@/lib/api/handler";
import { openProductionFeed } from "@/lib/data/production-feed";

// Server-sent events: one "change" event whenever a session of the production
// is logged, verified or rejected. The wall screen refreshes on each.

const HEARTBEAT_MS = 20_000; // keeps proxies from closing an idle stream

export const dynamic = "force-dynamic";

export const GET = productionRoute<{ productionId: string }>(async ({ scope, rescope, request }) => {
  const feed = await openProductionFeed(scope, rescope);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the client went away between two events
        }
      };
      const close = () => {
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      // A session that ended (or a member removed) gets no more events: the stream closes.
      const unsubscribe = feed.subscribe(
        (change) => send(`event: change\ndata: ${JSON.stringify(change)}\n\n`),
        () => {
          cleanup();
          close();
        },
      );
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        close();
      });
      send("retry: 5000\n: connected\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache, no-transform", connection: "keep-alive" },
  });
});
