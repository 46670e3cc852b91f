// A MinHash signature as stored (practice_signatures.signature): its 32-bit values little-endian,
// whatever the machine's own byte order, so that any machine reads what another wrote.
import { SIGNATURE_SIZE } from "./similarity";

export function signatureToBytes(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < signature.length; i++) view.setUint32(i * 4, signature[i]!, true);
  return bytes;
}

/** The signature of stored bytes; null when they are not a signature of this size (another algorithm's). */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array | null {
  if (bytes.byteLength !== SIGNATURE_SIZE * 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) signature[i] = view.getUint32(i * 4, true);
  return signature;
}
