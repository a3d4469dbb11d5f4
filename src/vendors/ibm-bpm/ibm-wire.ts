export const IBM_JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' } as const;
export const IBM_JSON_ACCEPT = { accept: 'application/json' } as const;
