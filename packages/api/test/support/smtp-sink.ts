import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpSink = Awaited<ReturnType<typeof startSmtp>>;

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
export function startSmtp() {
  const received: ParsedMail[] = [];
  let refuse = false;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (refuse) {
        stream.resume();
        stream.on('end', () => callback(new Error('mailbox unavailable')));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  // A client that disappears mid-message (a server killed while sending) resets its socket: not a failure of the test.
  smtp.on('error', () => undefined);
  return new Promise<{ port: number; received: ParsedMail[]; refuse(value: boolean): void; close(): Promise<void> }>(
    (resolve) => {
      smtp.listen(0, '127.0.0.1', () => {
        resolve({
          port: (smtp.server.address() as AddressInfo).port,
          received,
          refuse: (value) => (refuse = value),
          close: () => new Promise((done) => smtp.close(() => done())),
        });
      });
    },
  );
}
