/**
 * SQLite that doesn't freeze the server: while another process holds the write lock, `/healthz` and
 * reads keep being answered, and a write waits asynchronously and lands once the lock is gone. One
 * server per data dir: a second one refuses to start, naming the owner; a stale lock is taken over.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createApp } from '../../demo/server/app.js';
import { loadConfig } from '../../demo/server/config.js';
import { DataDirLocked, LOCK_FILE } from '../../demo/server/data-dir-lock.js';
import { DB_FILE } from '../../demo/server/db.js';
import { API_KEY, createKyc, makeApp, removeDir, tempDir, withApp } from './helpers.js';

describe('SQLite under another writer', () => {
  it('/healthz and reads stay answered while another process holds the write lock; the write lands after', async () => {
    await withApp({}, async (t) => {
      const s = await createKyc(t, {}, ['selfie']);
      const other = new Database(join(t.dir, DB_FILE));
      other.exec('BEGIN IMMEDIATE');
      let settled = false;
      let created: Response | undefined;
      try {
        const pending = t
          .api('POST', '/api/v1/sessions', {
            type: 'kyc',
            steps: ['selfie'],
            applicant: { first_name: 'Ana', last_name: 'Lima' },
          })
          .then((res) => {
            settled = true;
            created = res;
          });
        // While the write waits for the lock, the server answers health checks and reads.
        for (let i = 0; i < 5; i++) {
          const health = await t.request('/healthz');
          assert.equal(health.status, 200);
          assert.equal((await t.api('GET', `/api/v1/sessions/${s.id}`)).status, 200);
        }
        assert.equal(settled, false, 'the write is still waiting for the lock, without blocking anyone');
        other.exec('COMMIT');
        await pending;
      } finally {
        if (other.inTransaction) other.exec('COMMIT');
        other.close();
      }
      assert.equal(created!.status, 201, await created!.clone().text());
    });
  });
});

describe('one server per data dir', () => {
  it('a second app on the same data dir refuses to start, naming the owner; closing frees it', async () => {
    const dir = tempDir();
    const first = makeApp({}, dir);
    try {
      assert.throws(
        () => makeApp({}, dir),
        (err: Error) => err instanceof DataDirLocked && err.message.includes(`pid ${process.pid}`),
      );
      assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(process.pid));
    } finally {
      await first.close();
    }
    assert.equal(existsSync(join(dir, LOCK_FILE)), false);
    const again = makeApp({}, dir);
    await again.close();
    removeDir(dir);
  });

  it('a lock held by another live process refuses; one left by a dead process is taken over', async () => {
    const dir = tempDir();
    const config = loadConfig({}, { dataDir: dir, apiKeys: [API_KEY], demoEmbedPort: null, log: () => undefined });
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, LOCK_FILE), `${sleeper.pid}\n`);
      assert.throws(() => createApp(config), /in use by another Verilock server \(pid \d+\)/);
    } finally {
      sleeper.kill();
    }
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, LOCK_FILE), `${dead.stdout}\n`);
    const app = createApp(config);
    assert.equal(readFileSync(join(dir, LOCK_FILE), 'utf8').trim(), String(process.pid));
    await app.close();
    removeDir(dir);
  });

  it('npm start on a data dir in use exits with the message, no stack trace', () => {
    const dir = tempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, LOCK_FILE), `${sleeper.pid}\n`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'demo/server/start.ts'], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, VERILOCK_DATA_DIR: dir, PORT: '0', DEMO_EMBED_PORT: '0', VERILOCK_API_KEYS: API_KEY },
      });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /is in use by another Verilock server \(pid \d+\)\. Stop that server/);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    } finally {
      sleeper.kill();
      removeDir(dir);
    }
  });
});
