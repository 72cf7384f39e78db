import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    // better-sqlite3 is a native addon: separate processes keep each file's databases apart.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
  resolve: {
    alias: [
      // Node resolves chrono-node's "./*" export pattern; Vite's resolver does not, so the tests are told where it leads.
      { find: /^chrono-node\/en$/, replacement: fileURLToPath(new URL('node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url)) },
    ],
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
});
