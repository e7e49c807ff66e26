/** A stored payload that does not match the contract: retrying cannot help, the mail fails at once. */
export class InvalidMailPayloadError extends Error {
  override readonly name = 'InvalidMailPayloadError';
}
