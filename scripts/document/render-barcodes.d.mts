import type { FlatImage } from './photograph.mjs';
export declare const CARD: [number, number];
export declare const PAYLOADS: Record<'dl' | 'dlexpired' | 'qr' | 'aztec', string>;
export declare const BARCODE_VARIANTS: Record<string, { place: object; shot: object }>;
export declare function aamvaPayload(options: {
  iin: string;
  version?: number;
  subfile?: 'DL' | 'ID';
  elements: Record<string, string>;
}): string;
export declare function renderBack(name: keyof typeof PAYLOADS, pxPerMm: number): Promise<FlatImage>;
