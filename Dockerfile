# The gateway as a container: `docker build -t bpm-gateway .` (README, "Container").
# NODE_IMAGE is any Debian-based Node 20.19+ image; the default is the official one.
ARG NODE_IMAGE=node:20-bookworm-slim

# Compilers for the one native dependency (better-sqlite3, when no prebuilt binary can be fetched).
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# Node images carry Node's headers: node-gyp builds against them instead of downloading them.
ENV npm_config_nodedir=/usr/local
WORKDIR /app

# Production dependencies only, from the lockfile: what the running image carries.
FROM toolchain AS runtime-deps
COPY package.json package-lock.json ./
COPY packages/sandbox/package.json packages/sandbox/
# (npm 10 can exit 0 after "Exit handler never called!" with nothing installed: check the result.)
RUN npm ci --omit=dev --no-audit --no-fund && node -e "require.resolve('better-sqlite3')" && npm cache clean --force

# Everything, to compile and bundle (tsc, rolldown); none of it reaches the image.
FROM toolchain AS build
COPY package.json package-lock.json ./
COPY packages/sandbox/package.json packages/sandbox/
RUN npm ci --no-audit --no-fund && test -x node_modules/.bin/tsc
COPY tsconfig.json tsconfig.base.json tsconfig.build.json ./
COPY packages/sandbox/tsconfig.json packages/sandbox/
COPY packages/sandbox/src packages/sandbox/src
COPY src src
COPY scripts scripts
COPY bench bench
COPY client client
RUN npm run build

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/sandbox/package.json packages/sandbox/
COPY --from=runtime-deps /app/node_modules node_modules
# The sandbox's emulators: what the gateway runs without --config (it resolves them as a package).
COPY --from=build /app/packages/sandbox/dist packages/sandbox/dist
COPY --from=build /app/dist/bundle dist/bundle
# The embedded audit trail and job store are written under ./data: the one place the
# unprivileged user may write, and a volume so that they outlive the container.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 4000
# /health answers while the process serves; /ready also says which backends' breakers are open.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT||4000}/health`).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Signals reach node itself (no shell in between): SIGTERM drains requests in flight, then exits.
ENTRYPOINT ["node", "dist/bundle/main.js"]
CMD ["--config", "/etc/bpm-gateway/gateway.yaml"]
