import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.wav': 'audio/wav', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

/** The built app, served from a copy of dist/ that a test may switch off (offline) or change (a new version). */
export interface AppServer {
  readonly url: string;
  readonly root: string;
  /** Stop answering: every request that reaches the network now fails, as with no connection. */
  goOffline(): Promise<void>;
  /** Replace one file of the served copy, as a new release would. */
  write(file: string, text: string): void;
  read(file: string): string;
  close(): Promise<void>;
}

export async function serveBuiltApp(dist = 'dist'): Promise<AppServer> {
  const root = mkdtempSync(join(tmpdir(), 'deft-app-'));
  cpSync(dist, root, { recursive: true });
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const stop = () => new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    server.close(() => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    root,
    goOffline: stop,
    write: (file, text) => writeFileSync(join(root, file), text),
    read: (file) => readFileSync(join(root, file), 'utf8'),
    async close() {
      if (server.listening) await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
