/**
 * Optional encryption at rest of capture files (AES-256-GCM, node:crypto). The key comes from the
 * environment (`VERILOCK_CAPTURE_KEY`: 32 bytes as 64 hex digits or base64/base64url); it is never
 * written to the data dir. An encrypted file is
 *
 *     "VLC1" | key id (8 bytes) | IV (12 bytes, random per file) | tag (16 bytes) | ciphertext
 *
 * where the key id is the first 8 bytes of SHA-256("verilock-capture-key:" + key), so a file can be
 * matched to its key without revealing it, and the header (magic and key id) is authenticated as
 * additional data. Files written before the key was set stay readable as plain files.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const MAGIC = Buffer.from('VLC1', 'ascii');
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

/** Parses `VERILOCK_CAPTURE_KEY`: 64 hex digits or base64/base64url of exactly 32 bytes. */
export function parseCaptureKey(value: string): Buffer {
  const text = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64url');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(text) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(text))) {
    throw new Error('VERILOCK_CAPTURE_KEY must be 32 bytes, as 64 hex digits or base64');
  }
  return key;
}

export function keyId(key: Buffer): Buffer {
  return createHash('sha256').update('verilock-capture-key:').update(key).digest().subarray(0, KEY_ID_BYTES);
}

/** True when the bytes are an encrypted capture file. */
export function isEncrypted(data: Uint8Array): boolean {
  return data.length >= HEADER_BYTES && Buffer.from(data.subarray(0, MAGIC.length)).equals(MAGIC);
}

export function encryptCapture(key: Buffer, plain: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const aad = Buffer.concat([MAGIC, keyId(key)]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([aad, iv, cipher.getAuthTag(), body]);
}

/** Decrypts an encrypted capture file; throws when the key is not the one it was written with or it was altered. */
export function decryptCapture(key: Buffer, data: Uint8Array): Buffer {
  if (!isEncrypted(data)) throw new Error('not an encrypted capture file');
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const aad = buf.subarray(0, MAGIC.length + KEY_ID_BYTES);
  if (!aad.subarray(MAGIC.length).equals(keyId(key)))
    throw new Error('the capture file was encrypted with another key');
  const iv = buf.subarray(aad.length, aad.length + IV_BYTES);
  const tag = buf.subarray(aad.length + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(buf.subarray(HEADER_BYTES)), decipher.final()]);
}
