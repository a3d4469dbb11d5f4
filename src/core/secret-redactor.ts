/**
 * Masks credentials in text that came from a vendor (an error message quoting its request) or
 * from a bug, before it reaches an answer or a log: the configured secrets themselves (and the
 * Basic header built from them), any `Authorization` value, any credential-carrying scheme
 * (Basic, Bearer, NTLM, Negotiate, Digest), and `password=`/`token=`-style pairs.
 */
const AUTH_HEADER = /\b((?:proxy-)?authorization)(\s*["']?\s*[:=]\s*["']?)(?:[A-Za-z]+[ ]+)?[^\s"',;]+/gi;
const SCHEME = /\b(Basic|Bearer|NTLM|Negotiate|Digest)[ ]+[A-Za-z0-9._~+/=-]{6,}/g;
const PAIR = /\b(password|passwd|pwd|pass|token|access_token|refresh_token|id_token|api[_-]?key|secret|client_secret|csrf_token)(\s*["']?\s*[:=]\s*["']?)[^\s"'&,;}<]+/gi;
const MASK = '[redacted]';

export class SecretRedactor {
  private readonly secrets: readonly string[];

  /** `secrets`: every credential the config holds; short ones (under 4 characters) are too common to mask. */
  constructor(secrets: readonly string[] = []) {
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (secret.length < 4) continue;
      forms.add(secret);
      forms.add(encodeURIComponent(secret));
    }
    // Longest first, so that a secret containing another is masked whole.
    this.secrets = [...forms].sort((a, b) => b.length - a.length);
  }

  /** Adds `user:password` Basic forms, so a quoted Authorization header is caught by value too. */
  static forBasic(username: string, password: string): string[] {
    return [password, Buffer.from(`${username}:${password}`, 'utf8').toString('base64')];
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
    return out
      .replace(AUTH_HEADER, (_m, name: string, sep: string) => `${name}${sep}${MASK}`)
      .replace(SCHEME, (_m, scheme: string) => `${scheme} ${MASK}`)
      .replace(PAIR, (_m, name: string, sep: string) => `${name}${sep}${MASK}`);
  }
}
