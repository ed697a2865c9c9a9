import { inflateSync } from 'node:zlib';

/**
 * Reads an 8-bit RGB PNG whose rows are all unfiltered (filter type 0), as the site writes its
 * social image; throws on anything else, so a test cannot pass on a file it did not read.
 */
export function readPng(file: Buffer): {
  width: number;
  height: number;
  pixel: (x: number, y: number) => string;
} {
  const signature = '89504e470d0a1a0a';
  if (file.subarray(0, 8).toString('hex') !== signature) throw new Error('Not a PNG file.');
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 2) throw new Error('Expected an 8-bit RGB PNG.');
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const stride = width * 3 + 1;
  if (rows.length !== stride * height) throw new Error('The image data is not width x height.');
  for (let y = 0; y < height; y++)
    if (rows[y * stride] !== 0) throw new Error(`Row ${y} is filtered; expected filter type 0.`);
  const pixel = (x: number, y: number) =>
    `#${rows.subarray(y * stride + 1 + x * 3, y * stride + 4 + x * 3).toString('hex')}`;
  return { width, height, pixel };
}
