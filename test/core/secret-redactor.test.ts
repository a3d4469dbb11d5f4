import { describe, expect, it } from 'vitest';
import { SecretRedactor } from '../../src/core/secret-redactor.js';

describe('SecretRedactor', () => {
  const redactor = new SecretRedactor([...SecretRedactor.forBasic('ACME\\svc', 'pässwörd:K2!'), 'elma-token-123456']);

  it.each([
    ['Request failed. Authorization: Basic QUNNRVxzdmM6cMOkc3N3w7ZyZDpLMiE= was sent', 'Request failed. Authorization: [redacted] was sent'],
    ['login with password=hunter2&user=bob failed', 'login with password=[redacted]&user=bob failed'],
    ['{"token":"abc.def.ghi","user":"x"}', '{"token":"[redacted]","user":"x"}'],
    ['the password pässwörd:K2! is wrong', 'the password [redacted] is wrong'],
    ['header Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig rejected', 'header Bearer [redacted] rejected'],
    ['api_key: elma-token-123456', 'api_key: [redacted]'],
    ['elma-token-123456 expired', '[redacted] expired'],
    ['Instance 8 not found', 'Instance 8 not found'],
  ])('%s', (text, expected) => {
    expect(redactor.redact(text)).toBe(expected);
  });
});
