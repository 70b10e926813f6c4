/** PNG images made on the spot: what the offline camo proxy answers with. */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** A width × height RGB image shading from `top` to `bottom` (a stand-in for a news photo). */
export function gradientPng(width: number, height: number, top: Rgb, bottom: Rgb): Buffer {
  const row = 1 + width * 3; // a filter byte (0 = none), then RGB pixels
  const pixels = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    const share = height === 1 ? 0 : y / (height - 1);
    const colour = top.map((channel, i) => Math.round(channel + ((bottom[i] ?? channel) - channel) * share));
    for (let x = 0; x < width; x++) pixels.set(colour, y * row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit depth, colour type 2 (RGB), default compression/filter/interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** The default answer to every camo request: one grey pixel. */
export const TINY_PNG = gradientPng(1, 1, [200, 200, 200], [200, 200, 200]);
