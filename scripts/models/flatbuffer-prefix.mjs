// Reading and extending an existing flatbuffer (a TFLite model) without re-serialising it.
//
// Flatbuffer offsets (uoffset_t) are unsigned and always point forward. So a model can be extended
// by writing a new root table, and every new table/vector it needs, into a *prefix* placed before
// the untouched original bytes: new objects point forward at each other and at old objects (which
// now lie after the prefix). The prefix length is rounded up to 64 bytes, which keeps every
// alignment inside the original body (TFLite aligns tensor data to 16 bytes).
//
// Uses only node built-ins; the metadata flatbuffer itself is built with the `flatbuffers` package
// (see tflite-metadata.mjs).

/** Read-only view of a flatbuffer held in a Buffer. Positions are absolute byte offsets. */
export class FlatReader {
  /** @param {Buffer} buf */
  constructor(buf) {
    this.buf = buf;
  }
  /** Absolute position of the root table. */
  get root() {
    return this.buf.readUInt32LE(0);
  }
  /** File identifier (bytes 4..8). */
  get identifier() {
    return this.buf.toString('latin1', 4, 8);
  }
  /** Absolute position of field `id` of the table at `table`, or 0 when absent. */
  field(table, id) {
    const vtable = table - this.buf.readInt32LE(table);
    const vtableSize = this.buf.readUInt16LE(vtable);
    const entry = 4 + 2 * id;
    if (entry >= vtableSize) return 0;
    const rel = this.buf.readUInt16LE(vtable + entry);
    return rel ? table + rel : 0;
  }
  /** Follows the offset stored in field `id` (a table, vector or string), or 0 when absent. */
  deref(table, id) {
    const at = this.field(table, id);
    return at ? at + this.buf.readUInt32LE(at) : 0;
  }
  /** Positions of the tables in the vector at `vec` (0 → empty). */
  tables(vec) {
    if (!vec) return [];
    const n = this.buf.readUInt32LE(vec);
    const out = [];
    for (let k = 0; k < n; k++) {
      const slot = vec + 4 + 4 * k;
      out.push(slot + this.buf.readUInt32LE(slot));
    }
    return out;
  }
  /** Values of an int32 vector at `vec` (0 → empty). */
  ints(vec) {
    if (!vec) return [];
    const n = this.buf.readUInt32LE(vec);
    return Array.from({ length: n }, (_, k) => this.buf.readInt32LE(vec + 4 + 4 * k));
  }
  /** String at `pos` (0 → ''). */
  string(pos) {
    return pos ? this.buf.toString('utf8', pos + 4, pos + 4 + this.buf.readUInt32LE(pos)) : '';
  }
  /** Bytes of a ubyte vector at `vec`. */
  bytes(vec) {
    return vec ? this.buf.subarray(vec + 4, vec + 4 + this.buf.readUInt32LE(vec)) : Buffer.alloc(0);
  }
  /** Scalar field with a default. kind: 'u8' | 'i8' | 'u32' | 'i32'. */
  scalar(table, id, kind, fallback = 0) {
    const at = this.field(table, id);
    if (!at) return fallback;
    switch (kind) {
      case 'u8':
        return this.buf.readUInt8(at);
      case 'i8':
        return this.buf.readInt8(at);
      case 'u32':
        return this.buf.readUInt32LE(at);
      case 'i32':
        return this.buf.readInt32LE(at);
      default:
        throw new Error(`unknown scalar kind ${kind}`);
    }
  }
}

// ---- new objects ---------------------------------------------------------------------------
// A node is one of:
//   { kind: 'table', fields: [{ id, type, value }] }   type: u8 i8 u16 u32 i32 f32 | 'ref' (value: node)
//   { kind: 'tables', items: [node] }                  vector of offsets
//   { kind: 'int32s', values: [int] }
//   { kind: 'bytes', data: Buffer, align }             ubyte vector whose *data* is aligned to `align`
//   { kind: 'string', value }
//   { kind: 'existing', pos }                          an object of the original buffer

const SCALAR_SIZE = { u8: 1, i8: 1, u16: 2, u32: 4, i32: 4, f32: 4, ref: 4 };

/** @returns a new table node. */
export const table = (fields) => ({ kind: 'table', fields });
/** @returns a new vector-of-offsets node. */
export const tableVector = (items) => ({ kind: 'tables', items });
/** @returns a new int32 vector node. */
export const int32Vector = (values) => ({ kind: 'int32s', values });
/** @returns a new ubyte vector node. */
export const byteVector = (data, align = 16) => ({ kind: 'bytes', data, align });
/** @returns a new string node. */
export const string = (value) => ({ kind: 'string', value });
/** @returns a reference to an object already in the original buffer. */
export const existing = (pos) => ({ kind: 'existing', pos });

/** Field helpers for table(). */
export const f = {
  ref: (id, value) => ({ id, type: 'ref', value }),
  u8: (id, value) => ({ id, type: 'u8', value }),
  i8: (id, value) => ({ id, type: 'i8', value }),
  u32: (id, value) => ({ id, type: 'u32', value }),
  i32: (id, value) => ({ id, type: 'i32', value }),
  f32: (id, value) => ({ id, type: 'f32', value }),
};

const children = (node) =>
  node.kind === 'table'
    ? node.fields.filter((fl) => fl.type === 'ref').map((fl) => fl.value)
    : node.kind === 'tables'
      ? node.items
      : [];

/**
 * Returns `prefix ++ original`, where the prefix holds `root` (the new root table, with file
 * identifier `fileId`) and every new node reachable from it. Nodes must form a tree (a node is
 * placed once; a second parent would need a backward offset, which is refused).
 * @param {Buffer} original
 * @param {object} root
 * @param {string} fileId 4 characters
 */
export function prependRoot(original, root, fileId) {
  /** @type {Map<object, {at:number, vtable?:number, vtableSize?:number, size?:number, slots?:Record<number, number>}>} */
  const layout = new Map();
  const order = [];
  let cursor = 8; // root offset + file identifier
  const align = (n) => {
    cursor = Math.ceil(cursor / n) * n;
  };
  // Pre-order, depth first: a parent is always placed before its children, so its offsets point forward.
  const place = (node) => {
    if (node.kind === 'existing') return;
    if (layout.has(node)) throw new Error('a new node may have one parent only');
    switch (node.kind) {
      case 'table': {
        const maxId = node.fields.reduce((m, fl) => Math.max(m, fl.id), -1);
        const vtableSize = 4 + 2 * (maxId + 1);
        align(2);
        const vtable = cursor;
        cursor += vtableSize;
        align(4);
        const at = cursor;
        let size = 4; // soffset to the vtable
        const slots = {};
        const bySize = [...node.fields].sort((a, b) => SCALAR_SIZE[b.type] - SCALAR_SIZE[a.type] || a.id - b.id);
        for (const fl of bySize) {
          const s = SCALAR_SIZE[fl.type];
          size = Math.ceil(size / s) * s;
          slots[fl.id] = size;
          size += s;
        }
        size = Math.ceil(size / 4) * 4;
        cursor = at + size;
        layout.set(node, { at, vtable, vtableSize, size, slots });
        break;
      }
      case 'tables':
        align(4);
        layout.set(node, { at: cursor });
        cursor += 4 + 4 * node.items.length;
        break;
      case 'int32s':
        align(4);
        layout.set(node, { at: cursor });
        cursor += 4 + 4 * node.values.length;
        break;
      case 'bytes':
        // the length prefix sits just before the aligned data
        cursor = Math.ceil((cursor + 4) / node.align) * node.align - 4;
        layout.set(node, { at: cursor });
        cursor += 4 + node.data.length;
        break;
      case 'string':
        align(4);
        layout.set(node, { at: cursor });
        cursor += 4 + Buffer.byteLength(node.value, 'utf8') + 1;
        break;
      default:
        throw new Error(`unknown node kind ${node.kind}`);
    }
    order.push(node);
    for (const child of children(node)) place(child);
  };
  place(root);

  const prefixSize = Math.ceil(cursor / 64) * 64;
  const out = Buffer.alloc(prefixSize); // zero-filled: padding is deterministic
  const addressOf = (node) => (node.kind === 'existing' ? prefixSize + node.pos : layout.get(node).at);
  const writeOffset = (slot, target) => {
    const to = addressOf(target);
    if (to <= slot) throw new Error('offset would point backward');
    out.writeUInt32LE(to - slot, slot);
  };

  out.writeUInt32LE(addressOf(root), 0);
  out.write(fileId, 4, 'latin1');
  for (const node of order) {
    const L = layout.get(node);
    switch (node.kind) {
      case 'table':
        out.writeUInt16LE(L.vtableSize, L.vtable);
        out.writeUInt16LE(L.size, L.vtable + 2);
        out.writeInt32LE(L.at - L.vtable, L.at);
        for (const fl of node.fields) {
          const slot = L.at + L.slots[fl.id];
          out.writeUInt16LE(L.slots[fl.id], L.vtable + 4 + 2 * fl.id);
          switch (fl.type) {
            case 'ref':
              writeOffset(slot, fl.value);
              break;
            case 'u8':
              out.writeUInt8(fl.value, slot);
              break;
            case 'i8':
              out.writeInt8(fl.value, slot);
              break;
            case 'u16':
              out.writeUInt16LE(fl.value, slot);
              break;
            case 'u32':
              out.writeUInt32LE(fl.value, slot);
              break;
            case 'i32':
              out.writeInt32LE(fl.value, slot);
              break;
            case 'f32':
              out.writeFloatLE(fl.value, slot);
              break;
            default:
              throw new Error(`unknown field type ${fl.type}`);
          }
        }
        break;
      case 'tables':
        out.writeUInt32LE(node.items.length, L.at);
        node.items.forEach((item, k) => writeOffset(L.at + 4 + 4 * k, item));
        break;
      case 'int32s':
        out.writeUInt32LE(node.values.length, L.at);
        node.values.forEach((v, k) => out.writeInt32LE(v, L.at + 4 + 4 * k));
        break;
      case 'bytes':
        out.writeUInt32LE(node.data.length, L.at);
        node.data.copy(out, L.at + 4);
        break;
      case 'string':
        out.writeUInt32LE(Buffer.byteLength(node.value, 'utf8'), L.at);
        out.write(node.value, L.at + 4, 'utf8');
        break;
    }
  }
  return Buffer.concat([out, original]);
}
