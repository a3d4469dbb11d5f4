import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A plain HTTP server that answers as each test tells it to, for tests of the HTTP layer itself. */
export interface ScriptedServer {
  /** e.g. http://127.0.0.1:PORT */
  readonly origin: string;
  /** What it does with each request from now on; by default it answers 200 with no body. */
  handler: ScriptedHandler;
  /** TCP connections it has accepted so far: how a test sees whether a connection was reused. */
  readonly connections: number;
  /** Drops every open connection (stalled answers included). */
  dropConnections(): void;
  close(): Promise<void>;
}

export async function startScriptedServer(): Promise<ScriptedServer> {
  let connections = 0;
  const scripted = {
    origin: '',
    handler: ((_req, res) => res.end()) as ScriptedHandler,
    get connections() { return connections; },
    dropConnections: () => server.closeAllConnections(),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  const server = createServer((req, res) => scripted.handler(req, res));
  server.on('connection', () => { connections++; });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  scripted.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return scripted;
}
