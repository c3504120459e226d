import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const answers: unknown[] = [];
const asked: string[] = [];
vi.mock('@clack/prompts', () => ({
  isCancel: (value: unknown) => typeof value === 'symbol',
  confirm: async (o: { message: string }) => {
    asked.push(o.message);
    return answers.shift();
  },
}));

const { runCli } = await import('../src/main.js');
const { fakeIo } = await import('./fake-io.js');

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-delete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function cli(store: string, interactive: boolean, ...args: string[]) {
  const f = fakeIo({ interactive, env: { LANG: 'de_DE.UTF-8', WIDERSPRUCH_STORE: store } });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

async function storeWithCase() {
  const store = join(dir, `s${++n}.sqlite`);
  const r = await cli(store, false, 'case', 'add', 'facebook', '--account', 'a@example.org');
  return { store, id: r.stdout.trim().split('\n').at(-1) as string };
}

const count = async (store: string) =>
  JSON.parse((await cli(store, false, 'case', 'list', '--json')).stdout).cases.length;

beforeEach(() => {
  answers.length = 0;
  asked.length = 0;
});

describe('case delete', () => {
  it('without a terminal needs --yes and says so', async () => {
    const { store, id } = await storeWithCase();
    const refused = await cli(store, false, 'case', 'delete', id);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`widerspruch case delete ${id} --yes`);
    expect(await count(store)).toBe(1);
    const done = await cli(store, false, 'case', 'delete', id, '--yes');
    expect(done.code).toBe(0);
    expect(done.stdout).toBe(`Gelöscht: ${id}\n`);
    expect(await count(store)).toBe(0);
    expect(asked).toEqual([]);
  });

  it('in a terminal asks first and deletes only on yes', async () => {
    const { store, id } = await storeWithCase();
    answers.push(false, Symbol('cancel'));
    for (let i = 0; i < 2; i++) {
      const kept = await cli(store, true, 'case', 'delete', id);
      expect(kept.code).toBe(0);
      expect(kept.stdout).toBe('Nichts gelöscht.\n');
    }
    expect(await count(store)).toBe(1);
    answers.push(true);
    expect((await cli(store, true, 'case', 'delete', id)).stdout).toBe(`Gelöscht: ${id}\n`);
    expect(asked).toHaveLength(3);
    expect(asked[0]).toContain('Facebook · a@example.org');
    expect(await count(store)).toBe(0);
  });
});
