import { describe, expect, it } from 'vitest';
import {
  CENTRE,
  drawNetwork,
  networkSummary,
  RING_BANDS,
  shortLabel,
} from '../../src/shared/network-drawing.ts';
import type { Person } from '../../src/shared/network-score.ts';
import { svgMarkup, type SvgNode } from '../../src/shared/svg-tree.ts';

const person = (
  name: string,
  circle: Person['circle'],
  closeness: Person['closeness'],
): Person => ({ id: name, name, circle, closeness });

/** Every node of the tree, depth first. */
function nodes(node: SvgNode): SvgNode[] {
  return [
    node,
    ...node.children.flatMap((child) => (typeof child === 'string' ? [] : nodes(child))),
  ];
}
const text = (node: SvgNode): string =>
  node.children.map((child) => (typeof child === 'string' ? child : text(child))).join('');

// The sectors' middles, clockwise from straight up (SVG's y axis points down).
const SECTOR_MIDDLE: Record<Person['circle'], number> = {
  'own-team': -90,
  'other-departments': -30,
  leadership: 30,
  'similar-roles': 90,
  'employee-groups': 150,
  outside: 210,
};

describe('the network map picture', () => {
  const people = [
    person('Ana', 'own-team', 3),
    person('Ben', 'leadership', 1),
    person('Cleo', 'outside', 2),
    ...Array.from({ length: 8 }, (_, index) => person(`Team ${index + 1}`, 'own-team', 2)),
  ];
  const drawing = drawNetwork(people, { id: 'map', title: 'Your network map' });

  it('is an image named by its title and described by its summary', () => {
    expect(drawing.attributes).toMatchObject({
      role: 'img',
      'aria-labelledby': 'map-title',
      'aria-describedby': 'map-desc',
    });
    expect(drawing.children.slice(0, 2)).toEqual([
      { name: 'title', attributes: { id: 'map-title' }, children: ['Your network map'] },
      { name: 'desc', attributes: { id: 'map-desc' }, children: [networkSummary(people)] },
    ]);
  });

  it('puts every person in their closeness ring and their circle sector, labelled', () => {
    const dots = nodes(drawing).filter(
      (node) => node.attributes['class'] === 'network-drawing__person',
    );
    expect(dots.map((dot) => text(dot.children[2] as SvgNode))).toEqual(people.map((p) => p.name));
    for (const [index, dot] of dots.entries()) {
      const { circle, closeness } = people[index]!;
      const mark = dot.children[1] as SvgNode;
      const x = Number(mark.attributes['cx']) - CENTRE.x;
      const y = Number(mark.attributes['cy']) - CENTRE.y;
      const [inner, outer] = RING_BANDS[closeness];
      expect(Math.hypot(x, y)).toBeGreaterThan(inner);
      expect(Math.hypot(x, y)).toBeLessThan(outer);
      const degrees = (Math.atan2(y, x) * 180) / Math.PI;
      const fromMiddle = ((((degrees - SECTOR_MIDDLE[circle]) % 360) + 540) % 360) - 180;
      expect(Math.abs(fromMiddle)).toBeLessThan(30);
    }
  });

  it('draws three rings and six labelled sectors, the same with no one on it', () => {
    for (const tree of [drawing, drawNetwork([], { id: 'blank', title: 'A blank map' })]) {
      const all = nodes(tree);
      expect(
        all.filter((node) => node.attributes['class'] === 'network-drawing__ring'),
      ).toHaveLength(3);
      expect(
        all.filter((node) => node.name === 'path' && node.attributes['data-circle']),
      ).toHaveLength(6);
      const labels = all
        .filter((node) => node.name === 'text' && node.attributes['data-circle'])
        .map((node) => node.children.map((line) => text(line as SvgNode)).join(' '));
      expect(labels).toEqual([
        'Your own team',
        'Other departments',
        'Leadership',
        'People in similar roles elsewhere',
        'Employee groups',
        'Outside your institution',
      ]);
    }
  });

  it('writes a name as text, never as markup', () => {
    const markup = svgMarkup(
      drawNetwork([person('<script>"x" & y</script>', 'own-team', 1)], { id: 'm', title: 'T' }),
    );
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;');
  });

  it('shortens long names beside their dot', () => {
    expect(shortLabel('Oskar Lindqvist')).toBe('Oskar Lindqvist');
    expect(shortLabel('Cleo Martínez-Ortega')).toBe('Cleo Martínez-O…');
  });

  it('sums up the map in words', () => {
    expect(networkSummary([person('Ana', 'own-team', 3), person('Ben', 'own-team', 1)])).toBe(
      'You are at the centre, with 2 people in 1 of 6 circles. Your own team: 2 (Ana, Ben). ' +
        'No one yet in: Other departments, Leadership, People in similar roles elsewhere, ' +
        'Employee groups, Outside your institution. The rings, from the centre out: ' +
        'They would help me if I asked; We talk now and then; We have met.',
    );
  });
});
