// Component and unit tests in real Chromium (Debian's), with a fake camera.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { launchOptions, fixture } from './test/browser-launch.mjs';

const clip = process.env.FAKE_CAM || fixture('face.mjpeg');

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: launchOptions(clip) })],
};
