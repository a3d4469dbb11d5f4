import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { ApolloServerPlugin } from '@apollo/server';

export interface GraphiqlTab {
  query: string;
  variables?: string;
}

/**
 * GraphiQL from @graphql-yoga/render-graphiql: one self-contained page with its scripts inlined,
 * so it loads nothing from a CDN (company networks often block them). Apollo's default landing
 * page would fetch Apollo Sandbox from the internet. The page is ~9 MB: rendered once, here.
 */
export function graphiqlLandingPage(tabs: readonly GraphiqlTab[]): ApolloServerPlugin {
  const html = renderGraphiQL({
    title: 'BPM GraphQL Gateway',
    endpoint: '/graphql',
    defaultQuery: tabs[0]?.query ?? '{ backends { id vendor operations } }',
    defaultTabs: tabs.length ? tabs.map((t) => ({ query: t.query, variables: t.variables ?? '' })) : undefined,
    shouldPersistHeaders: false,
  });
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html }; } };
    },
  };
}
