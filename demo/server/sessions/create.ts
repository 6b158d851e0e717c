/**
 * A new session's row from a creation request: the profile's steps and limits (or the default
 * profile's for a request that names its own steps), the applicant, a fresh token and the liveness
 * sequence the server chooses. Touches nothing; the caller stores the row.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type {
  CreateKycSessionRequest,
  CreateProfileSessionRequest,
  LivenessChallenge,
  StepName,
  StepResult,
} from '../../../src/api/schemas.js';
import { LivenessChallenge as Challenges } from '../../../src/api/schemas.js';
import { parseSteps, type ProfileRow, type SessionRow } from '../db.js';
import type { StoredApplicant } from './repository.js';
import { hashToken, newSessionToken } from './tokens.js';

export type CreateSessionRequest = CreateKycSessionRequest | CreateProfileSessionRequest;

/** `count` distinct challenges in random order. */
function pickChallenges(count: number): LivenessChallenge[] {
  const pool: LivenessChallenge[] = [...Challenges.options];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(count, pool.length));
}

/** "Ada Lovelace King" → first name "Ada", last name "Lovelace King". */
function splitName(applicantName: string | undefined): Pick<StoredApplicant, 'first_name' | 'last_name'> {
  const name = applicantName?.trim() ?? '';
  const space = name.search(/\s/);
  return {
    first_name: name ? (space === -1 ? name : name.slice(0, space)) : null,
    last_name: name && space !== -1 ? name.slice(space).trim() : null,
  };
}

/**
 * The row of a new session and its token (shown once). `profile` is the request's profile, or the
 * default profile for a request that lists its own steps.
 */
export function newSessionRow(
  input: CreateSessionRequest,
  profile: ProfileRow,
  ownerKey: string | null,
  now: number,
): { row: SessionRow; token: string } {
  let steps: StepName[];
  let applicant: StoredApplicant;
  let referenceId: string | null;
  let expiresIn = 3600;
  let metadata: Record<string, unknown> | null = null;
  if ('profile_id' in input) {
    steps = parseSteps(profile);
    const name = splitName(input.applicant_name);
    applicant = { ...name, email: input.applicant_email ?? null, date_of_birth: null, nationality: null };
    referenceId = input.external_id ?? null;
    expiresIn = input.expires_in ?? 3600;
    metadata = input.metadata ?? null;
  } else {
    steps = input.steps;
    applicant = {
      first_name: input.applicant.first_name,
      last_name: input.applicant.last_name,
      email: input.applicant.email ?? null,
      date_of_birth: input.applicant.date_of_birth ?? null,
      nationality: input.applicant.nationality ?? null,
    };
    referenceId = input.reference_id ?? null;
  }
  const token = newSessionToken();
  const liveness = steps.includes('liveness') ? pickChallenges(profile.liveness_challenges) : [];
  const results: Partial<Record<StepName, StepResult>> = {};
  for (const step of steps) results[step] = { status: 'not_started' };
  const row: SessionRow = {
    id: `ses_${randomUUID()}`,
    token_hash: hashToken(token),
    type: 'kyc',
    status: 'created',
    profile_id: 'profile_id' in input ? profile.id : null,
    reference_id: referenceId,
    steps: JSON.stringify(steps),
    document_types: profile.document_types,
    countries: profile.countries,
    liveness_sequence: JSON.stringify(liveness),
    max_upload_bytes: profile.max_upload_bytes,
    allow_cross_device: profile.allow_cross_device,
    applicant: JSON.stringify(applicant),
    redirect_url: input.redirect_url ?? null,
    webhook_url: input.webhook_url ?? null,
    metadata: metadata ? JSON.stringify(metadata) : null,
    results: JSON.stringify(results),
    decision_reason: null,
    created_at: now,
    updated_at: now,
    expires_at: now + expiresIn * 1000,
    completed_at: null,
    owner_key: ownerKey,
    purged_at: null,
    // Checked against the shipped locales (and canonicalised) by the route before it gets here.
    locale: input.locale ?? null,
  };
  return { row, token };
}
