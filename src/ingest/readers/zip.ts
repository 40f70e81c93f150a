/**
 * @module Reading a zip's central directory (names and declared sizes) without inflating
 * anything, so a zip bomb is refused before any library opens it.
 */

/** One entry of a zip's central directory, as declared. */
export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** Thrown when the bytes are not a readable zip. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Lists the entries a zip declares in its central directory.
 * @throws ZipFormatError when there is no end-of-central-directory record or an entry is cut off.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const min = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end-of-central-directory record (truncated or not a zip)');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) throw new ZipFormatError('ZIP64 archives are not supported');
  if (offset + size > bytes.length) throw new ZipFormatError('central directory lies outside the file (truncated)');
  const entries: ZipEntry[] = [];
  let p = offset;
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) {
      throw new ZipFormatError(`central directory entry ${i} is damaged`);
    }
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, compressedSize, uncompressedSize });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}
