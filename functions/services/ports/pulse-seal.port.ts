import type { WorkMode } from '../../../shared/roster/index.js';

/** What an anonymous pulse answer keeps sealed: the work mode and item id → value. */
export interface SealedPulseContent {
  readonly workMode: WorkMode;
  readonly answers: Readonly<Record<string, number>>;
  /** The optional anonymous comment (normalised, at most 1,000 characters). */
  readonly comment?: string | undefined;
}

/** Seals answers on recording; only the publication job opens them. */
export interface PulseSeal {
  seal(content: SealedPulseContent): Promise<string>;
  open(sealed: string): Promise<SealedPulseContent>;
}
