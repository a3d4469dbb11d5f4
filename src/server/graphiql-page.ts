import type { ApolloServerPlugin } from '@apollo/server';
import { splitPage, type PageAsset, type SplitPage } from './page-assets.js';

export interface GraphiqlTab {
  query: string;
  variables?: string;
}

/** The gateway's mark: a process flow (start, task, end), drawn inline so the page loads nothing. */
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="32" height="32" role="img" aria-label="BPM GraphQL Gateway">' +
  '<circle cx="7" cy="20" r="5" fill="none" stroke="#0b6bcb" stroke-width="3"/>' +
  '<rect x="15" y="13" width="11" height="14" rx="3" fill="#0b6bcb"/>' +
  '<circle cx="33" cy="20" r="5" fill="#0b6bcb"/>' +
  '<path d="M12 20h3M26 20h2" stroke="#0b6bcb" stroke-width="3"/></svg>';

/**
 * What the library's page needs for a gateway's own use, injected once into its HTML:
 * - the tabs are framer-motion "Reorder" items whose layout animation moves them under the
 *   pointer right after a switch, so a click often landed on nothing (the first click on a tab
 *   did nothing in headless chromium): they are held still;
 * - long example lines wrap in the query editor instead of running off a 1024 px screen. The
 *   library's editors take no options; the page's bundle exposes its Monaco as `__MONACO`
 *   (undocumented, so the browser test checks that lines wrap).
 */
const PAGE_STYLE = '<style>.graphiql-tab{transform:none!important}</style>';
const PAGE_SCRIPT = `<script>(function wrapLines(tries){var m=window.__MONACO;if(!m||!m.editor){if(tries<200)setTimeout(function(){wrapLines(tries+1)},50);return}
var wrap=function(e){e.updateOptions({wordWrap:'on'})};m.editor.getEditors().forEach(wrap);m.editor.onDidCreateEditor(wrap)})(0)</script>`;

/** Where the page's script and style are served: names change with content, so caches keep them. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/assets/';

/**
 * GraphiQL from @graphql-yoga/render-graphiql: a self-contained page, so it loads nothing from a
 * CDN (company networks often block them). Apollo's default landing page would fetch Apollo
 * Sandbox from the internet. The library inlines ~9 MB of script and style into its HTML; they
 * are taken out into content-named files (page-assets.ts) that a browser keeps, so a reload
 * fetches only the page (~14 KB). Rendered once, on the first visit, so that its ~0.5 s never
 * delays a start (a gateway serving only API calls never loads it).
 */
export class GraphiqlPage {
  private rendered: Promise<SplitPage> | undefined;

  constructor(private readonly tabs: readonly GraphiqlTab[]) {}

  private page(): Promise<SplitPage> {
    return (this.rendered ??= render(this.tabs).then((html) => splitPage(html, GRAPHIQL_ASSETS_PATH, 'YogaGraphiQL.renderYogaGraphiQL(')));
  }

  async html(): Promise<string> {
    return (await this.page()).html;
  }

  /** A script or style the page links to, by its file name; undefined for any other name. */
  async asset(name: string): Promise<PageAsset | undefined> {
    return (await this.page()).assets.get(name);
  }

  /** Apollo's landing page hook: GET /graphql from a browser answers the page. */
  plugin(): ApolloServerPlugin {
    const html = () => this.html();
    return {
      async serverWillStart() {
        return { async renderLandingPage() { return { html }; } };
      },
    };
  }
}

async function render(tabs: readonly GraphiqlTab[]): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  return renderGraphiQL({
    title: 'BPM GraphQL Gateway',
    logo: LOGO_SVG,
    favicon: `data:image/svg+xml,${encodeURIComponent(LOGO_SVG)}`,
    endpoint: '/graphql',
    defaultQuery: tabs[0]?.query ?? '{ backends { id vendor operations } }',
    defaultTabs: tabs.length ? tabs.map((t) => ({ query: t.query, variables: t.variables ?? '' })) : undefined,
    shouldPersistHeaders: false,
    // Subscriptions (jobProgress) over graphql-ws on the same /graphql, as the gateway serves them.
    subscriptionsProtocol: 'WS',
  })
    .replace('</head>', `${PAGE_STYLE}</head>`)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, `${PAGE_SCRIPT}</body>`);
}
