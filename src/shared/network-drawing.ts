/**
 * The network map as a picture: the reader at the centre, a ring for each closeness (the closest
 * inside), a sector for each circle, and every person as a labelled dot. Pure and deterministic:
 * the build draws the empty and the blank map with it, the browser the reader's own.
 *
 * Colours are presentation attributes, so an exported file shows them on its own; in the page,
 * components.css overrides them with the theme's custom properties (light and dark).
 */
import { CIRCLES, CLOSENESS_LABELS, type Closeness, type Person } from './network-score.ts';
import { svg, type SvgNode } from './svg-tree.ts';

export const DRAWING_WIDTH = 900;
export const DRAWING_HEIGHT = 790;
export const CENTRE = { x: 450, y: 345 } as const;
/** The reader's own disc, inside the closest ring. */
export const YOU_RADIUS = 34;
/** Inner and outer radius of each closeness's ring: 3 (would help) inside, 1 (have met) outside. */
export const RING_BANDS: Record<Closeness, readonly [number, number]> = {
  3: [YOU_RADIUS, 125],
  2: [125, 210],
  1: [210, 295],
};
const OUTER_RADIUS = RING_BANDS[1][1];
/** Each circle's sector spans this many degrees, the first centred straight up, then clockwise. */
const SECTOR_DEGREES = 360 / CIRCLES.length;

const COLOURS = {
  text: '#1b1b1f',
  background: '#ffffff',
  surface: '#f3f3f6',
  line: '#4a4a55',
};
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const NAME_SIZE = 13;
const SECTOR_SIZE = 15;
/** Average glyph width as a share of the font size: enough for estimating label boxes. */
const GLYPH = 0.56;
const MAX_LABEL = 16;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;
/** The middle of a circle's sector, in degrees clockwise from the x axis (SVG's y points down). */
const sectorMiddle = (index: number) => -90 + index * SECTOR_DEGREES;
const point = (radius: number, degrees: number) => ({
  x: CENTRE.x + radius * Math.cos(radians(degrees)),
  y: CENTRE.y + radius * Math.sin(radians(degrees)),
});
const round = (value: number) => Math.round(value * 10) / 10;
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Degrees from a to b, between -180 and 180. */
const turn = (from: number, to: number) => ((((to - from) % 360) + 540) % 360) - 180;

/** A name as it fits beside its dot; the list below the map has it in full. */
export function shortLabel(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;
}

/** Words in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface SectorLabel {
  lines: string[];
  x: number;
  /** The baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

const LINE_HEIGHT = 18;

function sectorLabel(label: string, index: number): SectorLabel {
  const middle = sectorMiddle(index);
  const lines = wrap(label, 17);
  const at = point(OUTER_RADIUS + 12, middle);
  const cos = Math.cos(radians(middle));
  const sin = Math.sin(radians(middle));
  const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
  const height = lines.length * LINE_HEIGHT;
  // Above the map the lines end at the ring, below it they start there, beside it they centre on it.
  const top = sin < -0.9 ? at.y - height : sin > 0.9 ? at.y : at.y - height / 2;
  const width = Math.max(...lines.map((line) => line.length)) * SECTOR_SIZE * 0.64;
  const left = anchor === 'start' ? at.x : anchor === 'end' ? at.x - width : at.x - width / 2;
  return {
    lines,
    x: round(at.x),
    y: round(top + SECTOR_SIZE),
    anchor,
    box: { left, top, right: left + width, bottom: top + height },
  };
}

interface Placed {
  person: Person;
  x: number;
  y: number;
  label: string;
  anchor: 'start' | 'end';
}

/** Places each person in their circle's sector and closeness's ring, their label clear of others'. */
function placePeople(people: readonly Person[], taken: Box[]): Placed[] {
  const placed: Placed[] = [];
  for (const person of people) {
    const index = CIRCLES.findIndex((circle) => circle.id === person.circle);
    const middle = sectorMiddle(index);
    const [inner, outer] = RING_BANDS[person.closeness];
    const label = shortLabel(person.name);
    const width = label.length * NAME_SIZE * GLYPH;
    const candidates: { x: number; y: number; distance: number }[] = [];
    const middleRadius = (inner + outer) / 2;
    for (let radius = inner + 12; radius <= outer - 9; radius += 7) {
      const step = (6 / radius) * (180 / Math.PI);
      for (let offset = 0; offset <= SECTOR_DEGREES / 2 - 5; offset += step) {
        for (const side of offset === 0 ? [0] : [-offset, offset]) {
          const at = point(radius, middle + side);
          candidates.push({
            ...at,
            distance: Math.hypot(radius - middleRadius, radians(side) * middleRadius),
          });
        }
      }
    }
    candidates.sort((a, b) => a.distance - b.distance);
    const boxesAt = (x: number, y: number, anchor: 'start' | 'end') => {
      const dot = { left: x - 6, top: y - 6, right: x + 6, bottom: y + 6 };
      const text =
        anchor === 'start'
          ? { left: x + 7, top: y - 8, right: x + 9 + width, bottom: y + 8 }
          : { left: x - 9 - width, top: y - 8, right: x - 7, bottom: y + 8 };
      return [dot, text] as const;
    };
    const inSector = (box: Box) =>
      [
        [box.left, box.top],
        [box.right, box.top],
        [box.left, box.bottom],
        [box.right, box.bottom],
      ].every(([x, y]) => {
        const degrees = (Math.atan2(y! - CENTRE.y, x! - CENTRE.x) * 180) / Math.PI;
        return (
          Math.abs(turn(middle, degrees)) <= SECTOR_DEGREES / 2 &&
          Math.hypot(x! - CENTRE.x, y! - CENTRE.y) <= OUTER_RADIUS + 4
        );
      });
    const inView = (box: Box) => box.left >= 2 && box.right <= DRAWING_WIDTH - 2;
    // Strictest first: clear of everything and inside the sector; then clear of everything;
    // then, in a crowded circle, the nearest place to the circle's middle.
    const choice = (() => {
      for (const strict of [true, false]) {
        for (const candidate of candidates) {
          const anchor = candidate.x >= CENTRE.x ? 'start' : 'end';
          const [dot, text] = boxesAt(candidate.x, candidate.y, anchor);
          if (!inView(text)) continue;
          if (strict && !inSector(text)) continue;
          if (taken.some((box) => overlaps(box, dot) || overlaps(box, text))) continue;
          return { ...candidate, anchor } as const;
        }
      }
      // Crowded: the place whose boxes cover the least of what is drawn already.
      const area = (a: Box, b: Box) =>
        Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
        Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
      let best = { ...candidates[0]!, anchor: 'start' as 'start' | 'end', cost: Infinity };
      for (const candidate of candidates) {
        const anchor = candidate.x >= CENTRE.x ? 'start' : 'end';
        const boxes = boxesAt(candidate.x, candidate.y, anchor);
        const cost = taken.reduce(
          (sum, box) => sum + area(box, boxes[0]) * 4 + area(box, boxes[1]),
          0,
        );
        if (cost < best.cost) best = { ...candidate, anchor, cost };
      }
      return best;
    })();
    taken.push(...boxesAt(choice.x, choice.y, choice.anchor));
    placed.push({ person, x: round(choice.x), y: round(choice.y), label, anchor: choice.anchor });
  }
  return placed;
}

/** What the picture shows, in words: the picture's description for screen readers. */
export function networkSummary(people: readonly Person[]): string {
  const rings = `The rings, from the centre out: ${([3, 2, 1] as const).map((level) => CLOSENESS_LABELS[level]).join('; ')}.`;
  if (people.length === 0)
    return `You are at the centre. No one is on the map yet. ${rings} The circles: ${CIRCLES.map((circle) => circle.label).join(', ')}.`;
  const reached = CIRCLES.filter((circle) => people.some((person) => person.circle === circle.id));
  const missing = CIRCLES.filter((circle) => !reached.includes(circle));
  const parts = reached.map((circle) => {
    const members = people.filter((person) => person.circle === circle.id);
    return `${circle.label}: ${members.length} (${members.map((person) => person.name).join(', ')}).`;
  });
  return [
    `You are at the centre, with ${people.length === 1 ? '1 person' : `${people.length} people`} in ${reached.length} of ${CIRCLES.length} circles.`,
    ...parts,
    missing.length > 0 ? `No one yet in: ${missing.map((circle) => circle.label).join(', ')}.` : '',
    rings,
  ]
    .filter(Boolean)
    .join(' ');
}

export interface DrawingOptions {
  /** Prefix for the ids of the title and description: unique on the page. */
  id: string;
  title: string;
  /** Adds the XML namespace, for a file of its own. */
  standalone?: boolean;
}

/** An annular sector from `from` to `to` degrees between two radii. */
function sectorPath(inner: number, outer: number, from: number, to: number): string {
  const [a, b, c, d] = [point(outer, from), point(outer, to), point(inner, to), point(inner, from)];
  return [
    `M ${round(a.x)} ${round(a.y)}`,
    `A ${outer} ${outer} 0 0 1 ${round(b.x)} ${round(b.y)}`,
    `L ${round(c.x)} ${round(c.y)}`,
    `A ${inner} ${inner} 0 0 0 ${round(d.x)} ${round(d.y)}`,
    'Z',
  ].join(' ');
}

const textAttributes = (size: number, weight = 400) => ({
  'font-family': FONT,
  'font-size': size,
  'font-weight': weight,
  fill: COLOURS.text,
});

export function drawNetwork(people: readonly Person[], options: DrawingOptions): SvgNode {
  const sectors = CIRCLES.map((circle, index) => sectorLabel(circle.label, index));
  const you = {
    left: CENTRE.x - YOU_RADIUS,
    top: CENTRE.y - YOU_RADIUS,
    right: CENTRE.x + YOU_RADIUS,
    bottom: CENTRE.y + YOU_RADIUS,
  };
  const placed = placePeople(people, [you, ...sectors.map((sector) => sector.box)]);
  const legendTop = CENTRE.y + OUTER_RADIUS + 12 + 2 * LINE_HEIGHT + 34;
  const ringNames = ['Inner ring', 'Middle ring', 'Outer ring'];

  return svg(
    'svg',
    {
      ...(options.standalone ? { xmlns: 'http://www.w3.org/2000/svg' } : {}),
      class: 'network-drawing',
      viewBox: `0 0 ${DRAWING_WIDTH} ${DRAWING_HEIGHT}`,
      width: DRAWING_WIDTH,
      height: DRAWING_HEIGHT,
      role: 'img',
      'aria-labelledby': `${options.id}-title`,
      'aria-describedby': `${options.id}-desc`,
    },
    svg('title', { id: `${options.id}-title` }, options.title),
    svg('desc', { id: `${options.id}-desc` }, networkSummary(people)),
    svg('rect', {
      class: 'network-drawing__paper',
      x: 0,
      y: 0,
      width: DRAWING_WIDTH,
      height: DRAWING_HEIGHT,
      fill: COLOURS.background,
    }),
    svg(
      'g',
      { class: 'network-drawing__sectors' },
      ...CIRCLES.map((circle, index) =>
        svg('path', {
          class: `network-drawing__sector${index % 2 === 0 ? ' network-drawing__sector--shaded' : ''}`,
          'data-circle': circle.id,
          d: sectorPath(
            YOU_RADIUS,
            OUTER_RADIUS,
            sectorMiddle(index) - SECTOR_DEGREES / 2,
            sectorMiddle(index) + SECTOR_DEGREES / 2,
          ),
          fill: index % 2 === 0 ? COLOURS.surface : COLOURS.background,
          stroke: COLOURS.line,
          'stroke-width': 1.5,
        }),
      ),
    ),
    svg(
      'g',
      { class: 'network-drawing__rings', fill: 'none', stroke: COLOURS.line, 'stroke-width': 1.5 },
      ...([3, 2, 1] as const).map((level) =>
        svg('circle', {
          class: 'network-drawing__ring',
          'data-closeness': level,
          cx: CENTRE.x,
          cy: CENTRE.y,
          r: RING_BANDS[level][1],
        }),
      ),
    ),
    svg(
      'g',
      { class: 'network-drawing__circle-labels' },
      ...sectors.map((sector, index) =>
        svg(
          'text',
          {
            ...textAttributes(SECTOR_SIZE, 700),
            'data-circle': CIRCLES[index]!.id,
            x: sector.x,
            y: sector.y,
            'text-anchor': sector.anchor,
          },
          ...sector.lines.map((line, number) =>
            svg('tspan', { x: sector.x, dy: number === 0 ? 0 : LINE_HEIGHT }, line),
          ),
        ),
      ),
    ),
    svg('circle', {
      class: 'network-drawing__you',
      cx: CENTRE.x,
      cy: CENTRE.y,
      r: YOU_RADIUS - 6,
      fill: COLOURS.text,
    }),
    svg(
      'text',
      {
        ...textAttributes(14, 700),
        class: 'network-drawing__you-label',
        x: CENTRE.x,
        y: CENTRE.y + 5,
        'text-anchor': 'middle',
        fill: COLOURS.background,
      },
      'You',
    ),
    svg(
      'g',
      { class: 'network-drawing__people' },
      ...placed.map((entry) =>
        svg(
          'g',
          {
            class: 'network-drawing__person',
            'data-circle': entry.person.circle,
            'data-closeness': entry.person.closeness,
          },
          svg('title', {}, `${entry.person.name}: ${CLOSENESS_LABELS[entry.person.closeness]}`),
          svg('circle', {
            class: 'network-drawing__dot',
            cx: entry.x,
            cy: entry.y,
            r: 5,
            fill: COLOURS.text,
          }),
          svg(
            'text',
            {
              ...textAttributes(NAME_SIZE),
              class: 'network-drawing__name',
              x: round(entry.anchor === 'start' ? entry.x + 8 : entry.x - 8),
              y: round(entry.y + NAME_SIZE * 0.35),
              'text-anchor': entry.anchor,
              stroke: COLOURS.background,
              'stroke-width': 3,
              'paint-order': 'stroke',
            },
            entry.label,
          ),
        ),
      ),
    ),
    svg(
      'g',
      { class: 'network-drawing__legend' },
      ...([3, 2, 1] as const).map((level, index) =>
        svg(
          'text',
          {
            ...textAttributes(14),
            x: CENTRE.x,
            y: legendTop + index * LINE_HEIGHT,
            'text-anchor': 'middle',
          },
          `${ringNames[index]}: ${CLOSENESS_LABELS[level]}`,
        ),
      ),
    ),
  );
}
