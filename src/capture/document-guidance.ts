import type { GuidanceState } from '../i18n/translation.js';
import { qualityVerdict, type DocumentMetrics } from '../vision/document-quality.js';

/** The guidance shown over a document preview for its latest measurement: the first issue, or `good`. */
export function documentGuidance(metrics: DocumentMetrics): GuidanceState {
  const issue = qualityVerdict(metrics).issues[0];
  return issue === 'too_dark' ? 'too_dark' : issue === 'blurry' ? 'too_blurry' : issue ? 'glare' : 'good';
}

/**
 * The size a preview frame is measured at: scaled so its long side is at most `maxSide` (never upscaled),
 * which keeps the off-thread measurement cheap whatever the camera gives.
 */
export function measureSize(width: number, height: number, maxSide = 640): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/**
 * The quality figures sent with a document photo: the last measurement, and for a front whose portrait
 * was looked for (`portraitSeen` not `null`) whether it was found.
 */
export function documentQualityRecord(metrics: DocumentMetrics, portraitSeen: boolean | null): Record<string, number> {
  const quality: Record<string, number> = {
    brightness: metrics.brightness,
    glare: metrics.glare,
    sharpness: metrics.sharpness,
  };
  if (portraitSeen !== null) quality['portrait'] = portraitSeen ? 1 : 0;
  return quality;
}
