// Renders the synthetic "live head" clip in the browser (driven by render-head.mjs):
//  1. FaceLandmarker (IMAGE mode, the product's own model) finds the 478 landmarks of the photo.
//  2. A mesh: the 468 face points, rings of points scaled out from the face oval (head, hair, neck,
//     background) and points along the photo's border, triangulated in 2D (Delaunay) — one continuous
//     warp of the photo, so nothing is left uncovered when the head turns.
//  3. Per frame of the timeline: eyelids and mouth corners are moved in 2D, then the head turns in 3D
//     about a vertical axis (weight 1 on the face, fading to 0 on the background), and the photo is
//     drawn as the mesh's texture with WebGL2, orthographic, depth-tested.
//  4. Each frame → JPEG (canvas.toBlob) → POST /frames (the Node side concatenates them: MJPEG).
// Optional: the same landmarker in VIDEO mode on every decoded JPEG, reporting the product's signals
// (or another landmarker, and the face detector's detections, for a model parity study).
import Delaunator from 'delaunator';
import { FaceDetector, FaceLandmarker, FilesetResolver } from '/node_modules/@mediapipe/tasks-vision/vision_bundle.mjs';
import { HEIGHT, WIDTH, timeline } from './timeline.js';

/** Face oval, clockwise from the forehead. */
const OVAL = [
  10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377, 152, 148, 176, 149, 150, 136,
  172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
];
/** Per eye: upper-lid points, the lower-lid points below them (same order), the crease above the lid. */
const LIDS = [
  {
    upper: [246, 161, 160, 159, 158, 157, 173],
    lower: [7, 163, 144, 145, 153, 154, 155],
    crease: [247, 30, 29, 27, 28, 56, 190],
  },
  {
    upper: [466, 388, 387, 386, 385, 384, 398],
    lower: [249, 390, 373, 374, 380, 381, 382],
    crease: [467, 260, 259, 257, 258, 286, 414],
  },
];
/** Rings around the oval: scale from the face centre, share of the head's rotation. */
const RINGS = [
  [1.12, 1],
  [1.3, 1],
  [1.55, 0.7],
  [1.85, 0.35],
  [2.3, 0.1],
  [3.0, 0],
];
/** The closed upper lid passes the lower-lid points by this share (the photo's eye opening reaches below them). */
const LID_OVERSHOOT = 0.3;
/** Mouth-corner movement at a full smile, in mouth widths. */
const SMILE_OUT = 0.16;
const SMILE_UP = 0.08;

const loadImage = async (src) => {
  const img = new Image();
  img.src = src;
  await img.decode();
  return img;
};

async function landmarker(assets, runningMode, model = `${assets}models/face_landmarker.task`) {
  const files = await FilesetResolver.forVisionTasks(`${assets}wasm`);
  return FaceLandmarker.createFromOptions(files, {
    baseOptions: { modelAssetPath: model, delegate: 'CPU' },
    runningMode,
    numFaces: 1,
  });
}

/** The product's signals (src/vision/liveness.ts), on normalised landmarks of a 4:3 frame. */
/** The face detector in VIDEO mode (low threshold: scores near the product's 0.7 are reported too). */
async function detector(assets, model) {
  const files = await FilesetResolver.forVisionTasks(`${assets}wasm`);
  return FaceDetector.createFromOptions(files, {
    baseOptions: { modelAssetPath: model, delegate: 'CPU' },
    runningMode: 'VIDEO',
    minDetectionConfidence: 0.3,
  });
}

function signals(lm) {
  const a = WIDTH / HEIGHT;
  const d = (i, j) => Math.hypot((lm[i].x - lm[j].x) * a, lm[i].y - lm[j].y);
  const span = lm[454].x - lm[234].x;
  return {
    yaw: (lm[1].x - lm[234].x) / span - 0.5,
    ear: (d(159, 145) / d(33, 133) + d(386, 374) / d(362, 263)) / 2,
    mouth: d(61, 291) / d(234, 454),
    noseX: lm[1].x * WIDTH,
    noseY: lm[1].y * HEIGHT,
    faceWidth: d(234, 454) * HEIGHT,
  };
}

function shader(gl, type, source) {
  const s = gl.createShader(type);
  gl.shaderSource(s, source);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(s) ?? 'shader');
  return s;
}

window.renderHead = async ({
  photo,
  assets,
  quality = 0.8,
  measure = false,
  measureModel = undefined,
  detectorModel = undefined,
  keepLandmarks = false,
  stills = [],
}) => {
  const started = performance.now();
  const img = await loadImage(photo);
  const W = img.naturalWidth;
  const H = img.naturalHeight;
  const still = await landmarker(assets, 'IMAGE');
  const found = still.detect(img).faceLandmarks[0];
  still.close();
  if (!found) throw new Error('no face found in the photo');
  const L = found.map((p) => [p.x * W, p.y * H, p.z * W]);

  // ---- mesh ----
  const oval = OVAL.map((i) => L[i]);
  const cx = oval.reduce((s, p) => s + p[0], 0) / oval.length;
  const cy = oval.reduce((s, p) => s + p[1], 0) / oval.length;
  const chinY = Math.max(...oval.map((p) => p[1]));
  const faceW = Math.hypot(L[454][0] - L[234][0], L[454][1] - L[234][1]);
  const axisZ = (L[234][2] + L[454][2]) / 2 + 0.05 * faceW; // the turn's axis: just behind the cheeks
  const P = [];
  const weight = [];
  for (let i = 0; i < 468; i++) {
    P.push(L[i].slice());
    weight.push(1);
  }
  for (const [scale, w] of RINGS) {
    for (const k of OVAL) {
      const o = L[k];
      const x = cx + scale * (o[0] - cx);
      const y = cy + scale * (o[1] - cy);
      if (x <= 1 || y <= 1 || x >= W - 1 || y >= H - 1) continue;
      const below = Math.max(0, (o[1] - cy) / (chinY - cy)); // 1 at the chin: the neck turns less
      P.push([x, y, o[2] + (axisZ - o[2]) * Math.min(1, (scale - 1) / 0.3)]);
      weight.push(scale > 1.2 ? w * (1 - 0.5 * below * below) : w);
    }
  }
  const STEP = 32;
  for (let x = 0; x <= W; x += STEP) {
    P.push([x, 0, axisZ], [x, H, axisZ]);
    weight.push(0, 0);
  }
  for (let y = STEP; y < H; y += STEP) {
    P.push([0, y, axisZ], [W, y, axisZ]);
    weight.push(0, 0);
  }
  const triangles = new Delaunator(P.flatMap((p) => [p[0], p[1]])).triangles;

  // the 640×480 view: the face about 1/3.6 of its width, centred, inside the photo
  let cw = Math.min(W, faceW * 3.6);
  let ch = (cw * HEIGHT) / WIDTH;
  if (ch > H) {
    ch = H;
    cw = (ch * WIDTH) / HEIGHT;
  }
  const x0 = Math.min(Math.max(0, cx - cw / 2), W - cw);
  const y0 = Math.min(Math.max(0, cy - ch * 0.45), H - ch);

  // ---- WebGL2 ----
  const canvas = document.getElementById('view');
  const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: true, antialias: true });
  if (!gl) throw new Error('WebGL2 is not available');
  const program = gl.createProgram();
  gl.attachShader(
    program,
    shader(
      gl,
      gl.VERTEX_SHADER,
      `#version 300 es
    in vec3 aPos; in vec2 aUv; out vec2 vUv;
    void main() { vUv = aUv; gl_Position = vec4(aPos, 1.0); }`,
    ),
  );
  gl.attachShader(
    program,
    shader(
      gl,
      gl.FRAGMENT_SHADER,
      `#version 300 es
    precision highp float; in vec2 vUv; uniform sampler2D uTex; uniform float uFrame; out vec4 color;
    // A camera's sensor noise (about ±1.5 levels): no two frames of the clip are byte-identical, as with
    // a real camera, so the server's check against a frame reused as another capture is not tripped.
    float noise(vec2 p) { return fract(sin(dot(p, vec2(12.9898, 78.233))) * 43758.5453); }
    void main() {
      vec3 rgb = texture(uTex, vUv).rgb + (noise(gl_FragCoord.xy + uFrame * vec2(7.13, 3.71)) - 0.5) * (3.0 / 255.0);
      color = vec4(rgb, 1.0);
    }`,
    ),
  );
  gl.linkProgram(program);
  gl.useProgram(program);
  gl.bindTexture(gl.TEXTURE_2D, gl.createTexture());
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, img);
  gl.generateMipmap(gl.TEXTURE_2D);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  const aPos = gl.getAttribLocation(program, 'aPos');
  const aUv = gl.getAttribLocation(program, 'aUv');
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(P.flatMap((p) => [p[0] / W, p[1] / H])), gl.STATIC_DRAW);
  gl.enableVertexAttribArray(aUv);
  gl.vertexAttribPointer(aUv, 2, gl.FLOAT, false, 0, 0);
  const posBuffer = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, posBuffer);
  gl.enableVertexAttribArray(aPos);
  gl.vertexAttribPointer(aPos, 3, gl.FLOAT, false, 0, 0);
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, new Uint32Array(triangles), gl.STATIC_DRAW);
  gl.enable(gl.DEPTH_TEST);
  gl.depthFunc(gl.LEQUAL);
  const pos = new Float32Array(P.length * 3);

  const mouthW = Math.hypot(L[291][0] - L[61][0], L[291][1] - L[61][1]);
  /** Eyelids and mouth, in the photo's plane. */
  function deform(f) {
    const Q = P.map((p) => p.slice());
    if (f.blink > 0) {
      for (const eye of LIDS) {
        eye.upper.forEach((u, j) => {
          const l = eye.lower[j];
          const [dx, dy, dz] = [0, 1, 2].map((k) => P[l][k] - P[u][k]);
          const b = f.blink;
          Q[u][0] += (1 + LID_OVERSHOOT) * b * dx;
          Q[u][1] += (1 + LID_OVERSHOOT) * b * dy;
          Q[u][2] += b * dz - 4 * b; // drawn in front of the lower lid
          const c = eye.crease[j];
          Q[c][0] += 0.5 * b * dx;
          Q[c][1] += 0.5 * b * dy;
        });
      }
    }
    if (f.smile > 0) {
      const twoSigma2 = 2 * (0.3 * mouthW) ** 2;
      for (const [corner, side] of [
        [61, -1],
        [291, 1],
      ]) {
        const mx = side * SMILE_OUT * mouthW * f.smile;
        const my = -SMILE_UP * mouthW * f.smile;
        for (let i = 0; i < P.length; i++) {
          const g = Math.exp(-((P[i][0] - P[corner][0]) ** 2 + (P[i][1] - P[corner][1]) ** 2) / twoSigma2);
          Q[i][0] += g * mx;
          Q[i][1] += g * my;
        }
      }
    }
    return Q;
  }
  /** Turn (per-point share of the yaw), then the orthographic view of the crop. */
  function project(Q, f) {
    for (let i = 0; i < Q.length; i++) {
      const th = ((f.yaw * Math.PI) / 180) * weight[i];
      const c = Math.cos(th);
      const s = Math.sin(th);
      const [x, y, z] = Q[i];
      const xr = cx + (x - cx) * c - (z - axisZ) * s;
      const zr = axisZ + (x - cx) * s + (z - axisZ) * c;
      pos[i * 3] = ((xr - x0) / cw) * 2 - 1 + (2 * f.shift) / WIDTH;
      pos[i * 3 + 1] = 1 - ((y - y0) / ch) * 2;
      pos[i * 3 + 2] = Math.max(-1, Math.min(1, zr / (4 * W)));
    }
  }
  // Triangles that fold over during a turn face away: cull them (orientation from the still mesh).
  project(P, { yaw: 0, shift: 0 });
  const [ta, tb, tc] = [triangles[0], triangles[1], triangles[2]].map((i) => [pos[i * 3], pos[i * 3 + 1]]);
  const area = (tb[0] - ta[0]) * (tc[1] - ta[1]) - (tc[0] - ta[0]) * (tb[1] - ta[1]);
  gl.frontFace(area > 0 ? gl.CCW : gl.CW);
  gl.cullFace(gl.BACK);
  gl.enable(gl.CULL_FACE);

  const uFrame = gl.getUniformLocation(program, 'uFrame');
  let frameNo = 0;
  function draw(f) {
    project(deform(f), f);
    gl.uniform1f(uFrame, (frameNo++ % 997) + 1);
    gl.viewport(0, 0, WIDTH, HEIGHT);
    gl.clearColor(0, 0, 0, 1);
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
    gl.bindBuffer(gl.ARRAY_BUFFER, posBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, pos, gl.DYNAMIC_DRAW);
    gl.drawElements(gl.TRIANGLES, triangles.length, gl.UNSIGNED_INT, 0);
  }

  // The clip is always rendered from the assets' model; `measureModel` measures it with another one.
  const video = measure ? await landmarker(assets, 'VIDEO', measureModel) : null;
  const faces = measure && detectorModel ? await detector(assets, detectorModel) : null;
  const frames = timeline();
  const measured = [];
  const pictures = {};
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const res = await fetch('/frames', { method: 'POST', body: new Blob(batch) });
    if (!res.ok) throw new Error(`POST /frames: ${res.status}`);
    batch = [];
  };
  for (let i = 0; i < frames.length; i++) {
    draw(frames[i]);
    if (stills.includes(i)) pictures[i] = canvas.toDataURL('image/png');
    const jpeg = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (!jpeg) throw new Error('JPEG encoding failed');
    batch.push(jpeg);
    if (batch.length === 30) await flush();
    if (video) {
      const bitmap = await createImageBitmap(jpeg);
      const lm = video.detectForVideo(bitmap, (i * 1000) / 30).faceLandmarks[0];
      const detections = faces?.detectForVideo(bitmap, (i * 1000) / 30).detections.map((d) => ({
        score: d.categories[0]?.score ?? 0,
        box: d.boundingBox,
        keypoints: d.keypoints.map((k) => ({ x: k.x, y: k.y })),
      }));
      bitmap.close();
      measured.push({
        i,
        segment: frames[i].segment,
        ...(lm ? signals(lm) : { face: false }),
        ...(lm && keepLandmarks ? { landmarks: lm.map((p) => ({ x: p.x, y: p.y, z: p.z })) } : {}),
        ...(detections ? { detections } : {}),
      });
    }
  }
  await flush();
  video?.close();
  faces?.close();
  return {
    frames: frames.length,
    photo: { width: W, height: H, faceWidth: Math.round(faceW) },
    mesh: { points: P.length, triangles: triangles.length / 3 },
    ms: Math.round(performance.now() - started),
    measured,
    pictures,
  };
};
window.headReady = true;
