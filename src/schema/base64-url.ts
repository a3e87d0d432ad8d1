/**
 * URL-safe base64 without padding (RFC 4648 §5), as links carry records: a
 * plan in a share link, a clinic invitation. Text goes as its UTF-8 bytes, so
 * a child's or plan's name in any script comes back as it went.
 */
export function toBase64Url(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The text `toBase64Url` encoded; throws on a damaged link (bad base64, or bytes that are not UTF-8). */
export function textFromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
