import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { parsePort } from './main.js';

const root = mkdtempSync(join(tmpdir(), 'widerspruch-server-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the web server', () => {
  const app = createApp({ root });

  it('answers methods other than GET and HEAD with 405 and the allowed ones', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await app.request('/index.html', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(response.headers.get('content-security-policy')).toBeTruthy();
    }
    expect((await app.request('/index.html')).status).toBe(200);
    expect((await app.request('/index.html', { method: 'HEAD' })).status).toBe(200);
  });

  it('takes PORT as a whole number from 1 to 65535; empty is an error, not any port', () => {
    expect(parsePort(undefined)).toBe(8080);
    expect(parsePort('8081')).toBe(8081);
    for (const bad of ['', ' ', '0', '65536', '80a', '8.5', '-1'])
      expect(parsePort(bad)).toMatchObject({ error: expect.stringContaining('PORT') });
  });
});
