/**
 * One vision runtime per page: each MediaPipe task (the face detector, the face landmarker) is created
 * once per assets base and lent to every camera step and retake that needs it, so the wasm runtime is
 * compiled and the model loaded once per task for the page, not once per step.
 *
 *   const lease = await leaseVisionTask(assetsBase, 'detect');
 *   lease.task.detectForVideo(video, lease.timestamp(now));
 *   lease.release();   // the step is done: the task stays warm for the next step
 *   lease.discard();   // the task failed: closed now, the next lease creates a new one
 *
 * A task nobody holds is closed after {@link IDLE_CLOSE_MS} (the flow ended, or the applicant left the
 * camera steps), or at once by {@link closeVisionTasks} (the element went away), so an idle page keeps no
 * wasm heap.
 */
import type { FaceDetector, FaceLandmarker } from '@mediapipe/tasks-vision';
import { loadFaceDetector, loadFaceLandmarker } from './mediapipe.js';

export type VisionTaskKind = 'detect' | 'landmarks';
type TaskOf<K extends VisionTaskKind> = K extends 'detect' ? FaceDetector : FaceLandmarker;

/** How long a task nobody holds stays open for the next step (review screens sit between camera steps). */
export const IDLE_CLOSE_MS = 60_000;

interface Shared {
  key: string;
  task: Promise<FaceDetector | FaceLandmarker>;
  holders: number;
  /** Last timestamp given to the task: VIDEO mode needs them increasing across every holder. */
  lastTs: number;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

/** A borrowed task. */
export interface VisionLease<T> {
  readonly task: T;
  /** A timestamp for `detectForVideo`, above every one this task was given before. */
  timestamp(now: number): number;
  /** Gives the task back (it stays open for the next step); idempotent. */
  release(): void;
  /** The task failed: closes it for every holder, so the next lease creates a new one; idempotent. */
  discard(): void;
}

const shared = new Map<string, Shared>();
let created = 0;

/** How many tasks this page has created (diagnostics and tests). */
export function visionTasksCreated(): number {
  return created;
}

function closeEntry(entry: Shared): void {
  clearTimeout(entry.idleTimer);
  if (shared.get(entry.key) === entry) shared.delete(entry.key);
  entry.task.then(
    (task) => {
      try {
        task.close();
      } catch {
        /* a task that failed may not close cleanly; it is dropped either way */
      }
    },
    () => undefined,
  );
}

/**
 * Lends the page's task of this kind for `assetsBase`, creating it on first use (VIDEO mode, the
 * settings of ./mediapipe.ts). Rejects with the loader's {@link VisionLoadError}; a failed creation is
 * forgotten, so the next lease tries again.
 */
export async function leaseVisionTask<K extends VisionTaskKind>(
  assetsBase: string,
  kind: K,
): Promise<VisionLease<TaskOf<K>>> {
  const key = `${kind}|${assetsBase}`;
  let entry = shared.get(key);
  if (!entry) {
    const task = kind === 'detect' ? loadFaceDetector(assetsBase) : loadFaceLandmarker(assetsBase);
    created++;
    const fresh: Shared = { key, task, holders: 0, lastTs: 0, idleTimer: undefined };
    task.catch(() => {
      if (shared.get(key) === fresh) shared.delete(key);
    });
    shared.set(key, fresh);
    entry = fresh;
  }
  const held = entry;
  held.holders++;
  clearTimeout(held.idleTimer);
  held.idleTimer = undefined;
  let returned = false;
  const giveBack = (): boolean => {
    if (returned) return false;
    returned = true;
    held.holders--;
    return true;
  };
  let task: FaceDetector | FaceLandmarker;
  try {
    task = await held.task;
  } catch (e) {
    giveBack();
    throw e;
  }
  return {
    task: task as TaskOf<K>,
    timestamp(now) {
      held.lastTs = Math.max(now, held.lastTs + 1);
      return held.lastTs;
    },
    release() {
      if (!giveBack() || held.holders > 0 || shared.get(key) !== held) return;
      held.idleTimer = setTimeout(() => {
        if (held.holders === 0) closeEntry(held);
      }, IDLE_CLOSE_MS);
    },
    discard() {
      giveBack();
      closeEntry(held);
    },
  };
}

/** Closes every task nobody holds now (an element that used them went away); held ones close when returned. */
export function closeVisionTasks(): void {
  for (const entry of [...shared.values()]) if (entry.holders === 0) closeEntry(entry);
}
