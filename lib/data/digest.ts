import "server-only";
import { digestMessage } from "../domain/digest";
import { env } from "../server/env";
import { createMailer, type Mailer } from "../server/mailer";
import { getDb } from "../server/db";
import { listNotifications } from "./notifications";

// The daily digest: to everyone with unread reminders, one e-mail a day with
// them. Run once a day (`npm run digest`, from cron on any one node); a run
// claims (person, day) before sending, so a second run the same day, or a
// second node, sends nothing twice. Without SMTP_URL nothing is sent and
// nothing fails.

export interface DigestOutcome {
  sent: number;
  /** People with nothing unread, or already sent today. */
  skipped: number;
  failed: { userId: string; error: string }[];
  /** Why nothing was sent at all, when nothing could be. */
  disabled?: string;
}

export async function sendDailyDigests(options: { now?: Date; smtpUrl?: string | null; mailer?: Mailer } = {}): Promise<DigestOutcome> {
  const now = options.now ?? new Date();
  const smtpUrl = options.smtpUrl === undefined ? env().smtpUrl : options.smtpUrl;
  if (!smtpUrl && !options.mailer) return { sent: 0, skipped: 0, failed: [], disabled: "SMTP_URL is not set: no mail is sent" };
  const mailer = options.mailer ?? createMailer(smtpUrl!);
  const db = await getDb();
  const day = now.toISOString().slice(0, 10);
  const people = await db.user.findMany({ where: { memberships: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { id: "asc" } });
  const outcome: DigestOutcome = { sent: 0, skipped: 0, failed: [] };
  for (const person of people) {
    let unread;
    try {
      unread = (await listNotifications({ userId: person.id }, now)).items.filter((i) => !i.read);
    } catch (error) {
      // One person's inbox failing must not stop everyone else's digest.
      outcome.failed.push({ userId: person.id, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (unread.length === 0) {
      outcome.skipped++;
      continue;
    }
    // Claimed first: whoever inserts the row sends; the other run finds it taken.
    const claimed = await db.digestRun
      .create({ data: { userId: person.id, day, sentAt: now } })
      .then(() => true)
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") return false;
        throw error;
      });
    if (!claimed) {
      outcome.skipped++;
      continue;
    }
    const message = digestMessage(person.name, unread, env().publicOrigin);
    try {
      await mailer.send({ to: person.email, subject: message.subject, text: message.text });
      outcome.sent++;
    } catch (error) {
      // Not sent: give the day back, so the next run tries again.
      await db.digestRun.delete({ where: { userId_day: { userId: person.id, day } } });
      outcome.failed.push({ userId: person.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}
