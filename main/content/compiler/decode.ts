// Turns a source file's bytes into text, or rejects it. Articles must be
// UTF-8: guessing other encodings silently corrupts text, and a rejection
// tells the publisher exactly which file to re-save.
import { MAX_SOURCE_BYTES, MAX_SOURCE_LABEL } from './limits';
import { SourceRejected } from './rejection';

export function checkSourceSize(byteLength: number): void {
  if (byteLength > MAX_SOURCE_BYTES) {
    const megabytes = (byteLength / (1024 * 1024)).toFixed(1);
    throw new SourceRejected(
      'too-large',
      `file is ${megabytes} MB, over the ${MAX_SOURCE_LABEL} limit for one article`,
    );
  }
}

export function decodeSourceText(bytes: Uint8Array): string {
  checkSourceSize(bytes.byteLength);
  if (bytes.byteLength === 0) throw new SourceRejected('empty', 'file is empty');
  // UTF-8 text never contains NUL; binaries (images, PDFs, archives) almost always do.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new SourceRejected('not-text', `not a text file: NUL byte at offset ${nul}`);
  }
  let text: string;
  try {
    // ignoreBOM: false (the default) strips a leading byte order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // TextDecoder only says "invalid data"; find where, so the message is useful.
    throw new SourceRejected(
      'not-text',
      `not UTF-8 text: invalid byte sequence at offset ${firstInvalidUtf8Offset(bytes)}`,
    );
  }
  if (text.trim() === '') throw new SourceRejected('empty', 'file has only whitespace');
  return text;
}

/** Offset of the first byte where the UTF-8 decoding fails. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // A prefix that fails to decode stays failing when it grows, so binary search
  // for the shortest failing prefix. stream: true tolerates a sequence cut off
  // at the end of the prefix, which is not an error yet.
  const prefixDecodes = (length: number, stream = true): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0; // prefixDecodes(low) is true
  let high = bytes.byteLength; // prefixDecodes(high) is false
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (prefixDecodes(middle)) low = middle;
    else high = middle;
  }
  const failingByte = high - 1;
  // When that byte cuts a multi-byte sequence short (Latin-1 "é" then a
  // space), the error is the sequence's lead byte: point there instead.
  if (prefixDecodes(failingByte, false)) return failingByte;
  for (let lead = failingByte - 1; lead >= Math.max(0, failingByte - 3); lead--) {
    if ((bytes[lead] ?? 0) >= 0xc0) return lead;
  }
  return failingByte;
}
