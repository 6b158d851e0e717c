import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { launchOptions, fixture } from './test/browser-launch.mjs';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 8797);
export const E2E_API_KEY = 'vlk_e2e_0123456789abcdef0123456789abcdef';
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'verilock-e2e-data-'));
process.env.E2E_DATA_DIR = dataDir;

/** End-to-end tests: the built widget, served by the reference backend, in Debian's Chromium with a fake camera. */
export default defineConfig({
  testDir: 'test/e2e',
  // Two browsers at a time by default (the walks mostly wait on the camera, timers and the network); the
  // files' own tests run in order. E2E_WORKERS=1 runs one at a time.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: launchOptions(fixture('face.mjpeg')),
    permissions: ['camera'],
    viewport: { width: 375, height: 812 },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node --import tsx demo/server/start.ts',
    url: `http://127.0.0.1:${E2E_PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      VERILOCK_API_KEYS: E2E_API_KEY,
      VERILOCK_DATA_DIR: dataDir,
      VERILOCK_FRAME_ANCESTORS: `'self' http://localhost:${E2E_PORT}`,
    },
  },
});
