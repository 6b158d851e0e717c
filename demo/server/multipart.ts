/**
 * Streaming `multipart/form-data` for capture uploads (@fastify/busboy, the maintained fork of busboy:
 * a small, battle-tested parser with per-part limits). Nothing is buffered whole: text fields are
 * capped, file parts stream to temporary files while their SHA-256 is computed, and the first limit
 * crossed — body bytes, file bytes, number of parts, files or fields — stops reading at once with a
 * short error. Memory stays bounded by the stream's buffers, whatever the body holds.
 */
import { Busboy } from '@fastify/busboy';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ApiError, errors } from './errors.js';

export interface MultipartLimits {
  /** Whole body, in bytes. */
  bodyBytes: number;
  /** Each file part, in bytes. */
  fileBytes: number;
  /** File parts. */
  files: number;
  /** Text fields. */
  fields: number;
  /** Each text field's value, in bytes. */
  fieldBytes: number;
}

/** A file part, written to a temporary file. */
export interface ReceivedFile {
  field: string;
  path: string;
  bytes: number;
  /** SHA-256 of the bytes as received. */
  sha256: string;
  /** The part's declared Content-Type (lower case, without parameters; '' when none). */
  mimeType: string;
}

export interface ReceivedForm {
  /** Text fields in order; `truncated` when a value was longer than `fieldBytes`. */
  fields: { name: string; value: string; truncated: boolean }[];
  files: ReceivedFile[];
}

/** Counts the bytes going through and fails past the cap. */
class ByteCap extends Transform {
  seen = 0;
  constructor(
    private readonly cap: number,
    private readonly onOver: () => ApiError,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.cap) done(this.onOver());
    else done(null, chunk);
  }
}

/** Hashes the bytes going through. */
class Hasher extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Removes the temporary files of a received form. */
export async function discardForm(form: ReceivedForm | null): Promise<void> {
  if (form) await Promise.all(form.files.map((f) => rm(f.path, { force: true })));
}

/**
 * Reads a multipart body into text fields and temporary files under `tmpDir`. Rejects with an
 * {@link ApiError}: `413 payload_too_large` past `bodyBytes` or `fileBytes`, `413 too_many_parts` past
 * the part counts, `400 invalid_multipart` for a malformed body. On rejection every temporary file is
 * already removed and the body is no longer read.
 */
export async function readMultipart(
  body: ReadableStream<Uint8Array> | null,
  contentType: string,
  tmpDir: string,
  limits: MultipartLimits,
): Promise<ReceivedForm> {
  const form: ReceivedForm = { fields: [], files: [] };
  const writes: Promise<void>[] = [];
  const pending: string[] = [];
  const streams: Readable[] = [];
  let failure: ApiError | null = null;

  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: { 'content-type': contentType },
      limits: {
        fileSize: limits.fileBytes,
        files: limits.files,
        fields: limits.fields,
        parts: limits.files + limits.fields,
        fieldSize: limits.fieldBytes,
        fieldNameSize: 100,
        headerPairs: 8,
      },
    });
  } catch {
    throw new ApiError(400, 'invalid_multipart', 'The multipart body could not be parsed (no boundary).');
  }
  const source = body ? Readable.fromWeb(body as WebReadableStream<Uint8Array>) : Readable.from([]);
  const cap = new ByteCap(limits.bodyBytes, () =>
    errors.payloadTooLarge(`Uploads are limited to ${limits.bodyBytes} bytes.`),
  );

  const done = new Promise<void>((resolve, reject) => {
    const fail = (err: ApiError) => {
      if (failure) return;
      failure = err;
      source.destroy();
      cap.destroy();
      parser.destroy();
      for (const s of streams) s.destroy();
      reject(err);
    };
    const tooMany = (what: string, max: number) =>
      fail(new ApiError(413, 'too_many_parts', `A capture upload takes at most ${max} ${what}.`));

    parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
      form.fields.push({ name, value, truncated: valueTruncated });
    });
    parser.on('file', (field, stream, _filename, _encoding, mimeType) => {
      if (failure) {
        stream.resume();
        return;
      }
      const path = join(tmpDir, `.in-${randomBytes(8).toString('hex')}.tmp`);
      const index = pending.length; // parts keep their order, whichever write finishes first
      pending.push(path);
      streams.push(stream);
      const hasher = new Hasher();
      stream.on('limit', () => fail(errors.payloadTooLarge(`Each image is limited to ${limits.fileBytes} bytes.`)));
      const write = pipeline(stream, hasher, createWriteStream(path, { flags: 'wx', mode: 0o600 })).then(() => {
        form.files[index] = {
          field,
          path,
          bytes: hasher.bytes,
          sha256: hasher.hash.digest('hex'),
          mimeType: (mimeType ?? '').split(';')[0]!.trim().toLowerCase(),
        };
      });
      // A failed write is reported through `failure` (or as a server error when nothing else failed).
      writes.push(
        write.catch((err: unknown) => {
          if (!failure) reject(err);
        }),
      );
    });
    parser.on('partsLimit', () => tooMany('parts', limits.files + limits.fields));
    parser.on('filesLimit', () => tooMany('files', limits.files));
    parser.on('fieldsLimit', () => tooMany('fields', limits.fields));
    parser.on('error', () => fail(new ApiError(400, 'invalid_multipart', 'The multipart body could not be parsed.')));
    parser.on('finish', () => {
      void Promise.all(writes).then(() => {
        if (!failure) resolve();
      });
    });
    source.on('error', () => fail(new ApiError(400, 'invalid_multipart', 'The upload was interrupted.')));
    cap.on('error', (err) =>
      fail(err instanceof ApiError ? err : new ApiError(400, 'invalid_multipart', 'The upload was interrupted.')),
    );
    source.pipe(cap).pipe(parser);
  });

  try {
    await done;
    return form;
  } catch (err) {
    await Promise.allSettled(writes);
    await Promise.all(pending.map((p) => rm(p, { force: true })));
    throw err;
  }
}
