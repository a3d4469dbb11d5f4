/** The bench's own K2 account: the emulator knows it, the direct calls and the gateway use it. */
export const BENCH_USER = { username: 'ACME\\bench', password: 'bench-only-password' };
