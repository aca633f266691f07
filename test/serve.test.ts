import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { CLI, citegraph, ROOT, SAMPLE, temporaryDirectory } from './support/cli.js';

const here = '[serve] ';
const dir = temporaryDirectory();
const graphFile = join(dir, 'graph.json');
let server: RunningServer;

/** A raw GET: the path goes out exactly as written (no client-side normalization of `..`). */
function get(url: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  expect(citegraph(['extract', SAMPLE, '-o', graphFile, '-q']).status).toBe(0);
  server = await startServer({ graph: graphFile });
});
afterAll(() => server?.close());

describe('startServer', () => {
  it(`${here}listens on 127.0.0.1 by default and serves the explorer with its CSP`, async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // No inline script for the CSP to have to allow: every script comes from a file, by a relative URL.
    const scripts = [...page.body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/ src="\.\/assets\/[^"]+\.js"/);
  });

  it(`${here}serves the graph it loaded at ./graph.json`, async () => {
    const response = await get(server.url, '/graph.json');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual(JSON.parse(readFileSync(graphFile, 'utf8')));
    expect(response.headers['content-security-policy']).toBeDefined();
  });

  it(`${here}serves only the built explorer: no traversal, no sources, no other method`, async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '//etc/passwd', '/src/main.ts', '/vite.config.ts', '/index.html/..%00/package.json']) {
      const response = await get(server.url, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('"name"');
    }
    expect((await get(server.url, '/graph.json', {}, 'POST')).status).toBe(405);
  });

  it(`${here}answers only to loopback host names (no DNS rebinding)`, async () => {
    expect((await get(server.url, '/graph.json', { Host: 'attacker.example' })).status).toBe(403);
    expect((await get(server.url, '/graph.json', { Host: `localhost:${new URL(server.url).port}` })).status).toBe(200);
  });

  it(`${here}answers ./graph.json with 404 when it has no graph, so the page asks for one`, async () => {
    const empty = await startServer();
    try {
      expect((await get(empty.url, '/graph.json')).status).toBe(404);
      expect((await get(empty.url, '/')).status).toBe(200);
    } finally {
      await empty.close();
    }
  });

  it(`${here}refuses a file that is not a schema-1 graph, naming it`, async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ attributes: { name: 'citegraph', schemaVersion: 2 }, options: { type: 'mixed', multi: false, allowSelfLoops: false }, nodes: [], edges: [] }));
    await expect(startServer({ graph: bad })).rejects.toThrow(`${bad}: not a citegraph graph (schema 1): attributes.schemaVersion is 2, expected 1`);
  });
});

/** Starts `citegraph serve` and resolves with the URL it prints; the process is killed by the caller. */
function runServe(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`citegraph serve exited with ${code}`)));
  });
  return { child, url };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('citegraph serve', () => {
  it(`${here}prints the URL it serves, on the port from PORT`, async () => {
    const port = await freePort();
    const { child, url } = runServe([graphFile], { PORT: String(port) });
    try {
      await expect(url).resolves.toBe(`http://127.0.0.1:${port}/`);
      const graph = await (await fetch(`http://127.0.0.1:${port}/graph.json`)).json();
      expect(graph.attributes.name).toBe('citegraph');
    } finally {
      child.kill();
    }
  });

  it(`${here}says in one line, with the URL, when --open finds no browser, and goes on serving`, async () => {
    const bin = temporaryDirectory();
    const failing = join(bin, 'failing');
    mkdirSync(failing);
    // xdg-open on a machine without a browser exits 3; on one without xdg-open, spawning it fails.
    writeFileSync(join(failing, 'xdg-open'), '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    for (const [path, why] of [[failing, 'xdg-open exited with 3'], [join(bin, 'empty'), 'xdg-open not found']] as const) {
      const { child, url } = runServe([graphFile, '--open'], { PATH: path });
      try {
        const address = await url;
        const line = await new Promise<string>((resolve) => {
          const lines = createInterface({ input: child.stderr });
          lines.on('line', (text) => text.includes('browser') && resolve(text));
        });
        expect(line).toBe(`citegraph: warning: could not open a browser (${why}); open ${address} in one`);
        expect((await fetch(`${address}graph.json`)).status).toBe(200);
        expect(child.exitCode).toBeNull();
      } finally {
        child.kill();
      }
    }
  });

  it(`${here}refuses a bad graph file with one line and exit code 1`, () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"nodes": [');
    const run = citegraph(['serve', broken]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^citegraph: ${broken.replace(/[.]/g, '\\.')}: not valid JSON \\([^\\n]+\\)\\n$`));
    expect(run.stdout).toBe('');
    expect(citegraph(['serve', join(dir, 'missing.json')]).stderr).toBe(`citegraph: ${join(dir, 'missing.json')}: no such file or directory\n`);
    const port = citegraph(['serve', graphFile, '--port', 'http']);
    expect(port.stderr).toBe('citegraph: --port: "http" is not a port number (0-65535) (see citegraph serve --help)\n');
    expect(port.status).toBe(2);
  });
});

describe('citegraph site', () => {
  it(`${here}writes the explorer and the graph as static files with relative URLs`, () => {
    const output = join(dir, 'site');
    const run = citegraph(['site', graphFile, '-o', output]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(output).sort()).toEqual(['.citegraph-site.json', 'assets', 'graph.json', 'index.html']);
    expect(readFileSync(join(output, 'graph.json'), 'utf8')).toBe(readFileSync(graphFile, 'utf8'));
    const html = readFileSync(join(output, 'index.html'), 'utf8');
    expect([...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((url) => url !== 'data:,')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.\/assets\/.+\.js$/), expect.stringMatching(/^\.\/assets\/.+\.css$/)]),
    );
    expect(html).not.toMatch(/(?:src|href)="\//);
    // Whatever server hosts the site, the page carries the server's policy itself.
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;[^"]*object-src &#39;none&#39;/);
  });

  it(`${here}replaces an earlier site but never a folder of other files`, () => {
    const output = join(dir, 'again');
    expect(citegraph(['site', graphFile, '-o', output]).status).toBe(0);
    writeFileSync(join(output, 'graph.json'), 'stale');
    expect(citegraph(['site', graphFile, '-o', output]).status).toBe(0);
    expect(readFileSync(join(output, 'graph.json'), 'utf8')).toBe(readFileSync(graphFile, 'utf8'));

    const foreign = join(dir, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    const run = citegraph(['site', graphFile, '-o', foreign]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`citegraph: ${foreign}: folder is not empty and holds no citegraph site, choose another folder\n`);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
  });

  it(`${here}never removes a file the user added to an earlier site, nor follows a link as the folder`, () => {
    const output = join(dir, 'mine');
    expect(citegraph(['site', graphFile, '-o', output]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(output, '.citegraph-site.json'), 'utf8')).files).toEqual(expect.arrayContaining(['.citegraph-site.json', 'graph.json', 'index.html']));
    writeFileSync(join(output, 'CNAME'), 'graph.example.org');
    const run = citegraph(['site', graphFile, '-o', output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`citegraph: ${output}: holds files citegraph did not write (CNAME); move them away or choose another folder\n`);
    expect(readFileSync(join(output, 'CNAME'), 'utf8')).toBe('graph.example.org');
    expect(existsSync(join(output, 'index.html'))).toBe(true);

    const link = join(dir, 'link');
    symlinkSync(join(dir, 'nowhere'), link);
    const linked = citegraph(['site', graphFile, '-o', link]);
    expect(linked.stderr).toBe(`citegraph: ${link}: is a symbolic link; name the folder itself\n`);
    expect(linked.status).toBe(1);
  });

  it(`${here}refuses a bad graph file with one line and writes nothing`, () => {
    const bad = join(dir, 'not-a-graph.json');
    writeFileSync(bad, JSON.stringify({ attributes: { name: 'other' }, nodes: [], edges: [] }));
    const output = join(dir, 'never');
    const run = citegraph(['site', bad, '-o', output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`citegraph: ${bad}: not a citegraph graph (schema 1): attributes.name is "other", expected "citegraph"\n`);
    expect(existsSync(output)).toBe(false);
  });
});

describe('Host checks', () => {
  /** A raw request, so that the Host headers go out exactly as written (none, or two). */
  function rawRequest(url: string, head: string): Promise<number> {
    const { port, hostname } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), hostname.replace(/^\[|\]$/g, ''), () => socket.end(`GET /graph.json HTTP/1.1\r\n${head}Connection: close\r\n\r\n`));
      let response = '';
      socket.on('data', (chunk) => (response += String(chunk)));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(response)?.[1] ?? 0)));
      socket.on('error', reject);
    });
  }

  it(`${here}checks the Host on every bind address: the address itself, loopback names and --allow-host`, async () => {
    const other = await startServer({ graph: graphFile, host: '127.0.0.2', allowedHosts: ['Graph.Example.org'] });
    try {
      const port = new URL(other.url).port;
      expect((await get(other.url, '/graph.json', { Host: 'attacker.example' })).status).toBe(403);
      expect((await get(other.url, '/graph.json', { Host: `attacker.example:${port}` })).status).toBe(403);
      for (const host of [`127.0.0.2:${port}`, 'localhost', `graph.example.org:${port}`, 'GRAPH.example.org.']) {
        expect((await get(other.url, '/graph.json', { Host: host })).status, host).toBe(200);
      }
    } finally {
      await other.close();
    }
  });

  it(`${here}rejects a request with two Host headers or none`, async () => {
    const port = new URL(server.url).port;
    expect(await rawRequest(server.url, `Host: 127.0.0.1:${port}\r\n`)).toBe(200);
    expect(await rawRequest(server.url, `Host: 127.0.0.1:${port}\r\nHost: attacker.example\r\n`)).toBe(400);
    expect(await rawRequest(server.url, `Host: attacker.example\r\nHost: 127.0.0.1:${port}\r\n`)).toBe(400);
  });

  it(`${here}holds 1,000 concurrent loopback connections with zero errors`, async () => {
    const { child, url } = runServe([graphFile], {});
    try {
      const base = await url;
      const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
      const started = performance.now();
      const statuses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) => new Promise<number>((resolve, reject) => {
          const req = request(new URL(i % 2 === 0 ? 'graph.json' : 'index.html', base), { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', reject);
          req.end();
        })),
      );
      agent.destroy();
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      child.kill();
    }
  }, 60_000);
});
