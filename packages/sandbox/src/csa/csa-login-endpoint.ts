import type { Reply } from '../shared/reply.js';
import type { CsaEndpointContext } from './csa-endpoint-context.js';
import { CsaFailure, invalidRequest } from './csa-failure.js';
import { singleParameter } from './csa-query.js';
import { xmlReply } from './csa-reply.js';
import { personXml } from './csa-response-xml.js';

/**
 * GET /login/{organization}/{userName}/ (Get_userIdentifier.html): the person, whose first `<id>`
 * is the userIdentifier. Needs Basic auth only, no userIdentifier. The trailing slash is the
 * documented best practice ("a portion of the user name might be truncated" without it).
 * Guess: both forms are accepted and nothing is ever truncated, so a client that drops the
 * slash is not caught here.
 * Guess: organization and user names compare exactly.
 */
export function lookUpPerson(ctx: CsaEndpointContext, organization: string, userName: string): Reply {
  const person = ctx.people.find((p) => p.organization === organization && p.name === userName);
  if (!person) throw new CsaFailure(404, 'UserNotFound', `no user ${userName} in organization ${organization}`);
  return xmlReply(200, personXml(person));
}

/**
 * GET /login/{organization}/userLookup?userName=… (Get_userIdentifier_for_user_name_with_slash.html),
 * for user names that contain a slash.
 */
export function lookUpPersonByQuery(ctx: CsaEndpointContext, organization: string): Reply {
  const userName = singleParameter(ctx.query, 'userName');
  if (userName === null || userName === '') throw invalidRequest('query parameter userName is required');
  return lookUpPerson(ctx, organization, userName);
}
