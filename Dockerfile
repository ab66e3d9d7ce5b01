# The current Node LTS by default; NODE_IMAGE=docker.io/library/node:20-bookworm-slim also works.
ARG NODE_IMAGE=docker.io/library/node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY client/package.json ./client/
COPY web/package.json ./web/
# Compiling needs no install scripts; the console's bundler (Vite) needs its optional native binding.
RUN npm ci --ignore-scripts --no-audit --no-fund --no-update-notifier
COPY tsconfig.json tsconfig.build.json nest-cli.json ormconfig.ts ./
COPY scripts/build-if-changed.mjs ./scripts/
COPY src ./src
COPY client ./client
COPY web ./web
RUN npm run build && find dist web/dist -name '*.map' -type f -delete

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json scripts/install-production-deps.sh ./
COPY client/package.json ./client/
COPY web/package.json ./web/
RUN sh install-production-deps.sh

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
# Owned by root: the server (uid 1000) reads its code and never writes anywhere, so the container
# can run with --read-only and no tmpfs.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY package.json asyncapi.json ./
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
