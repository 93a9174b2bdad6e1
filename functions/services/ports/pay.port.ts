import type { PayPrerequisites } from '../../../shared/pay/pay-prerequisites.js';
import type { PayPolicyVersion } from '../../../shared/pay/policy-in-force.js';

/** The centre's pay prerequisites and its pay policy versions. */
export interface PayRepository {
  prerequisites(): Promise<PayPrerequisites | undefined>;
  savePrerequisites(prerequisites: PayPrerequisites): Promise<void>;
  /** Every stored policy version, drafts included, oldest first. */
  policyVersions(): Promise<PayPolicyVersion[]>;
  /** Stores a new version; false when its number is already taken (another save came first). */
  addPolicyVersion(version: PayPolicyVersion): Promise<boolean>;
  /** Marks a draft published; false when the version does not exist or is already published. */
  markPublished(version: number, publishedAt: string, publishedBy: string): Promise<boolean>;
}
