// Steps throw SourceRejected for anything wrong with the source itself; the
// caller turns it into a Rejection with the file's path. Any other error is a
// compiler bug and is reported as such, never mistaken for bad input.
import type { RejectionCode } from './types';

export class SourceRejected extends Error {
  constructor(
    readonly code: RejectionCode,
    reason: string,
  ) {
    super(reason);
    this.name = 'SourceRejected';
  }
}
