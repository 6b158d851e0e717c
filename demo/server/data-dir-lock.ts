/**
 * One writer per data dir: `createApp` takes `<data dir>/verilock.lock` (created exclusively, holding
 * the owner's pid) and gives it back on close. A second server on the same data dir refuses to start
 * with a message naming the owner; a lock left behind by a process that is gone is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'verilock.lock';

/** Data dirs held by this process (a pid alone can't tell two apps of one process apart). */
const heldHere = new Set<string>();

export class DataDirLocked extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Verilock server (pid ${ownerPid}). ` +
        'Stop that server, or give this one its own VERILOCK_DATA_DIR.',
    );
    this.name = 'DataDirLocked';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data dir's lock; returns the function that releases it. Throws {@link DataDirLocked}. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  if (heldHere.has(path)) throw new DataDirLocked(dataDir, process.pid);
  for (let tries = 0; tries < 3; tries++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        try {
          if (Number(readFileSync(path, 'utf8').trim()) === process.pid) unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let owner = NaN;
    try {
      owner = Number(readFileSync(path, 'utf8').trim());
    } catch {
      continue; // removed meanwhile: try again
    }
    // This process's own pid in a lock it doesn't hold is a leftover of an app that was never closed.
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
      throw new DataDirLocked(dataDir, owner);
    }
    try {
      unlinkSync(path); // stale: its process is gone
    } catch {
      /* someone else took it over first; the next try sees their lock */
    }
  }
  throw new Error(`Could not take the lock ${path}.`);
}
