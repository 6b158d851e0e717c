// An editable view of a TFLite model (the flatbuffer of tensorflow/lite/schema/schema.fbs): what the model
// build (build-models.mjs) changes in the networks it ships — metadata, appended tensors and operators, outputs —
// written as a new root in front of the original bytes.
import {
  FlatReader,
  prependRoot,
  table,
  tableVector,
  int32Vector,
  byteVector,
  string,
  existing,
  f,
} from './flatbuffer-prefix.mjs';

// ---- TFLite schema facts (tensorflow/lite/schema/schema.fbs) --------------------------------------
const MODEL = {
  version: 0,
  operatorCodes: 1,
  subgraphs: 2,
  description: 3,
  buffers: 4,
  metadataBuffer: 5,
  metadata: 6,
  signatureDefs: 7,
};
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = { shape: 0, type: 1, buffer: 2, name: 3 };
const OPCODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };
const BUFFER = { data: 0 };
const BUILTIN = { CONCATENATION: 2, RESHAPE: 22, PAD: 34, GATHER: 36 };
const OPTIONS = { ConcatenationOptions: 10, ReshapeOptions: 17, PadOptions: 22, GatherOptions: 23 };
const TYPE = { FLOAT32: 0, INT32: 2 };
const TFLITE_ID = 'TFL3';

const int32Bytes = (values) => Buffer.from(new Int32Array(values).buffer);

/**
 * An editable view of a TFLite model: subgraph 0's tensors, operators and outputs, the model's
 * operator codes, buffers and metadata entries. Existing objects are kept by reference; new ones
 * are appended; `serialize()` writes a new root in front of the original bytes.
 */
export class ModelEditor {
  /** @param {Buffer} bytes */
  constructor(bytes) {
    const r = new FlatReader(bytes);
    if (r.identifier !== TFLITE_ID) throw new Error('not a TFLite model (identifier is not TFL3)');
    this.bytes = bytes;
    this.r = r;
    const model = r.root;
    this.model = model;
    this.subgraphs = r.tables(r.deref(model, MODEL.subgraphs));
    if (this.subgraphs.length < 1) throw new Error('model has no subgraph');
    const sg = this.subgraphs[0];
    this.sg = sg;
    this.oldTensors = r.tables(r.deref(sg, SUBGRAPH.tensors));
    this.oldOpcodes = r.tables(r.deref(model, MODEL.operatorCodes));
    this.oldBuffers = r.tables(r.deref(model, MODEL.buffers));
    this.oldMetadata = r.tables(r.deref(model, MODEL.metadata));
    for (const m of this.oldMetadata) {
      if (r.string(r.deref(m, 0)) === 'TFLITE_METADATA') throw new Error('model already has TFLITE_METADATA');
    }
    this.tensors = this.oldTensors.map(existing);
    this.operators = r.tables(r.deref(sg, SUBGRAPH.operators)).map(existing);
    this.opcodes = this.oldOpcodes.map(existing);
    this.newOpcodeIndex = new Map();
    this.buffers = this.oldBuffers.map(existing);
    this.metadata = this.oldMetadata.map(existing);
    this.outputs = r.ints(r.deref(sg, SUBGRAPH.outputs));
    this.outputsChanged = false;
    // Activations conventionally use buffer 0, the empty sentinel.
    const first = this.oldBuffers[0];
    this.emptyBuffer =
      first !== undefined && r.bytes(r.deref(first, BUFFER.data)).length === 0 ? 0 : this.addBuffer(null);
  }

  /** Index of the tensor of subgraph 0 named `name`. */
  tensorByName(name) {
    const i = this.oldTensors.findIndex((t) => this.r.string(this.r.deref(t, TENSOR.name)) === name);
    if (i < 0) throw new Error(`no tensor named ${name}`);
    return i;
  }

  /** Shape of an existing tensor. */
  shapeOf(index) {
    return this.r.ints(this.r.deref(this.oldTensors[index], TENSOR.shape));
  }

  /** Appends a buffer (null → empty) and returns its index. */
  addBuffer(bytes) {
    this.buffers.push(bytes ? table([f.ref(BUFFER.data, byteVector(bytes, 16))]) : table([]));
    return this.buffers.length - 1;
  }

  addTensor(shape, type, name, buffer) {
    this.tensors.push(
      table([
        f.ref(TENSOR.shape, int32Vector(shape)),
        f.i8(TENSOR.type, type),
        f.u32(TENSOR.buffer, buffer),
        f.ref(TENSOR.name, string(name)),
      ]),
    );
    return this.tensors.length - 1;
  }

  /** A new float32 activation tensor. */
  activation(shape, name) {
    return this.addTensor(shape, TYPE.FLOAT32, name, this.emptyBuffer);
  }

  /** A new constant int32 tensor. */
  constInt32(shape, values, name) {
    return this.addTensor(shape, TYPE.INT32, name, this.addBuffer(int32Bytes(values)));
  }

  opcode(builtin) {
    const r = this.r;
    const found = this.oldOpcodes.findIndex(
      (oc) =>
        !r.deref(oc, OPCODE.customCode) &&
        Math.max(r.scalar(oc, OPCODE.deprecatedBuiltinCode, 'i8', 0), r.scalar(oc, OPCODE.builtinCode, 'i32', 0)) ===
          builtin,
    );
    if (found >= 0) return found;
    const known = this.newOpcodeIndex.get(builtin);
    if (known !== undefined) return known;
    this.opcodes.push(
      table([
        f.i8(OPCODE.deprecatedBuiltinCode, builtin),
        f.i32(OPCODE.version, 1),
        f.i32(OPCODE.builtinCode, builtin),
      ]),
    );
    this.newOpcodeIndex.set(builtin, this.opcodes.length - 1);
    return this.opcodes.length - 1;
  }

  addOperator(builtin, inputs, outputs, optionsType, options) {
    this.operators.push(
      table([
        f.u32(0, this.opcode(builtin)),
        f.ref(1, int32Vector(inputs)),
        f.ref(2, int32Vector(outputs)),
        f.u8(3, optionsType),
        f.ref(4, options),
      ]),
    );
  }

  reshape(input, shape, name) {
    const out = this.activation(shape, name);
    const shapeTensor = this.constInt32([shape.length], shape, `${name}/shape`);
    this.addOperator(
      BUILTIN.RESHAPE,
      [input, shapeTensor],
      [out],
      OPTIONS.ReshapeOptions,
      table([f.ref(0, int32Vector(shape))]),
    );
    return out;
  }

  gather(input, indices, axis, shape, name) {
    const out = this.activation(shape, name);
    const idx = this.constInt32([indices.length], indices, `${name}/indices`);
    this.addOperator(BUILTIN.GATHER, [input, idx], [out], OPTIONS.GatherOptions, table([f.i32(0, axis)]));
    return out;
  }

  concat(inputs, axis, shape, name) {
    const out = this.activation(shape, name);
    this.addOperator(BUILTIN.CONCATENATION, inputs, [out], OPTIONS.ConcatenationOptions, table([f.i32(0, axis)]));
    return out;
  }

  /** Pads a [n, 2] tensor with a zero third column → [n, 3]. */
  padToXyz(input, n, name) {
    const out = this.activation([n, 3], name);
    const pads = this.constInt32([2, 2], [0, 0, 0, 1], `${name}/paddings`);
    this.addOperator(BUILTIN.PAD, [input, pads], [out], OPTIONS.PadOptions, table([]));
    return out;
  }

  setOutputs(outputs) {
    this.outputs = outputs;
    this.outputsChanged = true;
  }

  /** Adds the TFLITE_METADATA entry (a buffer holding the metadata flatbuffer). */
  setMetadata(metadataBytes) {
    const buffer = this.addBuffer(metadataBytes);
    this.metadata.push(table([f.ref(0, string('TFLITE_METADATA')), f.u32(1, buffer)]));
  }

  /** @returns {Buffer} the edited model. */
  serialize() {
    const r = this.r;
    const sg = this.sg;
    const sgName = r.deref(sg, SUBGRAPH.name);
    const subgraph = table([
      f.ref(SUBGRAPH.tensors, tableVector(this.tensors)),
      f.ref(SUBGRAPH.inputs, existing(r.deref(sg, SUBGRAPH.inputs))),
      f.ref(SUBGRAPH.outputs, int32Vector(this.outputs)),
      f.ref(SUBGRAPH.operators, tableVector(this.operators)),
      ...(sgName ? [f.ref(SUBGRAPH.name, existing(sgName))] : []),
    ]);
    const fields = [
      f.u32(MODEL.version, r.scalar(this.model, MODEL.version, 'u32', 0)),
      f.ref(MODEL.operatorCodes, tableVector(this.opcodes)),
      f.ref(MODEL.subgraphs, tableVector([subgraph, ...this.subgraphs.slice(1).map(existing)])),
      f.ref(MODEL.buffers, tableVector(this.buffers)),
      f.ref(MODEL.metadata, tableVector(this.metadata)),
    ];
    for (const id of [MODEL.description, MODEL.metadataBuffer]) {
      const at = r.deref(this.model, id);
      if (at) fields.push(f.ref(id, existing(at)));
    }
    // Signature defs name the original outputs; drop them when the outputs changed.
    const signatures = r.deref(this.model, MODEL.signatureDefs);
    if (signatures && !this.outputsChanged) fields.push(f.ref(MODEL.signatureDefs, existing(signatures)));
    return prependRoot(this.bytes, table(fields), TFLITE_ID);
  }
}
