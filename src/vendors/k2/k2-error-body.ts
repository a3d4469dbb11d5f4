import { z } from 'zod';
import type { HttpResponse } from '../../http/backend-http-client.js';
import type { VendorErrorBody } from '../../pipeline/vendor-operation.js';
import { readWithSchema } from '../../pipeline/read-with-schema.js';
import { createSafeXmlParser } from '../../xml/safe-xml-parser.js';
import { elementText, xmlElement, xmlTextElement } from '../../xml/xml-schemas.js';

const parse = createSafeXmlParser();

/** Guess (FACTS.md, K2 Errors [?]): K2 documents "Failure" as a return type but never shows its body. */
const FailureBody = z.looseObject({
  Failure: xmlElement(z.looseObject({ Code: xmlTextElement.optional(), Message: xmlTextElement.optional() })),
});

/**
 * A K2 error body: an XML `<Failure>` with `Code` and `Message` (the guess above). Any other body
 * yields nothing, so the status alone decides and the body is not echoed (it may be a large IIS
 * error page, or hold what no client should see).
 */
export function readK2Failure({ body }: HttpResponse): VendorErrorBody {
  if (!body.trimStart().startsWith('<')) return {};
  const doc = parse(body);
  const failure = doc instanceof Error ? doc : readWithSchema(FailureBody, doc);
  if (failure instanceof Error) return {};
  const code = elementText(failure.Failure.Code).trim();
  const message = elementText(failure.Failure.Message).trim();
  return { ...(code ? { code: code.slice(0, 100) } : {}), ...(message ? { message: message.slice(0, 1000) } : {}) };
}
