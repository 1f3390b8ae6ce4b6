import "server-only";
import nodemailer from "nodemailer";
import { env } from "./env";

// Mail goes out through the SMTP server SMTP_URL names (nodemailer). Only the
// digest sends mail; nothing else depends on it.

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export function createMailer(smtpUrl: string, from: string = env().mailFrom): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
