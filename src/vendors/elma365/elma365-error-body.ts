import { z } from 'zod';
import type { HttpResponse } from '../../http/backend-http-client.js';
import { readJson } from '../../pipeline/read-with-schema.js';
import type { VendorErrorBody } from '../../pipeline/vendor-operation.js';

/** `{"success": false, "error": "…"}` (seen in third-party clients), or a `message`. */
const ErrorBody = z.looseObject({ error: z.unknown().optional(), message: z.unknown().optional() });

/** An ELMA365 error body: its text as the message. ELMA365 sends no error codes. */
export function readElmaError({ body }: HttpResponse): VendorErrorBody {
  const json = readJson(ErrorBody, body);
  if (json instanceof Error) return {};
  const text = typeof json.error === 'string' ? json.error : typeof json.message === 'string' ? json.message : '';
  return text.trim() ? { message: text.trim().slice(0, 1000) } : {};
}
