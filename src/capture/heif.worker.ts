/**
 * Worker: decodes a HEIC/HEIF file's primary image with libheif (libheif-js, libheif 1.23 with the libde265
 * HEVC decoder compiled to WebAssembly; LGPL-3.0, loaded as a file of its own), off the main thread. In: a
 * {@link HeifRequest}; out: one {@link HeifReply}. libheif applies the file's orientation (`irot`, `imir`)
 * and crop (`clap`) while decoding, so the pixels come out upright.
 *
 * libheif's script and wasm are our own copies under `assets-base` (never a CDN), imported here only when a
 * HEIC file is chosen. The script is libheif-js's `libheif-wasm/libheif.js` with an ES export appended by
 * the asset copy (scripts/models/asset-names.mjs), as module workers cannot `importScripts`; it has no
 * `eval` path, and the wasm is compiled here (the hosted page's CSP allows `'wasm-unsafe-eval'`).
 */
import type { HeifReply, HeifRequest } from './heif-protocol.js';
import { heifFailureOf } from './heif-rules.js';

/** The little of libheif's embind API used here (libheif-js's `libheif-wasm/libheif.d.ts`). */
interface HeifError {
  code: { value: number };
  message: string;
}
interface HeifChannel {
  id: { value: number } | number;
  width: number;
  height: number;
  stride: number;
  data: Uint8Array;
}
interface DecodedImage {
  image: unknown;
  width: number;
  height: number;
  channels: HeifChannel[];
}
interface LibHeif {
  heif_context_alloc(): unknown;
  heif_context_free(context: unknown): void;
  heif_context_read_from_memory(context: unknown, data: Uint8Array): HeifError;
  heif_js_context_get_primary_image_handle(context: unknown): unknown;
  heif_image_handle_release(handle: unknown): void;
  heif_js_decode_image2(handle: unknown, colorspace: unknown, chroma: unknown): DecodedImage | HeifError;
  heif_image_release(image: unknown): void;
  heif_colorspace: { heif_colorspace_RGB: unknown };
  heif_chroma: { heif_chroma_interleaved_RGBA: unknown };
}
type LibHeifFactory = (module: {
  instantiateWasm: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => unknown) => unknown;
  print: (text: string) => void;
  printErr: (text: string) => void;
}) => LibHeif;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HeifRequest>) => void) | null;
  postMessage(message: HeifReply, transfer?: Transferable[]): void;
};

/** libheif, compiled and instantiated once per worker. */
async function loadLibHeif(loaderUrl: string, wasmUrl: string): Promise<LibHeif> {
  const [loader, wasm] = await Promise.all([
    import(/* @vite-ignore */ loaderUrl) as Promise<{ default: LibHeifFactory }>,
    fetch(wasmUrl, { credentials: 'same-origin' }).then((res) => {
      if (!res.ok) throw new Error(`libheif wasm: HTTP ${res.status}`);
      return res.arrayBuffer();
    }),
  ]);
  const module = await WebAssembly.compile(wasm);
  const quiet = () => undefined;
  return loader.default({
    instantiateWasm: (imports, done) => done(new WebAssembly.Instance(module, imports)),
    print: quiet,
    printErr: quiet,
  });
}

const isError = (value: unknown): value is HeifError =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value;

async function decode(lib: LibHeif, data: ArrayBuffer): Promise<HeifReply> {
  const context = lib.heif_context_alloc();
  try {
    const read = lib.heif_context_read_from_memory(context, new Uint8Array(data));
    if (read.code.value !== 0) return refused(read);
    const handle = lib.heif_js_context_get_primary_image_handle(context);
    if (isError(handle)) return refused(handle);
    try {
      const decoded = await lib.heif_js_decode_image2(
        handle,
        lib.heif_colorspace.heif_colorspace_RGB,
        lib.heif_chroma.heif_chroma_interleaved_RGBA,
      );
      if (isError(decoded)) return refused(decoded);
      try {
        const channel = decoded.channels[0];
        if (!channel) return { ok: false, failure: 'corrupt', detail: 'no interleaved channel' };
        return { ok: true, width: channel.width, height: channel.height, pixels: packed(channel) };
      } finally {
        lib.heif_image_release(decoded.image);
      }
    } finally {
      lib.heif_image_handle_release(handle);
    }
  } finally {
    lib.heif_context_free(context);
  }
}

/** The channel's rows without their padding (libheif may pad each row to an aligned stride). */
function packed(channel: HeifChannel): ArrayBuffer {
  const row = channel.width * 4;
  const out = new Uint8Array(row * channel.height);
  if (channel.stride === row) out.set(channel.data.subarray(0, out.length));
  else
    for (let y = 0; y < channel.height; y++)
      out.set(channel.data.subarray(y * channel.stride, y * channel.stride + row), y * row);
  return out.buffer;
}

const refused = (error: HeifError): HeifReply => ({
  ok: false,
  failure: heifFailureOf(error.code.value),
  detail: error.message,
});

scope.onmessage = (event) => {
  const { data, loaderUrl, wasmUrl } = event.data;
  loadLibHeif(loaderUrl, wasmUrl)
    .then(
      (lib) => decode(lib, data),
      // The decoder itself would not load or start (no WebAssembly, its files missing): not the file's fault.
      (error: unknown): HeifReply => ({ ok: false, failure: 'unsupported', detail: String(error) }),
    )
    .catch((error: unknown): HeifReply => ({ ok: false, failure: 'corrupt', detail: String(error) }))
    .then((reply) => scope.postMessage(reply, reply.ok ? [reply.pixels] : []));
};
