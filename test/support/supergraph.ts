import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';

/** Another team's subgraph, as a supergraph test declares it: its SDL and resolvers. */
export interface PeerSubgraph { name: string; sdl: string; resolvers: Record<string, unknown> }

export interface Supergraph {
  /** The BPM gateway's SDL as it serves it (`_service { sdl }`). */
  bpmSdl: string;
  /** Asks the supergraph (a real @apollo/gateway router) over HTTP. */
  ask(query: string): Promise<{ data?: Record<string, unknown> | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/**
 * A real router (@apollo/gateway) over the running BPM gateway and peer subgraphs: the BPM SDL is
 * read from the gateway itself, composed with the peers, and queried over HTTP as clients would.
 */
export async function startSupergraph(bpmUrl: string, peers: readonly PeerSubgraph[]): Promise<Supergraph> {
  const res = await fetch(`${bpmUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  const bpmSdl = ((await res.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
  const servers: ApolloServer[] = [];
  const services = [{ name: 'bpm', typeDefs: parse(bpmSdl), url: `${bpmUrl}/graphql` }];
  for (const peer of peers) {
    // @apollo/subgraph types its resolver map loosely; each test's resolvers are plain functions.
    const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(peer.sdl), resolvers: peer.resolvers as never }) });
    servers.push(server);
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    services.push({ name: peer.name, typeDefs: parse(peer.sdl), url });
  }
  const composed = composeServices(services);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const router = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl }) });
  const { url: routerUrl } = await startStandaloneServer(router, { listen: { port: 0, host: '127.0.0.1' } });
  servers.push(router);
  return {
    bpmSdl,
    async ask(query) {
      return (await fetch(routerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json() as never;
    },
    async close() {
      for (const server of servers.reverse()) await server.stop();
    },
  };
}
