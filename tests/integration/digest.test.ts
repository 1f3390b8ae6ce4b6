// The daily digest (issue 12) against a real SMTP server started here
// (smtp-server): one mail a day to each person with unread reminders, none
// twice, none without SMTP_URL, a failed send tried again on the next run.

import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDailyDigests } from "@/lib/data/digest";
import { markNotificationsRead } from "@/lib/data/notifications";
import { addDays } from "@/lib/domain/calendar-day";
import { getDb, type Db } from "@/lib/server/db";
import { createWorld, scopeOf, type World } from "../support/world";

interface Received {
  from: string;
  to: string[];
  raw: string;
}

let db: Db;
let w: World;
let server: SMTPServer;
let smtpUrl: string;
const inbox: Received[] = [];

beforeAll(async () => {
  db = await getDb();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        inbox.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;

  w = await createWorld(db);
  const today = (await scopeOf(w.coordinator, w.productionId)).today;
  await db.credential.create({ data: { productionId: w.productionId, userId: w.performer1.userId, kind: "medical", name: "Class 2 medical", expiresOn: addDays(today, 5) } });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const mailTo = (email: string) => inbox.filter((m) => m.to.includes(email));
/** The body as a person reads it: quoted-printable soft breaks joined, =XX decoded. */
const readable = (raw: string) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
// Real days from now: the reminders are about records dated around today.
const DAY = 86_400_000;
const start = Date.now();
const at = (days: number, minutes = 0) => new Date(start + days * DAY + minutes * 60_000);

describe("the daily digest", () => {
  it("sends nothing, and fails nothing, without SMTP_URL", async () => {
    expect(await sendDailyDigests({ smtpUrl: null })).toMatchObject({ sent: 0, disabled: expect.stringContaining("SMTP_URL") });
    expect(inbox).toEqual([]);
  });

  it("mails each person with unread reminders once a day, with links into the app", async () => {
    const now = at(0);
    const first = await sendDailyDigests({ smtpUrl, now });
    expect(first.failed).toEqual([]);
    const coordinator = await db.user.findUniqueOrThrow({ where: { id: w.coordinator.userId } });
    const performer = await db.user.findUniqueOrThrow({ where: { id: w.performer1.userId } });
    expect(mailTo(coordinator.email)).toHaveLength(1);
    expect(mailTo(performer.email)).toHaveLength(1);
    const mail = readable(mailTo(performer.email)[0]!.raw);
    expect(mail).toMatch(/Subject: Stuntbook: 1 reminder/);
    expect(mail).toMatch(/Your Class 2 medical expires on/);
    expect(mail).toMatch(/^Your inbox: http:\/\/localhost:\d+\/inbox$/m);
    expect(mail).toMatch(/^  http:\/\/localhost:\d+\/productions\/\w+\/performers\/\w+#credentials$/m);
    // Nobody without reminders is mailed.
    const viewer = await db.user.findUniqueOrThrow({ where: { id: w.viewer.userId } });
    expect(mailTo(viewer.email)).toEqual([]);

    // The same day again (a second node, a second cron run): nothing new.
    const before = inbox.length;
    const again = await sendDailyDigests({ smtpUrl, now });
    expect(again.sent).toBe(0);
    expect(inbox.length).toBe(before);
  });

  it("leaves out what was read; a person with everything read gets nothing the next day", async () => {
    await markNotificationsRead(w.performer1, { all: true }, at(1));
    const performer = await db.user.findUniqueOrThrow({ where: { id: w.performer1.userId } });
    const before = mailTo(performer.email).length;
    await sendDailyDigests({ smtpUrl, now: at(1, 1) });
    expect(mailTo(performer.email).length).toBe(before);
  });

  it("a send that fails gives the day back, so the next run tries again", async () => {
    const now = at(2);
    // Nothing listens on this port: every send fails.
    const failed = await sendDailyDigests({ smtpUrl: "smtp://127.0.0.1:1", now });
    expect(failed.sent).toBe(0);
    expect(failed.failed.length).toBeGreaterThan(0);
    expect(await db.digestRun.count({ where: { day: now.toISOString().slice(0, 10) } })).toBe(0);
    const retried = await sendDailyDigests({ smtpUrl, now });
    expect(retried.sent).toBe(failed.failed.length);
  });
});
