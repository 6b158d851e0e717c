/**
 * `GET /healthz`: the database answers a query and the captures directory takes a file.
 */
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DB } from './db.js';

export type HealthCheck = 'database' | 'captures_dir';

/** The checks that fail, in a fixed order; empty when healthy. */
export async function failingChecks(db: DB, capturesDir: string): Promise<HealthCheck[]> {
  const failing: HealthCheck[] = [];
  try {
    db.prepare('SELECT 1').get();
  } catch {
    failing.push('database');
  }
  const probe = join(capturesDir, `.healthz-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, '', { mode: 0o600, flag: 'wx' });
    await rm(probe, { force: true });
  } catch {
    failing.push('captures_dir');
  }
  return failing;
}
