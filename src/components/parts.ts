/**
 * The CSS parts of the elements nested in `<verilock-flow>`, forwarded to the host page with `exportparts`
 * so that `verilock-flow::part(camera)` reaches the camera box inside `<verilock-capture>`. One list per
 * element; a component test reads each element's templates and fails on a part missing here.
 */
export const CAPTURE_PARTS = [
  'camera',
  'video',
  'shutter',
  'camera-picker',
  'torch-button',
  'camera-error',
  'file-button',
  'handoff-button',
  'vision-notice',
  'document-issue',
  'primary-button',
  'secondary-button',
] as const;

export const LIVENESS_PARTS = [
  'camera',
  'video',
  // The camera view's shutter, which the liveness step does not show: listed so the shared view is whole.
  'shutter',
  'challenge',
  'fallback',
  'cant-do-button',
  'handoff-button',
  'camera-picker',
  'torch-button',
  'camera-error',
  'primary-button',
  'secondary-button',
] as const;

export const HANDOFF_PARTS = ['qr', 'link', 'primary-button', 'secondary-button'] as const;

/** The `exportparts` value that forwards `parts` under their own names. */
export const exportParts = (parts: readonly string[]): string => parts.join(', ');
