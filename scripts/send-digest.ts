// `npm run digest`: send today's digest e-mails of unread reminders (see
// lib/data/digest.ts). Run once a day from cron on one node, e.g.
//   0 7 * * *  cd /srv/stuntbook && npm run digest
// Without SMTP_URL it says so and sends nothing (exit 0).

import { sendDailyDigests } from "../lib/data/digest";

sendDailyDigests().then(
  (outcome) => {
    if (outcome.disabled) console.log(outcome.disabled);
    else console.log(`Digest: ${outcome.sent} sent, ${outcome.skipped} with nothing new or already sent today, ${outcome.failed.length} failed`);
    for (const f of outcome.failed) console.error(`  not sent to ${f.userId}: ${f.error}`);
    process.exit(outcome.failed.length ? 1 : 0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
