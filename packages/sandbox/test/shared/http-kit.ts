/** Shared by the emulator tests of every vendor: a Basic header, an answer read whole, the parts most tests compare. */

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function basicAuth(user: { username: string; password: string }): string {
  return `Basic ${Buffer.from(`${user.username}:${user.password}`, 'utf8').toString('base64')}`;
}

export async function toAnswer(response: Response): Promise<Answer> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

/** The parts of an answer most tests compare: status, content type and body. */
export function summary(answer: Answer): { status: number; contentType: string | undefined; body: string } {
  return { status: answer.status, contentType: answer.headers['content-type'], body: answer.body };
}
