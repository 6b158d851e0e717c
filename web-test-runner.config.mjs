// Component and unit tests in three engines, Debian's builds (test/engines/engines.mjs):
// - Chromium (Playwright, headless): every test file but those in NOT_RUN; the camera is Chromium's fake capture device
//   playing a committed clip (test/browser-launch.mjs).
// - Firefox (puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser over WebDriver),
//   each windowed on its own virtual display: every file but those in NOT_RUN (test/engines/test-files.mjs,
//   each with its reason, printed at the start) and the pure-logic files (test/engines/pure-logic.mjs: the
//   same JavaScript in every engine, run in Chromium only, checked to be pure); the camera is the test-only clip player
//   (test/engines/camera-override.js) playing the same committed clip.
// TEST_ENGINES=chromium,firefox,webkit picks engines (default: all three). Files named on the command
// line run in every selected engine that runs them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { launchOptions, fixture } from './test/browser-launch.mjs';
import { selectedEngines } from './test/engines/engines.mjs';
import { pureLogicListProblems } from './test/engines/pure-logic.mjs';
import { filesToRun, notRunLines, runsIn } from './test/engines/test-files.mjs';
import { timingReporter } from './test/engines/timing-reporter.mjs';
import { firefoxLauncher, webkitLauncher } from './test/engines/wtr-launchers.mjs';

const clip = process.env.FAKE_CAM || fixture('face.mjpeg');

/** The test page of Firefox and WebKit: the clip player first, then the test framework. */
const withTestCamera = (testFramework) => `<!doctype html>
<html>
  <head><script src="/test/engines/camera-override.js" data-clip="/test/fixtures/face.mjpeg"></script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`;

// A file listed as pure logic runs in Chromium only: refuse to start while one is not pure.
const impure = pureLogicListProblems();
if (impure.length > 0)
  throw new Error(`Listed as pure logic (test/engines/pure-logic.mjs) but not pure:\n  ${impure.join('\n  ')}`);
const files = filesToRun();
const runs = [];
for (const line of notRunLines(selectedEngines())) console.log(line);
for (const engine of selectedEngines()) {
  const engineFiles = files.filter((f) => runsIn(engine, f));
  if (engine === 'chromium' && engineFiles.length > 0)
    runs.push({
      name: 'chromium',
      files: engineFiles,
      browsers: [playwrightLauncher({ product: 'chromium', launchOptions: launchOptions(clip) })],
    });
  if (engine !== 'chromium' && engineFiles.length > 0)
    runs.push({
      name: engine,
      files: engineFiles,
      browsers: [engine === 'firefox' ? firefoxLauncher() : webkitLauncher()],
      testRunnerHtml: withTestCamera,
    });
}
if (runs.length === 0) throw new Error('No test file to run in the selected engines');
// The first engine is web-test-runner's default group (command-line files replace its list with the
// same files); the others are groups of their own.
const [first, ...others] = runs;

export default {
  rootDir: '.',
  files: first.files,
  browsers: first.browsers,
  testRunnerHtml: first.testRunnerHtml,
  groups: others,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  reporters: [defaultReporter(), timingReporter()],
  concurrency: 1,
  // One engine at a time unless WTR_CONCURRENT_BROWSERS says otherwise: on two cores, WebKit's automation
  // hung (WebDriver calls timing out) when it ran beside Chromium and Firefox; alone it passed every run.
  // `npm test` runs Chromium and Firefox side by side, then WebKit alone.
  concurrentBrowsers: Number(process.env.WTR_CONCURRENT_BROWSERS ?? 1),
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
