import net from 'node:net';

/** A message as a reader's mail program would show it: decoded subject and plain-text body. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  /** For SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

const bytesOfQuotedPrintable = (text: string) =>
  Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');

/** RFC 2047 encoded words, as nodemailer writes non-ASCII subjects; adjacent words join without their spacing. */
function decodeHeader(value: string): string {
  const parts = value.replace(/\?=\s+=\?/g, '?==?').split(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)/);
  const bytes = parts.map((part) => {
    const word = /^=\?[^?]+\?([BbQq])\?([^?]*)\?=$/.exec(part);
    if (!word) return Buffer.from(part, 'utf8');
    return word[1]!.toUpperCase() === 'B' ? Buffer.from(word[2]!, 'base64') : bytesOfQuotedPrintable(word[2]!.replace(/_/g, ' '));
  });
  return Buffer.concat(bytes).toString('utf8');
}

function parseMessage(from: string, to: string[], data: string): ReceivedMail {
  const unstuffed = data
    .split('\r\n')
    .map((line) => (line.startsWith('..') ? line.slice(1) : line))
    .join('\r\n');
  const split = unstuffed.indexOf('\r\n\r\n');
  const headers = new Map(
    unstuffed
      .slice(0, split)
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n')
      .map((line): [string, string] => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const body = unstuffed.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const bytes = encoding === 'base64' ? Buffer.from(body, 'base64') : encoding === 'quoted-printable' ? bytesOfQuotedPrintable(body) : Buffer.from(body, 'utf8');
  return { from, to, subject: decodeHeader(headers.get('subject') ?? ''), text: bytes.toString('utf8').replace(/\r\n/g, '\n') };
}

/**
 * An SMTP server on this machine's loopback that accepts every message and keeps it, decoded, for the test to read:
 * the e-mail path runs as configured (SMTP_URL), with no outside network.
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('latin1');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = '';
    let from = '';
    let to: string[] = [];
    let inData = false;
    reply('220 qiao-test ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push(parseMessage(from, to, buffer.slice(0, end + 2)));
          buffer = buffer.slice(end + 5);
          inData = false;
          reply('250 accepted');
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        switch (verb) {
          case 'EHLO':
          case 'HELO':
            reply('250 qiao-test');
            break;
          case 'MAIL':
            [from, to] = [address, []];
            reply('250 ok');
            break;
          case 'RCPT':
            to.push(address);
            reply('250 ok');
            break;
          case 'DATA':
            inData = true;
            reply('354 end with <CRLF>.<CRLF>');
            break;
          case 'RSET':
          case 'NOOP':
            reply('250 ok');
            break;
          case 'QUIT':
            reply('221 bye');
            socket.end();
            return;
          default:
            reply('502 not implemented');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
