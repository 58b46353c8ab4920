/** A claim that cannot be made true: the build stops and names it. */
export class ClaimError extends Error {
  readonly claimId: string;
  constructor(claimId: string, reason: string) {
    super(`claim ${claimId}: ${reason}`);
    this.name = "ClaimError";
    this.claimId = claimId;
  }
}
