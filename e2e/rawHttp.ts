import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Sends bytes exactly as given (no client-side URL normalisation) and reads the whole reply. */
export function rawRequest(port: number, request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error('timeout')));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

/** One request line with no body, answered and closed. */
export const rawSend = (port: number, method: string, target: string, extra = '') =>
  rawRequest(port, `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n${extra}\r\n`);

export const headerOf = (r: RawResponse, name: string) =>
  new RegExp(`\\r\\n${name}: ([^\\r]+)`, 'i').exec(r.headers)?.[1];
