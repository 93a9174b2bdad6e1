/**
 * The product's icon: a disc in the pages' accent (#0b5cad, the `--accent` of the layouts)
 * crossed by a white pulse line, drawn as a 32×32 Windows icon (one 32-bit BMP image, alpha
 * antialiased edge) so browsers asking `/favicon.ico` by themselves find it.
 */
const size = 32;
const accent = { r: 0x0b, g: 0x5c, b: 0xad };
/** The pulse line, in pixel coordinates (y down). */
const pulse: readonly (readonly [number, number])[] = [
  [5, 16.5],
  [11, 16.5],
  [14, 8.5],
  [18.5, 24],
  [21.5, 16.5],
  [27, 16.5],
];

function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function pixel(x: number, y: number): { r: number; g: number; b: number; a: number } {
  const cx = x + 0.5;
  const cy = y + 0.5;
  const edge = size / 2 - Math.hypot(cx - size / 2, cy - size / 2);
  const alpha = Math.round(255 * Math.max(0, Math.min(1, edge + 0.5)));
  let line = Number.POSITIVE_INFINITY;
  for (let i = 1; i < pulse.length; i++) {
    line = Math.min(line, distanceToSegment(cx, cy, pulse[i - 1] ?? [0, 0], pulse[i] ?? [0, 0]));
  }
  const white = Math.max(0, Math.min(1, 1.9 - line));
  const mix = (from: number) => Math.round(from + (255 - from) * white);
  return { r: mix(accent.r), g: mix(accent.g), b: mix(accent.b), a: alpha };
}

/** The bytes of `/favicon.ico`: ICONDIR, one ICONDIRENTRY, then the BMP (BGRA rows bottom-up, empty AND mask). */
export function faviconIco(): Uint8Array {
  const pixels = size * size * 4;
  const mask = size * 4;
  const image = 40 + pixels + mask;
  const bytes = new Uint8Array(6 + 16 + image);
  const view = new DataView(bytes.buffer);
  view.setUint16(2, 1, true);
  view.setUint16(4, 1, true);
  bytes[6] = size;
  bytes[7] = size;
  view.setUint16(10, 1, true);
  view.setUint16(12, 32, true);
  view.setUint32(14, image, true);
  view.setUint32(18, 22, true);
  view.setUint32(22, 40, true);
  view.setInt32(26, size, true);
  view.setInt32(30, size * 2, true);
  view.setUint16(34, 1, true);
  view.setUint16(36, 32, true);
  view.setUint32(42, pixels + mask, true);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const { r, g, b, a } = pixel(x, y);
      const at = 62 + ((size - 1 - y) * size + x) * 4;
      bytes.set([b, g, r, a], at);
    }
  }
  return bytes;
}
