import type { RgbImage } from './png.ts';

/** The size Open Graph and Twitter cards show best: 1.91 to 1. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What the default image shows, for og:image:alt. */
export const SOCIAL_IMAGE_ALT =
  'A drawing of a network: a person at the centre, linked to colleagues around them.';

type Rgb = readonly [number, number, number];

/** "#1d5a8c" -> [29, 90, 140]; the site configuration has checked the form. */
function rgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * A shape: how much of the pixel at (x, y) it covers, 0 to 1, smoothing its edge over one pixel,
 * and the box [left, top, right, bottom] outside which it covers nothing (so drawing is quick).
 */
interface Shape {
  colour: Rgb;
  opacity: number;
  box: readonly [number, number, number, number];
  cover: (x: number, y: number) => number;
}

const edge = (inside: number) => Math.min(1, Math.max(0, inside + 0.5));

const disc = (cx: number, cy: number, r: number, colour: Rgb, opacity = 1): Shape => ({
  colour,
  opacity,
  box: [cx - r - 1, cy - r - 1, cx + r + 1, cy + r + 1],
  cover: (x, y) => edge(r - Math.hypot(x - cx, y - cy)),
});

const ring = (
  cx: number,
  cy: number,
  r: number,
  width: number,
  colour: Rgb,
  opacity = 1,
): Shape => ({
  colour,
  opacity,
  box: [cx - r - width, cy - r - width, cx + r + width, cy + r + width],
  cover: (x, y) => edge(width / 2 - Math.abs(Math.hypot(x - cx, y - cy) - r)),
});

function line(ax: number, ay: number, bx: number, by: number, width: number, colour: Rgb): Shape {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const pad = width + 1;
  return {
    colour,
    opacity: 1,
    box: [
      Math.min(ax, bx) - pad,
      Math.min(ay, by) - pad,
      Math.max(ax, bx) + pad,
      Math.max(ay, by) + pad,
    ],
    cover: (x, y) => {
      const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / length2));
      return edge(width / 2 - Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    },
  };
}

/**
 * The site's default picture for link previews, in its own colours: the accent as the ground,
 * and a small network (the reader at the centre, colleagues on two rings, as on the network map)
 * in white and the dark-mode accent. The same colours always give the same bytes.
 */
export function socialImage(theme: { accent: string; accentDark: string }): RgbImage {
  const { width, height } = SOCIAL_IMAGE;
  const ground = rgb(theme.accent);
  const light = rgb(theme.accentDark);
  const white: Rgb = [255, 255, 255];
  const [cx, cy] = [width / 2, height / 2];
  const around = (count: number, radius: number, turn: number) =>
    Array.from({ length: count }, (_, i) => {
      const angle = turn + (2 * Math.PI * i) / count;
      return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
    });
  const near = around(6, 170, -Math.PI / 2);
  const far = around(5, 280, -Math.PI / 3);
  const shapes: Shape[] = [
    ring(cx, cy, 170, 3, white, 0.35),
    ring(cx, cy, 280, 3, white, 0.2),
    ...near.map(([x, y]) => line(cx, cy, x, y, 6, light)),
    // Each colleague further out is linked through the nearest one closer in.
    ...far.map(([x, y]) => {
      const distance = ([nx, ny]: readonly [number, number]) => Math.hypot(nx - x, ny - y);
      const [nx, ny] = near.reduce((best, node) => (distance(node) < distance(best) ? node : best));
      return line(nx, ny, x, y, 4, light);
    }),
    ...far.map(([x, y]) => disc(x, y, 18, light)),
    ...near.map(([x, y]) => disc(x, y, 28, light)),
    disc(cx, cy, 52, white),
    // A band along the left edge and the foot, in the light accent.
    { colour: light, opacity: 1, box: [0, 0, 24, height], cover: () => 1 },
    { colour: light, opacity: 1, box: [0, height - 24, width, height], cover: () => 1 },
  ];

  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) pixels.set(ground, i);
  // Shapes are laid on in order, each only over the pixels of its box.
  for (const { box, colour, opacity, cover } of shapes) {
    const [left, top, right, bottom] = box.map((v, i) =>
      Math.min(Math.max(Math.floor(v), 0), i % 2 === 0 ? width : height),
    ) as [number, number, number, number];
    for (let y = top; y < bottom; y++) {
      for (let x = left; x < right; x++) {
        const alpha = cover(x + 0.5, y + 0.5) * opacity;
        if (alpha === 0) continue;
        const at = (y * width + x) * 3;
        for (let c = 0; c < 3; c++)
          pixels[at + c] = Math.round(pixels[at + c]! + (colour[c]! - pixels[at + c]!) * alpha);
      }
    }
  }
  return { width, height, pixels };
}
