// A libtensorflow mirror on 127.0.0.1 that has nothing (404 to every request), for
// TFJS_NODE_CDN_STORAGE: tfjs-node's install then fails to download on every machine, also one that
// could reach storage.googleapis.com, so a test knows which way the install goes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EmptyMirror {
  /** For TFJS_NODE_CDN_STORAGE: ends with a slash, as tfjs-node appends its paths. */
  url: string;
  /** The paths requested so far. */
  asked: string[];
  close(): Promise<void>;
}

export async function emptyMirror(): Promise<EmptyMirror> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, asked, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** tfjs-node's download goes through a proxy when one is set, and then never reaches the mirror. */
export const downloadsProxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => process.env[name]);
