import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import sirv from 'sirv';
import { CitegraphError } from '../errors.js';
import { toJson } from '../export/json.js';
import { loadGraph } from '../query/load.js';
import { SECURITY_HEADERS } from './headers.js';
import { builtWebRoot, WEB_ROOT } from './web-root.js';

export interface ServeOptions {
  /** A graph file (schema 1), loaded through the one loader and served as `./graph.json` (default: none, and the page asks for a file). */
  graph?: string;
  /** TCP port (default: `0`, a free port chosen by the system). */
  port?: number;
  /** Address to listen on (default: `127.0.0.1`, this machine only). */
  host?: string;
  /** The built explorer's folder (default: the package's `dist/web`). */
  webRoot?: string;
  /**
   * Host names the server answers to besides the bound address and the loopback
   * names, e.g. a machine's DNS name when listening on 0.0.0.0 (default: none).
   */
  allowedHosts?: readonly string[];
}

export const SERVE_DEFAULTS = { port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, allowedHosts: [] } satisfies Omit<Required<ServeOptions>, 'graph'>;

export interface RunningServer {
  /** Where the explorer is, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/** The one path the page fetches its graph from; everything else is a file of the built explorer. */
export const GRAPH_PATH = '/graph.json';
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '[::]']);

/** A host name as the Host header carries it: lower case, no trailing dot, IPv6 in brackets. */
function hostKey(name: string): string {
  const lower = name.trim().toLowerCase().replace(/\.$/, '');
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/**
 * The names the server answers to. NOTE: a page elsewhere could point its own
 * domain at this machine (DNS rebinding) and read the graph, so every request
 * must name the server by the address it listens on, a loopback name, an
 * address of this machine when it listens on all of them, or an --allow-host.
 */
function allowedHostNames(host: string, extra: readonly string[]): Set<string> {
  const names = [...LOOPBACK_NAMES, host, ...extra];
  if (WILDCARD_ADDRESSES.has(host)) {
    names.push(hostname());
    for (const addresses of Object.values(networkInterfaces())) for (const { address } of addresses ?? []) names.push(address);
  }
  return new Set(names.map(hostKey));
}

/** Serves the explorer and, when given, one graph. Resolves once listening. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const settings = { ...SERVE_DEFAULTS, ...options };
  const root = builtWebRoot(settings.webRoot);
  const graphJson = settings.graph === undefined ? undefined : Buffer.from(toJson(await loadGraph(settings.graph)));
  const allowed = allowedHostNames(settings.host, settings.allowedHosts);
  const assets = sirv(root, { dev: false, etag: true, dotfiles: false, onNoMatch: (_req, res) => sendText(res, 404, 'not found') });

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'method not allowed');
    }
    const hosts = hostHeaders(req);
    if (hosts.length !== 1) return sendText(res, 400, 'expected exactly one Host header');
    if (!allowed.has(hostKey(hostName(hosts[0]!)))) return sendText(res, 403, 'forbidden host: start citegraph serve with --allow-host for this name');
    if (pathOf(req) === GRAPH_PATH) {
      if (!graphJson) return sendText(res, 404, 'no graph: open a file in the page');
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': graphJson.length, 'Cache-Control': 'no-store' });
      return res.end(req.method === 'HEAD' ? undefined : graphJson);
    }
    assets(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, settings.host, settings.port)));
    server.listen(settings.port, settings.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** Every Host header of the request: Node keeps only the first in `req.headers`. */
function hostHeaders(req: IncomingMessage): string[] {
  const values: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === 'host') values.push(req.rawHeaders[i + 1]!);
  return values;
}

/** The name in a Host header value, without its port. */
function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === 'EADDRINUSE') return new CitegraphError(`port ${port}: already in use, choose another with --port`);
  if (error.code === 'EACCES') return new CitegraphError(`port ${port}: permission denied, choose one above 1023 with --port`);
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return new CitegraphError(`${host}: cannot listen on this address`);
  return error;
}
