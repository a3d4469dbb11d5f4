import { describe, expect, it } from 'vitest';
import { previewRequest } from '../../src/pipeline/preview-request.js';

const prepared = (headers: Record<string, string>, secretHeaders: string[]) =>
  ({ method: 'POST' as const, origin: 'http://k2:81', path: '/K2Services/x?a=1', headers, body: '<x/>', secretHeaders });

describe('a previewed request', () => {
  it('is the URL and body as sent, with credentials masked to their scheme', () => {
    expect(previewRequest(prepared({ authorization: 'Basic dTpw', accept: 'application/xml' }, ['authorization']))).toEqual({
      method: 'POST', url: 'http://k2:81/K2Services/x?a=1', body: '<x/>',
      headers: [{ name: 'authorization', value: 'Basic ***' }, { name: 'accept', value: 'application/xml' }],
    });
  });

  it('masks a forwarded secret whole, keeping no word of it, unless it starts with a known scheme', () => {
    const preview = previewRequest(prepared({ 'x-api-key': 'abc123 def', 'x-token': 'Bearer t0k3n' }, ['authorization', 'x-api-key', 'x-token']));
    expect(preview.headers).toEqual([{ name: 'x-api-key', value: '***' }, { name: 'x-token', value: 'Bearer ***' }]);
  });
});
