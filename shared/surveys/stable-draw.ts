/**
 * A contact's own draw in [0, 1), from its id (FNV-1a, 32 bits). The same contact always gets
 * the same draw, so sampling is reproducible and cannot be steered by hand.
 */
export function stableDraw(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}
