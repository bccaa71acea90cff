import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { gzipSync } from 'node:zlib';

/** Loopback-only servers for the import tests: a fixture site and a "forbidden" listener that counts. */

const FIXTURES = new URL('../../../fixtures/ingest/', import.meta.url);
export const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

export interface FixtureSite {
  port: number;
  origin: string;
  /** TCP connections accepted so far. */
  connections: () => number;
  /** Host headers of the requests received, in order. */
  hosts: string[];
  close: () => Promise<void>;
}

const MB = 1024 * 1024;

export async function startFixtureSite(): Promise<FixtureSite> {
  const article = fixture('news-article.html');
  // Served as real windows-1252 bytes with the charset only in a <meta>, to exercise decoding.
  const blog = Buffer.from(fixture('blog-post.html').replaceAll('&eacute;', 'é'), 'latin1');
  const gzippedArticle = gzipSync(article);
  // 64 MB of spaces compresses to about 64 kB: a small download that would be huge once inflated.
  const bomb = gzipSync(Buffer.alloc(64 * MB, ' '.charCodeAt(0)), { level: 9 });
  const hosts: string[] = [];
  let connections = 0;
  const sockets = new Set<net.Socket>();

  const server = http.createServer((req, res) => {
    hosts.push(req.headers.host ?? '');
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    switch (url.pathname) {
      case '/article':
        return html(article);
      case '/article-gzip':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
        return res.end(gzippedArticle);
      case '/article.xhtml':
        return html(article, 'application/xhtml+xml; charset=utf-8');
      case '/blog':
        return html(blog, 'text/html');
      case '/plain':
        return html(fixture('plain-article.txt'), 'text/plain; charset=utf-8');
      case '/section':
        return html(fixture('section-front.html'));
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
      case '/no-type':
        res.writeHead(200);
        return res.end(article);
      case '/big': {
        // 6 MB, chunked, no Content-Length: the cap must be enforced while reading.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'filler text '.repeat(1000)}</p>\n`;
        let sent = 0;
        const pump = () => {
          while (sent < 6 * MB) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once('drain', pump);
          }
          res.end();
        };
        return pump();
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * MB) });
        return res.write('<html><body><p>only the beginning'); // the rest never comes
      case '/bomb':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        return res.end(bomb);
      case '/slow':
        // Headers and the start of a page, then nothing: only the time budget ends this.
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.write('<html><head><title>Slow</title></head><body><p>Once upon a');
      case '/slow-headers':
        return; // never answers
      case '/redirect': {
        res.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
        return res.end();
      }
      case '/redirect-no-location':
        res.writeHead(301);
        return res.end();
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>Not found</h1>');
      default: {
        // /hops/N redirects N more times (relative Location), then lands on the article.
        const hops = /^\/hops\/(\d+)$/.exec(url.pathname);
        if (hops) {
          const n = Number(hops[1]);
          res.writeHead(n > 0 ? 301 : 307, { location: n > 0 ? `/hops/${n - 1}` : '/article' });
          return res.end();
        }
        res.writeHead(404);
        return res.end();
      }
    }
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    connections: () => connections,
    hosts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface ForbiddenListener {
  port: number;
  /** Connections accepted on 127.0.0.1 and ::1 together; every hostile test expects 0. */
  connections: () => number;
  close: () => Promise<void>;
}

/** A listener on 127.0.0.1 and, with the same port, on ::1, that answers nothing and counts connections. */
export async function startForbiddenListener(): Promise<ForbiddenListener> {
  let connections = 0;
  const onConnection = (socket: net.Socket) => {
    connections++;
    socket.destroy();
  };
  const v4 = net.createServer(onConnection);
  const port = await listen(v4, 0, '127.0.0.1');
  const v6 = net.createServer(onConnection);
  const v6Listening = await listen(v6, port, '::1').then(
    () => true,
    () => false, // no IPv6 loopback here: connections to [::1] then fail anyway
  );
  return {
    port,
    connections: () => connections,
    close: async () => {
      await new Promise<void>((resolve) => v4.close(() => resolve()));
      if (v6Listening) await new Promise<void>((resolve) => v6.close(() => resolve()));
    },
  };
}

function listen(server: net.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}
