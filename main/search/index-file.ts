// The search index on disk: a small binary file instead of Lunr's JSON.
//
//   "RSIX" | u32 format version | u32 header length | header (JSON, UTF-8)
//   | padding to 4 bytes | u32[termCount + 1] posting offsets
//   | terms (UTF-8, sorted, "\n" between) | postings (varints)
//
// A term's postings are, for each field in header order: the number of
// documents, then per document the gap from the previous document number
// and Lunr's BM25 weight for (term, field, document) in thousandths (Lunr
// itself rounds weights to three decimals, so nothing is lost). No term
// positions are stored: passages are found afterwards in the text of the
// best articles only. docs/decisions/0002-no-term-positions-in-the-index.md
// has the numbers behind this.

export const INDEX_MAGIC = 'RSIX';
export const INDEX_FORMAT_VERSION = 3;

export interface IndexedDocument {
  id: string;
  title: string;
  tags: string[];
  /** Its language, as a position in the header's languages; absent for the first. */
  language?: number;
}

export interface IndexHeader {
  /** The manifest contentHash the index was built from: a mismatch means rebuild. */
  contentHash: string;
  fields: string[];
  /**
   * The languages the articles were stemmed in (languages.ts), the most
   * common first; a query word is stemmed in each.
   */
  languages: string[];
  /** Document number -> article. */
  docs: IndexedDocument[];
  termCount: number;
  termBytes: number;
  postingBytes: number;
}

export interface IndexData extends IndexHeader {
  /** Every index term, sorted by UTF-16 code unit (JavaScript's default sort). */
  terms: string[];
  /** postings.subarray(postingStarts[t], postingStarts[t + 1]) holds term t's postings. */
  postingStarts: Uint32Array;
  postings: Uint8Array;
}

export function encodeIndex(data: IndexData): Uint8Array {
  const { terms: _terms, postingStarts, postings, ...rest } = data;
  const termBlob = Buffer.from(data.terms.join('\n'), 'utf8');
  const header: IndexHeader = {
    ...rest,
    termCount: data.terms.length,
    termBytes: termBlob.length,
    postingBytes: postings.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const startsAt = align4(12 + headerBytes.length);
  const out = Buffer.alloc(startsAt + postingStarts.byteLength + termBlob.length + postings.length);
  out.write(INDEX_MAGIC, 0, 'latin1');
  out.writeUInt32LE(INDEX_FORMAT_VERSION, 4);
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  let at = startsAt;
  for (const start of postingStarts) {
    out.writeUInt32LE(start, at);
    at += 4;
  }
  termBlob.copy(out, at);
  out.set(postings, at + termBlob.length);
  return out;
}

export class IndexFormatError extends Error {}

/** Reads the header only: enough to tell whether the index is current. */
export function decodeIndexHeader(bytes: Uint8Array): IndexHeader {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12 || buffer.toString('latin1', 0, 4) !== INDEX_MAGIC) {
    throw new IndexFormatError('it is not a search index file');
  }
  const version = buffer.readUInt32LE(4);
  if (version !== INDEX_FORMAT_VERSION) {
    throw new IndexFormatError(`it has format version ${version}, not ${INDEX_FORMAT_VERSION}`);
  }
  const headerLength = buffer.readUInt32LE(8);
  if (12 + headerLength > buffer.length) throw new IndexFormatError('it is cut short');
  try {
    return JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as IndexHeader;
  } catch {
    throw new IndexFormatError('its header is damaged');
  }
}

export function decodeIndex(bytes: Uint8Array): IndexData {
  const header = decodeIndexHeader(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsAt = align4(12 + buffer.readUInt32LE(8));
  const termsAt = startsAt + (header.termCount + 1) * 4;
  const postingsAt = termsAt + header.termBytes;
  if (postingsAt + header.postingBytes !== buffer.length) {
    throw new IndexFormatError('its size does not match its header (cut short or damaged)');
  }
  // A typed-array view needs 4-byte alignment; a file read into a pooled buffer may lack it.
  const postingStarts =
    (buffer.byteOffset + startsAt) % 4 === 0
      ? new Uint32Array(buffer.buffer, buffer.byteOffset + startsAt, header.termCount + 1)
      : new Uint32Array(
          buffer.buffer.slice(buffer.byteOffset + startsAt, buffer.byteOffset + termsAt),
        );
  const terms =
    header.termCount === 0 ? [] : buffer.toString('utf8', termsAt, postingsAt).split('\n');
  if (
    terms.length !== header.termCount ||
    postingStarts[header.termCount] !== header.postingBytes
  ) {
    throw new IndexFormatError('its term table is damaged');
  }
  return {
    ...header,
    terms,
    postingStarts,
    postings: buffer.subarray(postingsAt),
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
