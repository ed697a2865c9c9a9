import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../support/dist.ts';
import { nuCheck, type NuMessage } from '../support/nu-checker.ts';

const pages = htmlPages();
const files = pages.map((page) => join(DIST, page));
let messages: NuMessage[] = [];

// One checker run for the whole site: Java starts once, not once per page.
beforeAll(async () => {
  messages = await nuCheck(files);
});

describe('the W3C Nu HTML checker', () => {
  it('has pages to check', () => {
    expect(pages).not.toEqual([]);
  });

  it.each(pages)('finds no error in %s', (page) => {
    const file = join(DIST, page);
    expect(messages.filter((message) => message.file === file)).toEqual([]);
  });

  it('reports nothing it could not tie to a page', () => {
    expect(messages.filter((message) => !files.includes(message.file))).toEqual([]);
  });
});
