import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { SERVER_PATHS } from './server/src/http/server-paths';

/**
 * What every page needs goes into the first load as two files: React, and the app's own shared
 * code (router, i18n, API client, shared components). Pages other than the home page, the French
 * and English messages, and the graph view (Cytoscape) stay lazy chunks.
 */
const SHARED =
  /[\\/]client[\\/]src[\\/](lib|components|utils|types|features[\\/]search[\\/](api|utils))[\\/]/;

// The client lives in client/; its build lands in dist/client, which the server serves.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'shared', test: SHARED },
          ],
        },
      },
    },
  },
  // `npm run dev:client` next to `npm run dev`: every server path goes to the API on the port the
  // server uses (PORT, as in its configuration), the rest is the app with hot reload.
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      SERVER_PATHS.map((p) => [p, `http://127.0.0.1:${process.env.PORT || 4000}`]),
    ),
  },
});
