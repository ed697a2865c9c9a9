import { describe, expect, it } from 'vitest';
import { guideBodyNeeds, pagePolicy } from '../../src/site/page-policy.ts';

describe("a page's content security policy", () => {
  it('allows a page that needs nothing more only its own scripts, styles, images and forms', () => {
    expect(pagePolicy()).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'",
    );
  });

  it("lets the search page run Pagefind: WebAssembly, its worker and its index's files", () => {
    expect(pagePolicy(['site-search'])).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; connect-src 'self'",
    );
  });

  it('lets the request form open the email app, and nothing else', () => {
    expect(pagePolicy(['mailto-form'])).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self' mailto:; base-uri 'none'",
    );
  });

  it('names each allowance once, however many needs ask for it', () => {
    expect(pagePolicy(['fetches-site-data', 'site-search', 'fetches-site-data'])).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; connect-src 'self'",
    );
  });
});

describe("a guide body's needs", () => {
  it('come from the content components it imports', () => {
    const body = [
      "import NetworkMap from '../../src/components/content/NetworkMap.astro';",
      "import HrContact from '../../src/components/content/HrContact.astro';",
      '',
      '<NetworkMap />',
    ].join('\n');
    expect(guideBodyNeeds(body)).toEqual(['data-images']);
  });

  it('are none for a guide that imports only components needing nothing more', () => {
    const body = "import HrContact from '../../src/components/content/HrContact.astro';\n\nText.";
    expect(guideBodyNeeds(body)).toEqual([]);
  });

  it('are none for a guide that only mentions a component in its words', () => {
    expect(guideBodyNeeds('Draw your map with NetworkMap.astro, then import it.')).toEqual([]);
  });
});
