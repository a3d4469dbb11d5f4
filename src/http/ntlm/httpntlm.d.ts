/** The message functions of httpntlm's `ntlm.js` (MS-NLMP negotiate, challenge, authenticate). */
declare module 'httpntlm/ntlm.js' {
  export interface NtlmOptions {
    username: string;
    password: string;
    domain?: string;
    workstation?: string;
  }
  /** What `parseType2Message` read from a challenge; passed on to `createType3Message` as is. */
  export interface Type2Message {
    negotiateFlags: number;
    serverChallenge: Buffer;
    targetInfo?: Buffer;
  }
  /** `NTLM <base64>`, for the Authorization header. */
  export function createType1Message(options: Pick<NtlmOptions, 'domain' | 'workstation'>): string;
  /** Reads `NTLM <base64>` from WWW-Authenticate; on a malformed one calls `onError` and returns null. */
  export function parseType2Message(header: string, onError: (error: Error) => void): Type2Message | null;
  export function createType3Message(challenge: Type2Message, options: NtlmOptions): string;
}
