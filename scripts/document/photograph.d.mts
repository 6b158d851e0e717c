export declare const FRAME_W: number;
export declare const FRAME_H: number;
export interface FlatImage {
  data: Float32Array;
  width: number;
  height: number;
}
export type Quad = [number, number][];
export declare function rng(seed: number): { next(): number; normal(): number };
export declare function photograph(
  page: FlatImage,
  options: { quad: Quad; light?: number; noise?: number; blur?: number; quality?: number; seed?: number },
): Promise<Buffer>;
export declare function placement(
  page: FlatImage,
  options: { fill?: number; deg?: number; tilt?: number; dx?: number; dy?: number },
): Quad;
