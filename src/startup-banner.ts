/** What the gateway says when it starts and stops: for a person at a terminal, or for a log pipeline. */
export interface Listening {
  sandbox: boolean;
  url: string;
  backends: { id: string; vendor: string; emulator?: string; seed?: string[] }[];
  /** server.workers: processes serving the port, when more than one. */
  workers?: number;
}

/**
 * At a terminal, a banner to read; otherwise (a container, a service manager, a pipe) one JSON
 * line in the shape of the request log's, so the stream stays JSON from its first line.
 */
export function announceListening(listening: Listening, out: NodeJS.WriteStream = process.stdout): void {
  const { sandbox, url, backends, workers } = listening;
  if (!out.isTTY) {
    out.write(`${jsonLine(`BPM GraphQL Gateway ${sandbox ? 'in sandbox mode ' : ''}listening`, { mode: sandbox ? 'sandbox' : 'config', graphiql: `${url}/graphql`, health: `${url}/health`, ...(workers ? { workers } : {}), backends })}\n`);
    return;
  }
  const lines = [`BPM GraphQL Gateway ${sandbox ? 'in sandbox mode ' : ''}listening`, `  GraphiQL: ${url}/graphql`, `  health:   ${url}/health`, ...(workers ? [`  workers:  ${workers}`] : []), '  backends:'];
  for (const b of backends) {
    lines.push(`    ${b.id} (${b.vendor})${b.emulator ? ` -> emulator at ${b.emulator}` : ''}`);
    for (const seeded of b.seed ?? []) lines.push(`      ${seeded}`);
  }
  out.write(`${lines.join('\n')}\n`);
}

export function announceStopping(signal: string, out: NodeJS.WriteStream = process.stdout): void {
  out.write(out.isTTY ? `${signal}: stopping\n` : `${jsonLine('stopping', { signal })}\n`);
}

/** pino's line shape (level 30 is info), written whatever LOG_LEVEL says: start and stop are always told. */
function jsonLine(msg: string, fields: Record<string, unknown>): string {
  return JSON.stringify({ level: 30, time: new Date().toISOString(), service: 'bpm-graphql-gateway', msg, ...fields });
}
