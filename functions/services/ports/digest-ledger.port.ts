/** What a claim on one manager's digest of one week found. */
export type DigestClaimOutcome =
  /** This run holds the claim: it sends, then marks the digest sent (or releases the claim). */
  | 'claimed'
  | 'already-sent'
  /** Another run holds an unexpired claim and may be sending right now. */
  | 'being-sent';

/**
 * One marker per manager and week, so the weekly digest goes out once (claim, send, mark sent).
 * A run that dies between claim and send leaves a claim that expires, and the next run sends.
 */
export interface DigestLedger {
  /**
   * Claims the digest of `managerEmail` for `week` until `leaseUntil`: when there is no marker,
   * or when the marker is a claim whose lease ended before `now`. A conditional write.
   */
  claim(
    week: string,
    managerEmail: string,
    claim: { readonly claimId: string; readonly now: Date; readonly leaseUntil: Date },
  ): Promise<DigestClaimOutcome>;
  /** Marks the digest sent; false when the claim was no longer this run's (its lease ran out). */
  markSent(
    week: string,
    managerEmail: string,
    claimId: string,
    sent: { readonly messageId: string; readonly at: Date },
  ): Promise<boolean>;
  /** Gives a claim back after a failed send, so the next run tries again at once. */
  release(week: string, managerEmail: string, claimId: string): Promise<void>;
}
