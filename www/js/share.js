// Share links: both texts, deflate-compressed, base64url-encoded in the URL
// fragment (#share=…). Browsers never send the fragment to a server.

export const MAX_FRAGMENT = 60_000; // characters; longer links break in mail and chat tools
const PREFIX = 'share=';

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The fragment (without '#') that carries both texts. */
export async function encodeShare(old, neu) {
  const json = JSON.stringify({ v: 1, o: old, n: neu });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(packed);
}

/** Both texts from a location hash, or null when the hash is not a share link. */
export async function decodeShare(hash) {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) return null;
  const bytes = fromBase64Url(fragment.slice(PREFIX.length));
  const json = new TextDecoder().decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
  const data = JSON.parse(json);
  if (typeof data?.o !== 'string') throw new Error('the link does not hold a text');
  return { old: data.o, new: typeof data.n === 'string' ? data.n : '' };
}

/** The file offered when a link would be too long; opening or dropping it restores both texts. */
export function shareFile(old, neu) {
  return new Blob([JSON.stringify({ app: 'palimpsest', version: 1, old, new: neu }, null, 1)], { type: 'application/json' });
}
