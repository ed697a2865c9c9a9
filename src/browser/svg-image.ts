/** Draws an SVG file onto a canvas and returns it as a PNG, all in the page: nothing is uploaded. */
export async function svgToPng(
  markup: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  // A data: address, which the content security policy allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('This browser cannot make images.'))),
      'image/png',
    ),
  );
}
