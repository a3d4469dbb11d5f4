/** `application/xml` or `text/xml`, parameters allowed (e.g. `; charset=utf-8`). */
export function isXmlContentType(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/xml' || mediaType === 'text/xml';
}
