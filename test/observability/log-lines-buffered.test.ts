import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

/** The logger as the gateway's process runs it: compiled, writing to a real standard output. */
const LOGGER = fileURLToPath(new URL('../../dist/src/observability/logger.js', import.meta.url));

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => { for (const c of children.splice(0)) c.kill('SIGKILL'); });

/** A process that logs as `script` says (with `log`, a logger on stdout); its stdout as it arrives. */
function logging(script: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { createLogger } from ${JSON.stringify(LOGGER)}; const log = createLogger(); ${script}`]);
  children.push(child);
  const lines: { msg: string; at: number }[] = [];
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop()!;
    for (const p of parts) lines.push({ msg: (JSON.parse(p) as { msg: string }).msg, at: performance.now() });
  });
  const markers: number[] = [];
  child.stderr.on('data', () => markers.push(performance.now()));
  return { child, lines, markers };
}

const until = async (check: () => boolean, ms: number) => {
  for (const end = performance.now() + ms; !check() && performance.now() < end;) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe('log lines on standard output, written in chunks', () => {
  it('writes every line, in order, by the time the process exits', async () => {
    const p = logging('for (let i = 0; i < 2000; i++) log.info({ i }, `line ${i}`); process.exit(0);');
    await once(p.child, 'exit');
    await until(() => p.lines.length === 2000, 2000);
    expect(p.lines.map((l) => l.msg)).toEqual(Array.from({ length: 2000 }, (_, i) => `line ${i}`));
  });

  it('writes a lone info line within a second, while the process goes on running', async () => {
    const p = logging("log.info('quiet hour'); setInterval(() => {}, 1000);");
    expect(await until(() => p.lines.length === 1, 1000)).toBe(true);
    expect(p.child.exitCode).toBeNull();
  });

  it('writes a warning at once, with the info lines before it, even while the event loop is busy', async () => {
    // After the warning the process spins for 1.5 s: no timer can run, only an immediate write gets out.
    const p = logging("log.info('before'); log.warn('trouble'); process.stderr.write('spinning'); const end = Date.now() + 1500; while (Date.now() < end);");
    await once(p.child, 'exit');
    expect(p.lines.map((l) => l.msg)).toEqual(['before', 'trouble']);
    // Both arrived while it was still spinning, long before its end.
    expect(p.lines[1]!.at - p.markers[0]!).toBeLessThan(1000);
  });
});
