import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Where the recipient's reply goes: the agent who made the request, not the server's From. */
  readonly replyTo?: { readonly name: string; readonly address: string };
}

export interface Mailer {
  readonly canSend: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** Sends through SMTP_URL when it is set; otherwise the server cannot send email. */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer {
  if (!config.smtpUrl) {
    return {
      canSend: false,
      send: () => Promise.reject(new Error('SMTP_URL is not set')),
    };
  }
  const smtpUrl = config.smtpUrl;
  // Loaded with the first email, not at start: most servers never send one.
  let transport: Promise<Transporter> | undefined;
  return {
    canSend: true,
    async send(mail) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
      await (await transport).sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.replyTo ? { replyTo: { name: mail.replyTo.name, address: mail.replyTo.address } } : {}),
      });
    },
  };
}
