import { describe, expect, it } from 'vitest';
import { withoutEmptyValues } from '../../src/browser/editor-save.ts';

/** Decap's immutable collections, as far as the pruning uses them: map, filter, size, toJS. */
class Entries<T> {
  constructor(readonly items: [string, T][]) {}
  map<U>(transform: (value: T) => U) {
    return new Entries(this.items.map(([key, value]) => [key, transform(value)] as [string, U]));
  }
  filter(keep: (value: T) => boolean) {
    return new Entries(this.items.filter(([, value]) => keep(value)));
  }
  get size() {
    return this.items.length;
  }
  toJS(): unknown {
    return Object.fromEntries(
      this.items.map(([key, value]) => [key, value instanceof Entries ? value.toJS() : value]),
    );
  }
}
const group = (fields: Record<string, unknown>) => new Entries(Object.entries(fields));

describe('what the web editor saves', () => {
  it('leaves out a field typed in and cleared, and lists and groups left empty', () => {
    const saved = withoutEmptyValues(
      group({
        name: 'Robin Lowe',
        pronouns: '',
        careerPath: group({}),
        languages: group({ 0: 'English', 1: '  ' }),
        registration: group({ url: '', label: '' }),
        capacity: 2,
        accepting: false,
      }),
    ) as Entries<unknown>;
    expect(saved.toJS()).toEqual({
      name: 'Robin Lowe',
      languages: { 0: 'English' },
      capacity: 2,
      accepting: false,
    });
  });
});
