import { startIbmBpmEmulator, startK2Emulator } from '@bpm-gateway/sandbox';
import { BENCH_USER } from './bench-user.js';

/**
 * The fake vendors of `npm run bench`, in a process of their own so that no middle shares their
 * event loop: a K2 and an IBM BPM emulator. Sends their URLs over IPC, and stops on SIGTERM.
 */
const k2 = await startK2Emulator({ users: [{ ...BENCH_USER, canWrite: true }] });
const ibm = await startIbmBpmEmulator({ users: [{ ...BENCH_USER, admin: true }] });
process.send!({ k2: k2.url, ibm: ibm.url });
process.on('SIGTERM', () => void Promise.all([k2.close(), ibm.close()]).then(() => process.exit(0)));
