// The TFLite model metadata (metadata_schema.fbs, file identifier "M001") that MediaPipe Tasks reads
// to preprocess an image input: NormalizationOptions (mean/std per channel) and the colour space.
// The legacy solution graphs did this normalisation in their own calculators; the task graphs read
// it from the model instead ("Input tensor has type float32: it requires specifying
// NormalizationOptions metadata").
import { Builder } from 'flatbuffers';

// Union tags and enum values from metadata_schema.fbs.
const CONTENT_IMAGE_PROPERTIES = 2; // ContentProperties.ImageProperties
const COLOR_SPACE_RGB = 1; // ColorSpaceType.RGB
const PROCESS_UNIT_NORMALIZATION = 1; // ProcessUnitOptions.NormalizationOptions

/**
 * Builds the metadata flatbuffer of a single-image-input model.
 * @param {{name: string, description: string, mean: number[], std: number[], author?: string, license?: string}} spec
 * @returns {Buffer}
 */
export function imageInputMetadata({ name, description, mean, std, author = '', license = '' }) {
  if (mean.length !== std.length || mean.length === 0)
    throw new Error('mean and std must have the same non-zero length');
  const b = new Builder(1024);
  const floats = (values) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i]);
    return b.endVector();
  };
  const offsets = (values) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addOffset(values[i]);
    return b.endVector();
  };

  // NormalizationOptions { mean:[float] = 0; std:[float] = 1 }
  const meanVec = floats(mean);
  const stdVec = floats(std);
  b.startObject(2);
  b.addFieldOffset(0, meanVec, 0);
  b.addFieldOffset(1, stdVec, 0);
  const normalization = b.endObject();

  // ProcessUnit { options_type = 0 (union tag); options = 1 }
  b.startObject(2);
  b.addFieldInt8(0, PROCESS_UNIT_NORMALIZATION, 0);
  b.addFieldOffset(1, normalization, 0);
  const processUnit = b.endObject();

  // ImageProperties { color_space = 0 }
  b.startObject(2);
  b.addFieldInt8(0, COLOR_SPACE_RGB, 0);
  const imageProperties = b.endObject();

  // Content { content_properties_type = 0; content_properties = 1 }
  b.startObject(3);
  b.addFieldInt8(0, CONTENT_IMAGE_PROPERTIES, 0);
  b.addFieldOffset(1, imageProperties, 0);
  const content = b.endObject();

  // Stats { max = 0; min = 1 }: the value range after normalisation.
  const maxVec = floats(mean.map((m, i) => (255 - m) / std[i]));
  const minVec = floats(mean.map((m, i) => (0 - m) / std[i]));
  b.startObject(2);
  b.addFieldOffset(0, maxVec, 0);
  b.addFieldOffset(1, minVec, 0);
  const stats = b.endObject();

  // TensorMetadata { name = 0; content = 3; process_units = 4; stats = 5 }
  const tensorName = b.createString('image');
  const units = offsets([processUnit]);
  b.startObject(7);
  b.addFieldOffset(0, tensorName, 0);
  b.addFieldOffset(3, content, 0);
  b.addFieldOffset(4, units, 0);
  b.addFieldOffset(5, stats, 0);
  const inputTensor = b.endObject();

  // SubGraphMetadata { input_tensor_metadata = 2 }
  const inputs = offsets([inputTensor]);
  b.startObject(9);
  b.addFieldOffset(2, inputs, 0);
  const subgraph = b.endObject();

  // ModelMetadata { name = 0; description = 1; subgraph_metadata = 3; author = 4; license = 5; min_parser_version = 7 }
  const subgraphs = offsets([subgraph]);
  const nameStr = b.createString(name);
  const descriptionStr = b.createString(description);
  const authorStr = author ? b.createString(author) : 0;
  const licenseStr = license ? b.createString(license) : 0;
  const parserVersion = b.createString('1.0.0');
  b.startObject(8);
  b.addFieldOffset(0, nameStr, 0);
  b.addFieldOffset(1, descriptionStr, 0);
  b.addFieldOffset(3, subgraphs, 0);
  if (authorStr) b.addFieldOffset(4, authorStr, 0);
  if (licenseStr) b.addFieldOffset(5, licenseStr, 0);
  b.addFieldOffset(7, parserVersion, 0);
  const model = b.endObject();
  b.finish(model, 'M001');
  return Buffer.from(b.asUint8Array());
}
