// Writes the toolbar and store icons (extension/public/icon/<size>.png): a seal-red rounded square with a white
// check mark, drawn with 4×4 supersampling. Run by hand when the design changes; its output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const RED = [194, 59, 34];
const CHECK = [
  [0.27, 0.52],
  [0.44, 0.69],
  [0.75, 0.33],
];

/** Signed distance to a rounded square filling the unit square (corner radius r), negative inside. */
function roundedSquare(x, y, r) {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function pixel(size, px, py) {
  let inside = 0;
  let mark = 0;
  const n = 4;
  const stroke = size <= 16 ? 0.075 : 0.06;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = (px + (i + 0.5) / n) / size;
      const y = (py + (j + 0.5) / n) / size;
      if (roundedSquare(x, y, 0.2) > 0) continue;
      inside++;
      const d = Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2]));
      if (d < stroke) mark++;
    }
  }
  const alpha = inside / (n * n);
  const white = inside === 0 ? 0 : mark / inside;
  const [r, g, b] = RED.map((c) => Math.round(c + (255 - c) * white));
  return [r, g, b, Math.round(alpha * 255)];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes) {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

mkdirSync('extension/public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`extension/public/icon/${size}.png`, png(size));
