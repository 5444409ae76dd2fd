// Turns a source file's bytes into text, or rejects it. Articles are UTF-8,
// or UTF-16 marked by its byte order mark (what Windows Notepad writes as
// "Unicode"). Anything else is rejected rather than guessed: guessing an
// encoding silently corrupts text, and a rejection tells the publisher
// exactly which file to re-save.
import { MAX_SOURCE_BYTES, MAX_SOURCE_LABEL } from './limits';
import { SourceRejected } from './rejection';

const RESAVE_HINT = 're-save it as UTF-8';

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
  const text = decodeByByteOrderMark(bytes);
  if (text.trim() === '') throw new SourceRejected('empty', 'file has only whitespace');
  return text;
}

function decodeByByteOrderMark(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = bytes;
  // UTF-32's marks begin like UTF-16's, so they are told apart first.
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    throw new SourceRejected('not-text', `UTF-32 text is not supported: ${RESAVE_HINT}`);
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, false);
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): string {
  // UTF-8 text never contains NUL; binaries (images, PDFs, archives) almost always do.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a mark has a NUL beside every Latin letter. It is named
    // rather than decoded: without the mark, which byte comes first is a guess.
    if (looksLikeUnmarkedUtf16(bytes)) {
      throw new SourceRejected(
        'not-text',
        `looks like UTF-16 text without a byte order mark: ${RESAVE_HINT} (or as UTF-16 with a byte order mark)`,
      );
    }
    throw new SourceRejected('not-text', `not a text file: NUL byte at offset ${nul}`);
  }
  try {
    // ignoreBOM: false (the default) strips a leading byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // TextDecoder only says "invalid data"; find where, so the message is useful.
    throw new SourceRejected(
      'not-text',
      `not UTF-8 text: invalid byte sequence at offset ${firstInvalidUtf8Offset(bytes)}`,
    );
  }
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const name = littleEndian ? 'UTF-16 LE' : 'UTF-16 BE';
  if (bytes.byteLength % 2 !== 0) {
    throw new SourceRejected(
      'not-text',
      `not ${name} text: it ends half way through a character (an odd number of bytes)`,
    );
  }
  const units = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 2; offset < bytes.byteLength; offset += 2) {
    const unit = units.getUint16(offset, littleEndian);
    if (unit === 0) {
      throw new SourceRejected('not-text', `not a text file: NUL character at offset ${offset}`);
    }
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    const next = offset + 2 < bytes.byteLength ? units.getUint16(offset + 2, littleEndian) : 0;
    if (isLow || (isHigh && !(next >= 0xdc00 && next <= 0xdfff))) {
      throw new SourceRejected(
        'not-text',
        `not ${name} text: a broken character (unpaired surrogate) at offset ${offset}`,
      );
    }
    if (isHigh) offset += 2; // the pair's second half is checked
  }
  // The mark is dropped here, as TextDecoder does for UTF-8.
  return new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
}

/**
 * Most of the first kilobyte's characters have a NUL in the same half:
 * Latin text in UTF-16, not a binary file (whose NULs fall anywhere).
 */
function looksLikeUnmarkedUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(bytes.byteLength, 1024) / 2);
  if (pairs < 2) return false;
  let nulFirst = 0;
  let nulSecond = 0;
  for (let pair = 0; pair < pairs; pair++) {
    const first = bytes[pair * 2] === 0;
    const second = bytes[pair * 2 + 1] === 0;
    if (first && !second) nulFirst++;
    else if (second && !first) nulSecond++;
    else if (first && second) return false; // U+0000 is not text
  }
  // A few strays on the other side are characters like 😀 (D83D DE00).
  const [most, fewest] = nulFirst > nulSecond ? [nulFirst, nulSecond] : [nulSecond, nulFirst];
  return most >= pairs * 0.75 && fewest <= most / 10;
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
