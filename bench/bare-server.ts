// The physical floor of logging a session: a bare node:http server that does
// the same validated insert as POST /api/v1/productions/{id}/sessions with the
// same driver, and nothing else (no framework, no auth, no audit events, no
// running totals). Run by bench/http.bench.ts as a child process:
//   PORT=… DATABASE_URL=… BENCH_LOGGED_BY=<user id> node --import tsx bench/bare-server.ts
// Prints "listening" on stdout once it accepts connections.

import { createServer, type ServerResponse } from "node:http";
import { createPrismaClient } from "../lib/server/db-client";
import { logTrainingSessionSchema } from "../lib/schemas/training-session";

const SESSIONS_PATH = /^\/api\/v1\/productions\/([^/]+)\/sessions$/;

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function main() {
  const { PORT, DATABASE_URL, BENCH_LOGGED_BY } = process.env;
  if (!PORT || !DATABASE_URL || !BENCH_LOGGED_BY) throw new Error("PORT, DATABASE_URL and BENCH_LOGGED_BY must be set");
  const loggedById = BENCH_LOGGED_BY;
  const db = createPrismaClient(DATABASE_URL);

  const server = createServer(async (req, res) => {
    const match = req.method === "POST" ? SESSIONS_PATH.exec(req.url ?? "") : null;
    if (!match) return reply(res, 404, { error: "Not found" });
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      let input: unknown;
      try {
        input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return reply(res, 400, { error: "The request body is not valid JSON" });
      }
      const parsed = logTrainingSessionSchema.safeParse(input);
      if (!parsed.success) return reply(res, 400, { error: "Invalid", issues: parsed.error.issues });
      const data = parsed.data;
      const now = new Date();
      // The row the app writes when a coordinator logs for a performer (verified by them).
      const row = await db.trainingSession.create({
        data: {
          productionId: decodeURIComponent(match[1]!),
          performerId: data.performerId,
          disciplineId: data.disciplineId,
          date: data.date,
          count: data.count,
          durationMinutes: data.durationMinutes ?? null,
          location: data.location ?? null,
          notes: data.notes ?? null,
          status: "verified",
          loggedById,
          verifiedById: loggedById,
          verifiedAt: now,
        },
      });
      reply(res, 201, row);
    } catch (error) {
      reply(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  });
  server.listen(Number(PORT), "127.0.0.1", () => console.log("listening"));
}

main();
