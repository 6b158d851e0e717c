export declare const REPO_ROOT: string;
export declare const DEFAULT_MODELS_DIR: string;
export type VisionAssetKey = 'wasmLoader' | 'wasmBinary' | 'faceDetector' | 'faceLandmarker' | 'barcodeWasm';
export declare function hashedName(name: string, bytes: Uint8Array): string;
export declare function visionAssetSources(
  modelsDir?: string,
): Record<VisionAssetKey, { source: string; path: string }>;
export declare function hashedVisionAssetNames(modelsDir?: string): Record<VisionAssetKey, string>;
