import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import { md4 } from './md4.js';

/**
 * Windows authentication (NTLM over HTTP, MS-NLMP and RFC 4559's header use), as IIS does it:
 * connection-based. A client sends `Authorization: NTLM <negotiate>`, gets a 401 carrying the
 * challenge, answers `Authorization: NTLM <authenticate>` on the same connection, and that
 * connection stays authenticated for the requests after it. Written from MS-NLMP for the
 * emulator alone (no NTLM library), and NTLMv2 only, as a hardened server
 * (LmCompatibilityLevel 5) accepts.
 */
export interface NtlmAccount {
  domain: string;
  user: string;
  password: string;
}

export type NtlmVerdict<A> =
  | { kind: 'authenticated'; account: A }
  /** 401 with this `WWW-Authenticate` value: `NTLM` to start, `NTLM <challenge>` mid-handshake. */
  | { kind: 'unauthorized'; wwwAuthenticate: string };

const SIGNATURE = Buffer.from('NTLMSSP\0', 'latin1');
const FLAGS = {
  unicode: 0x1,
  requestTarget: 0x4,
  ntlm: 0x200,
  alwaysSign: 0x8000,
  targetTypeDomain: 0x10000,
  extendedSessionSecurity: 0x80000,
  targetInfo: 0x800000,
  version: 0x2000000,
  key128: 0x20000000,
  key56: 0x80000000,
};
/** MS-NLMP 2.2.2.1 AV_PAIR ids. */
const AV = { eol: 0, nbComputerName: 1, nbDomainName: 2, dnsComputerName: 3, dnsDomainName: 4, timestamp: 7 };

interface SocketState<A> {
  challenge?: Buffer;
  account?: A;
}

export class NtlmAuthority<A extends NtlmAccount> {
  private readonly sockets = new WeakMap<Socket, SocketState<A>>();
  /** Handshakes completed, for tests that prove a connection stays authenticated. */
  handshakes = 0;

  constructor(private readonly accounts: () => readonly A[], private readonly domain = 'ACME', private readonly computer = 'K2SERVER') {}

  check(socket: Socket, authorization: string | undefined): NtlmVerdict<A> {
    const state = this.sockets.get(socket) ?? {};
    this.sockets.set(socket, state);
    const token = /^NTLM[ ]+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      // No header on an authenticated connection: IIS's default (authPersistSingleRequest off).
      if (!authorization && state.account) return { kind: 'authenticated', account: state.account };
      return { kind: 'unauthorized', wwwAuthenticate: 'NTLM' };
    }
    const message = Buffer.from(token, 'base64');
    const type = message.length >= 12 && message.subarray(0, 8).equals(SIGNATURE) ? message.readUInt32LE(8) : 0;
    if (type === 1) {
      state.account = undefined;
      state.challenge = randomBytes(8);
      return { kind: 'unauthorized', wwwAuthenticate: `NTLM ${this.challengeMessage(state.challenge).toString('base64')}` };
    }
    const challenge = state.challenge;
    state.challenge = undefined;
    if (type === 3 && challenge) {
      const account = this.verify(message, challenge);
      if (account) {
        state.account = account;
        this.handshakes++;
        return { kind: 'authenticated', account };
      }
    }
    state.account = undefined;
    return { kind: 'unauthorized', wwwAuthenticate: 'NTLM' };
  }

  /** MS-NLMP 2.2.1.2 CHALLENGE_MESSAGE, with the target info NTLMv2 answers must sign. */
  private challengeMessage(serverChallenge: Buffer): Buffer {
    const targetName = Buffer.from(this.domain, 'utf16le');
    const filetime = Buffer.alloc(8);
    filetime.writeBigUInt64LE((BigInt(Date.now()) + 11_644_473_600_000n) * 10_000n);
    const targetInfo = Buffer.concat([
      avPair(AV.nbDomainName, Buffer.from(this.domain, 'utf16le')),
      avPair(AV.nbComputerName, Buffer.from(this.computer, 'utf16le')),
      avPair(AV.dnsDomainName, Buffer.from(`${this.domain.toLowerCase()}.local`, 'utf16le')),
      avPair(AV.dnsComputerName, Buffer.from(`${this.computer.toLowerCase()}.${this.domain.toLowerCase()}.local`, 'utf16le')),
      avPair(AV.timestamp, filetime),
      avPair(AV.eol, Buffer.alloc(0)),
    ]);
    const header = Buffer.alloc(56);
    SIGNATURE.copy(header, 0);
    header.writeUInt32LE(2, 8);
    writeFields(header, 12, targetName.length, 56);
    const flags = FLAGS.unicode | FLAGS.requestTarget | FLAGS.ntlm | FLAGS.alwaysSign | FLAGS.targetTypeDomain
      | FLAGS.extendedSessionSecurity | FLAGS.targetInfo | FLAGS.version | FLAGS.key128 | FLAGS.key56;
    header.writeUInt32LE(flags >>> 0, 20);
    serverChallenge.copy(header, 24);
    writeFields(header, 40, targetInfo.length, 56 + targetName.length);
    // Version: Windows 10.0 build 17763, NTLM revision 15.
    Buffer.from([10, 0, 0x63, 0x45, 0, 0, 0, 15]).copy(header, 48);
    return Buffer.concat([header, targetName, targetInfo]);
  }

  /** MS-NLMP 3.3.2: NTProofStr = HMAC_MD5(NTOWFv2, ServerChallenge ‖ blob). The account, or null. */
  private verify(message: Buffer, serverChallenge: Buffer): A | null {
    if (message.length < 64) return null;
    const nt = field(message, 20);
    const domain = field(message, 28);
    const user = field(message, 36);
    const flags = message.readUInt32LE(60);
    // NTLMv1 answers are 24 bytes; v2's are a 16-byte proof and a blob of at least 28 more.
    if (!nt || !domain || !user || nt.length < 16 + 28) return null;
    const text = (b: Buffer) => (flags & FLAGS.unicode ? b.toString('utf16le') : b.toString('latin1'));
    const userName = text(user);
    const domainName = text(domain);
    const account = this.accounts().find((a) => a.user.toUpperCase() === userName.toUpperCase() && a.domain.toUpperCase() === domainName.toUpperCase());
    if (!account) return null;
    // NTOWFv2 keys on the user in upper case and the domain as the client sent it.
    const ntowfv2 = hmacMd5(ntHash(account.password), Buffer.from(userName.toUpperCase() + domainName, 'utf16le'));
    const proof = nt.subarray(0, 16);
    const blob = nt.subarray(16);
    if (blob[0] !== 1 || blob[1] !== 1) return null;
    const expected = hmacMd5(ntowfv2, Buffer.concat([serverChallenge, blob]));
    return timingSafeEqual(proof, expected) ? account : null;
  }
}

export function hmacMd5(key: Buffer, data: Buffer): Buffer {
  return createHmac('md5', key).update(data).digest();
}

/** NTLM's NT hash, MD4 of the UTF-16LE password. */
export function ntHash(password: string): Buffer {
  return md4(Buffer.from(password, 'utf16le'));
}

function avPair(id: number, value: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(id, 0);
  head.writeUInt16LE(value.length, 2);
  return Buffer.concat([head, value]);
}

/** A message's (length, max length, offset) triple. */
function writeFields(buf: Buffer, at: number, length: number, offset: number): void {
  buf.writeUInt16LE(length, at);
  buf.writeUInt16LE(length, at + 2);
  buf.writeUInt32LE(offset, at + 4);
}

function field(message: Buffer, at: number): Buffer | null {
  const length = message.readUInt16LE(at);
  const offset = message.readUInt32LE(at + 4);
  if (offset + length > message.length) return null;
  return message.subarray(offset, offset + length);
}
