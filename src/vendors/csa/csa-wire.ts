/** What every CSA call takes from its backend's config: the admin person it runs as (`userIdentifier`). */
export interface CsaSettings { userIdentifier: string }

export const CSA_XML_HEADERS = { 'content-type': 'application/xml; charset=utf-8', accept: 'application/xml' } as const;
export const CSA_XML_ACCEPT = { accept: 'application/xml' } as const;
