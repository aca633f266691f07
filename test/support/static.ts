import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { citegraph } from './cli.js';

/**
 * A plain static file server, as a user's would be: no security headers, only
 * what the page carries itself. Serves `dir` under `prefix` only, to check
 * that a site works under any sub-path.
 */
export async function serveStatic(dir: string, prefix: string): Promise<{ url: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: true });
  const server = createServer((req, res) => {
    if (!req.url?.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    req.url = req.url.slice(prefix.length - 1);
    files(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/** `citegraph site graph -o output`, served under `prefix` as a user's static server would. */
export async function serveSite(graph: string, output: string, prefix: string): Promise<{ url: string; close: () => Promise<void> }> {
  const run = citegraph(['site', graph, '-o', output]);
  if (run.status !== 0) throw new Error(`citegraph site ${graph} failed: ${run.stderr}`);
  return serveStatic(output, prefix);
}
