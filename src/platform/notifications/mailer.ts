import nodemailer from 'nodemailer';
import type { MailConfig } from '../../config.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text only: nothing a notice's parameters hold can turn into markup or a link it did not mean. */
  text: string;
}

export type SendMail = (mail: OutgoingMail) => Promise<void>;

/** Sends through the operator's SMTP server (SMTP_URL), from MAIL_FROM; one connection per message. */
export function smtpMailer(config: MailConfig): SendMail {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return async (mail) => {
    await transport.sendMail({ from: config.from, ...mail });
  };
}
