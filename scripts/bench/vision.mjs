// Bench page: face detection and landmark latency per 640×480 camera frame, with the same settings as
// src/vision/mediapipe.ts (CPU delegate, VIDEO mode, minDetectionConfidence 0.7, one face, no
// blendshapes) and the same loop as src/controllers/face-detection-controller.ts: one synchronous call
// per frame from requestVideoFrameCallback, frames that arrive meanwhile are skipped (never queued);
// `offered` counts the frames the video presented (presentedFrames), `processed` the ones that went
// through the task. As the widget does, the detector is given the 640×480 frame drawn on a reused 2D canvas
// (DETECT_INPUT_MIN_WIDTH, ThumbnailSampler.reduce), the landmarker the video itself; the time per frame
// includes that draw. The wasm and models are the ones the build ships, by their stable names (the npm
// package's dist/mediapipe/, routed by the bench under /__bench/mediapipe/: the same bytes as the hashed
// copies under /sdk/mediapipe/); tasks-vision is the package version the build bundles.
import { FaceDetector, FaceLandmarker, FilesetResolver } from '/__bench/tasks-vision.mjs';

const ASSETS = '/__bench/mediapipe/';
/** First calls include graph warm-up; they are left out of the latency figures. */
const WARMUP_FRAMES = 5;

function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `infer(ts)` on each new frame for `ms` milliseconds after warm-up. */
function frameLoop(video, infer, ms) {
  return new Promise((resolve) => {
    let first = -1;
    let last = 0;
    let processed = 0;
    let warm = 0;
    let withFace = 0;
    let lastTs = 0;
    let busy = false;
    let started = 0;
    const latencies = [];
    const onFrame = (now, meta) => {
      if (warm >= WARMUP_FRAMES) {
        if (first < 0) {
          first = meta.presentedFrames;
          started = now;
        }
        last = meta.presentedFrames;
      }
      if (!busy) {
        busy = true;
        const ts = Math.max(now, lastTs + 1);
        lastTs = ts;
        const t0 = performance.now();
        const faces = infer(ts);
        const dt = performance.now() - t0;
        busy = false;
        if (warm < WARMUP_FRAMES) warm++;
        else {
          processed++;
          latencies.push(dt);
          if (faces > 0) withFace++;
        }
      }
      if (first >= 0 && now - started >= ms) {
        const sorted = latencies.sort((a, b) => a - b);
        resolve({
          offered: last - first + 1,
          processed,
          withFace,
          seconds: (now - started) / 1000,
          medianMs: median(sorted),
          p90Ms: percentile(sorted, 0.9),
        });
        return;
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  });
}

/** The video's current 640×480 frame drawn on a reused 2D canvas, as the widget gives it to the detector. */
function frameCanvas(video) {
  const width = video.videoWidth;
  const height = video.videoHeight;
  const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  return () => {
    ctx.drawImage(video, 0, 0, width, height);
    return ctx.canvas;
  };
}

/** Measures the camera alone (no inference): the frame rate the video presents. */
function idleLoop(video, ms) {
  return new Promise((resolve) => {
    let first = -1;
    let started = 0;
    const onFrame = (now, meta) => {
      if (first < 0) {
        first = meta.presentedFrames;
        started = now;
      }
      if (now - started >= ms) {
        resolve({ offered: meta.presentedFrames - first, seconds: (now - started) / 1000 });
        return;
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  });
}

window.runVisionBench = async ({ ms = 4000 } = {}) => {
  const video = document.querySelector('video');
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
  video.srcObject = stream;
  await video.play();
  const files = await FilesetResolver.forVisionTasks(`${ASSETS}wasm`);
  const idle = await idleLoop(video, 1500);

  let t0 = performance.now();
  const detector = await FaceDetector.createFromOptions(files, {
    baseOptions: { modelAssetPath: `${ASSETS}models/face_detector.tflite`, delegate: 'CPU' },
    runningMode: 'VIDEO',
    minDetectionConfidence: 0.7,
  });
  const detectorLoadMs = performance.now() - t0;
  const frame = frameCanvas(video);
  const detect = await frameLoop(video, (ts) => detector.detectForVideo(frame(), ts).detections.length, ms);
  detector.close();

  t0 = performance.now();
  const landmarker = await FaceLandmarker.createFromOptions(files, {
    baseOptions: { modelAssetPath: `${ASSETS}models/face_landmarker.task`, delegate: 'CPU' },
    runningMode: 'VIDEO',
    numFaces: 1,
    outputFaceBlendshapes: false,
    outputFacialTransformationMatrixes: false,
  });
  const landmarkerLoadMs = performance.now() - t0;
  const landmarks = await frameLoop(video, (ts) => landmarker.detectForVideo(video, ts).faceLandmarks.length, ms);
  landmarker.close();
  for (const t of stream.getTracks()) t.stop();

  return {
    width: video.videoWidth,
    height: video.videoHeight,
    cameraFps: idle.offered / idle.seconds,
    detectorLoadMs,
    landmarkerLoadMs,
    detect,
    landmarks,
  };
};
window.dispatchEvent(new Event('bench-ready'));
