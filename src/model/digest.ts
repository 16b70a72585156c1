/**
 * SHA-256 of a file's bytes, as lowercase hex. Web Crypto where the page has it
 * (https and localhost); a plain-http page has no `crypto.subtle`, and there a
 * small audited implementation is loaded on demand, so a story is checked the
 * same way wherever it is served.
 */
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return hex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return hex(sha256(bytes));
}
