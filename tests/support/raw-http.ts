import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Record<string, string>;
}

/**
 * Sends `head` (request line and headers, without the blank line) byte for byte over a new socket, so a
 * test can send what `fetch` refuses to: TRACE, a Host with credentials, an absolute or `//` target.
 */
export function rawRequest(base: string, head: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [statusLine, ...lines] = text.split('\r\n\r\n')[0].split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0) || 0, headers });
    });
    // write, not end: a half-closed socket makes Node drop an answer that is not ready at once.
    socket.write(`${head}\r\nConnection: close\r\n\r\n`);
  });
}
