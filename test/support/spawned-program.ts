import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { listeningUrl } from './listening-url.js';

/** The project's root, where `npm start` runs. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `npm test` builds and bundles first; tests drive the bundled program exactly as `npm start` runs it. */
export const MAIN = fileURLToPath(new URL('../../dist/bundle/main.js', import.meta.url));

export interface SpawnedProgram {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<number | null>;
  /** The gateway's address once its start line is printed; rejects if it exits first. */
  url: Promise<string>;
  out(): string;
  err(): string;
}

/**
 * The gateway (or `npm start`) as a real process on a free port, its output collected. Each test
 * file keeps the children it starts in `children` and kills them after each test.
 */
export function spawnProgram(children: ChildProcessWithoutNullStreams[], command: string, args: string[], env: Record<string, string> = {}): SpawnedProgram {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, PORT: '0', ...env } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const found = listeningUrl(stdout);
      if (found) resolve(found);
    });
    void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  url.catch(() => {}); // a run that is meant to fail never prints the address
  return { child, exited, url, out: () => stdout, err: () => stderr };
}
