/**
 * @module surfaces/cli/commands/serve
 *
 * `sitrep serve`: the API and the web reader on one port, loopback by default.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { openStore } from '../../../store/open.js';
import { EXIT } from '../exit-codes.js';
import { dbOption } from '../store-option.js';

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the web reader and the JSON API (OpenAPI at /openapi.json)')
    .addOption(dbOption())
    .addOption(new Option('--host <host>', 'address to listen on').default('127.0.0.1'))
    .addOption(new Option('--port <port>', 'port to listen on (0: any free port)').default(8765).argParser(port))
    .action(async (options: { db?: string; host: string; port: number }) => {
      let store;
      try {
        store = openStore(options.db);
      } catch (error) {
        process.stderr.write(`sitrep: ${(error as Error).message}\n`);
        process.exitCode = EXIT.STORE;
        return;
      }
      const [{ serve }, { createApp }] = await Promise.all([import('@hono/node-server'), import('../../api/app.js')]);
      const app = createApp(store);
      await new Promise<void>((resolve) => {
        const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
          process.stderr.write(`sitrep: serving http://${options.host}:${info.port}/ (Ctrl-C to stop)\n`);
        });
        const stop = () => {
          server.close();
          void store.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number`);
  return n;
}
