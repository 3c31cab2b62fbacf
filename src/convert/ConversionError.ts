/**
 * A file that cannot be converted, with the specific reason. Thrown by converters and
 * recorded on the document; the batch goes on. `retryable` is false for reasons that no
 * retry can fix (a corrupt or encrypted file), so job runners fail such files at once.
 */
import { FAILURE_REASONS, RETRYABLE_REASONS, type FailureReason } from '../model/outcome.js';

export class ConversionError extends Error {
  readonly reason: FailureReason;
  readonly retryable: boolean;

  constructor(reason: FailureReason, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${FAILURE_REASONS[reason]}: ${detail}` : FAILURE_REASONS[reason], options);
    this.name = 'ConversionError';
    this.reason = reason;
    this.retryable = RETRYABLE_REASONS.has(reason);
  }
}
