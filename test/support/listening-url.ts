/**
 * The gateway's address from what the started program printed: the start line (one JSON line
 * when stdout is not a terminal, as in every test) carries it. Undefined until it is printed.
 */
export function listeningUrl(stdout: string): string | undefined {
  return /"graphiql":"(http:\/\/[^"]+)\/graphql"/.exec(stdout)?.[1];
}
