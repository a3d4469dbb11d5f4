/**
 * Headers of the documented raw UpdateTask response, sent with every normal answer so clients
 * meet what an IIS-hosted K2 sends.
 */
export const IIS_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'private',
  Server: 'Microsoft-IIS/7.5',
  'X-AspNet-Version': '2.0.50727',
  'X-Powered-By': 'ASP.NET',
};
