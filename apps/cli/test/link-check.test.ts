import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks } from '../src/commands/link-check.js';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') res.writeHead(200).end('fine');
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/no-head' && req.method === 'HEAD') res.writeHead(405).end();
    else if (path === '/no-head') res.writeHead(200).end('get works');
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end(), 2000);
    else res.writeHead(404).end('missing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const options = { timeoutMs: 500, maxRedirects: 3 };

describe('catalog link check (against a local server)', () => {
  it('reports ok, redirects with their target, broken links and time-outs', async () => {
    expect(await checkLink(`${base}/ok`, options)).toMatchObject({ status: 'ok', code: 200 });
    expect(await checkLink(`${base}/moved`, options)).toMatchObject({
      status: 'redirect',
      finalUrl: `${base}/ok`,
    });
    expect(await checkLink(`${base}/gone`, options)).toMatchObject({ status: 'broken', code: 404 });
    expect(await checkLink(`${base}/loop`, options)).toMatchObject({
      status: 'broken',
      detail: 'more than 3 redirects',
    });
    expect(await checkLink(`${base}/slow`, options)).toMatchObject({
      status: 'error',
      detail: 'no answer within 500 ms',
    });
  });

  it('falls back to GET when HEAD is refused', async () => {
    expect(await checkLink(`${base}/no-head`, options)).toMatchObject({ status: 'ok', code: 200 });
  });

  it('checks many URLs with bounded concurrency, keeping their order', async () => {
    const urls = ['/ok', '/gone', '/moved', '/ok'].map((p) => `${base}${p}`);
    const results = await checkLinks(urls, { ...options, concurrency: 2 });
    expect(results.map((r) => r.status)).toEqual(['ok', 'broken', 'redirect', 'ok']);
  });

  it('reports an address that cannot be reached at all', async () => {
    const result = await checkLink('http://127.0.0.1:1/', options);
    expect(result.status).toBe('error');
  });
});

describe('widerspruch catalog links: option values', () => {
  it.each([
    ['--concurrency', '0'],
    ['--concurrency', '-5'],
    ['--timeout', 'abc'],
    ['--timeout', '1e12'],
  ])('refuses %s %s with a usage error before checking anything', async (option, value) => {
    const { runCli } = await import('../src/main.js');
    const { fakeIo } = await import('./fake-io.js');
    const f = fakeIo();
    const code = await runCli(['catalog', 'links', option, value, '--only', 'no-such-url'], f.io);
    expect(code).toBe(2);
    expect(f.stderr()).toMatch(new RegExp(`${option} braucht eine ganze Zahl`));
  });
});
