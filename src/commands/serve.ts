import { spawn } from 'node:child_process';
import { Command } from 'commander';
import { CitegraphError, EXIT } from '../errors.js';
import { printLine, printWarning } from '../terminal.js';

interface ServeCommandOptions {
  port?: string;
  host: string;
  allowHost: string[];
  open?: boolean;
}

export const serveCommand = new Command('serve')
  .description('serve the explorer on http://127.0.0.1:PORT; without a graph file the page asks for one')
  .argument('[graph]', 'a graph file written by citegraph extract (JSON, schema 1)')
  .option('-p, --port <port>', 'port to listen on (default: $PORT, else a free port)')
  .option('--host <host>', 'address to listen on; anything but 127.0.0.1 exposes the graph to other machines', '127.0.0.1')
  .option('--allow-host <name>', 'also answer to this host name (repeatable), e.g. the machine\'s DNS name with --host 0.0.0.0', (name: string, names: string[]) => [...names, name], [])
  .option('--open', 'open the page in the default browser')
  .action(async (graph: string | undefined, options: ServeCommandOptions) => {
    const port = options.port !== undefined ? parsePort(options.port, '--port') : process.env.PORT ? parsePort(process.env.PORT, 'PORT') : 0;
    // The server (sirv, the validator) loads only for this command, so that every other command starts faster.
    const { startServer } = await import('../serve/server.js');
    const server = await startServer({ graph, port, host: options.host, allowedHosts: options.allowHost });
    process.stdout.write(`${server.url}\n`);
    printLine(`serving ${graph ?? 'the explorer (no graph: open one in the page)'}; Ctrl-C stops`);
    if (options.open) openInBrowser(server.url);
    const stop = () => void server.close().finally(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new CitegraphError(`${name}: "${value}" is not a port number (0-65535) (see citegraph serve --help)`, EXIT.usage);
  return port;
}

/** Asks the system to open the page; when it cannot (no browser, no opener), one line says so and the server goes on. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const cannot = (why: string) => printWarning(`could not open a browser (${why}); open ${url} in one`);
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', (error: NodeJS.ErrnoException) => cannot(error.code === 'ENOENT' ? `${command} not found` : `${command}: ${error.message}`));
  // xdg-open exits 3 when it finds no browser to run.
  child.on('exit', (code) => (code !== null && code !== 0 ? cannot(`${command} exited with ${code}`) : undefined));
  child.unref();
}
