import { expect } from 'chai';
import { configFields } from '../../src/core/config.js';
import { createConsent } from '../../src/core/consent.js';

async function read(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
}

/** The `### \`name\`` headings of a markdown file. */
function headings(markdown: string): string[] {
  return [...markdown.matchAll(/^### `([^`]+)`/gm)].map((match) => match[1] ?? '');
}

describe('the documentation', () => {
  it('the configuration reference documents every config field, and no field that does not exist', async () => {
    const documented = headings(await read('/docs/configuration.md'));
    expect([...documented].sort()).to.deep.equal([...configFields()].sort());
  });

  it('the API reference documents every member of the API, and nothing else', async () => {
    const documented = headings(await read('/docs/api.md')).map((h) => h.replace(/\(.*\)$/, ''));
    const api = createConsent();
    const members = Object.keys(api);
    expect([...documented].sort()).to.deep.equal([...members].sort());
  });

  it('every doc page the README links to exists, and every docs/ page is linked', async () => {
    const readme = await read('/README.md');
    const pages = [
      'configuration.md',
      'api.md',
      'tagging.md',
      'recipes.md',
      'server.md',
      'theming.md',
      'compliance.md',
      'migration-from-vanilla-cookieconsent.md',
      'compare.md',
      'audit.md',
    ];
    for (const page of pages) {
      expect(readme, page).to.include(`docs/${page}`);
      await read(`/docs/${page}`);
    }
    await read('/CHANGELOG.md');
  });

  it("the README's CDN snippet carries this version and the SRI hash of the built script-tag file", async () => {
    const readme = await read('/README.md');
    const { version } = JSON.parse(await read('/package.json')) as { version: string };
    const hash = await read('/__test/sri');
    const integrities = [...readme.matchAll(/integrity="(sha384-[A-Za-z0-9+/=]+)"/g)].map((match) => match[1]);
    expect(integrities.length, 'a snippet with integrity').to.be.above(0);
    expect(
      integrities.every((value) => value === hash),
      `README integrity ${integrities.join(', ')} vs the built ${hash} (run npm run sri)`,
    ).to.equal(true);
    const cdnUrls = [...readme.matchAll(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/consent-banner@([^/]+)\/dist\/consent-banner\.iife\.js/g)];
    expect(cdnUrls.length, 'jsDelivr and unpkg').to.be.at.least(2);
    expect(
      cdnUrls.every((match) => match[1] === version),
      'the CDN paths name this version',
    ).to.equal(true);
  });

  it("the theming guide's colour example keeps its contrast in both themes", async () => {
    const guide = await read('/docs/theming.md');
    const block = /<!-- contrast-checked[^>]*-->\s*```css\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const value = (scope: RegExp, name: string): string => {
      const body = scope.exec(block)?.[1] ?? '';
      return new RegExp(`--consent-color-${name}:\\s*(#[0-9a-fA-F]{6})`).exec(body)?.[1] ?? '';
    };
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string): number => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    const themes = [
      { name: 'light', surface: '#ffffff', scope: /^:root \{([^}]*)\}/m },
      { name: 'dark', surface: '#1c2128', scope: /consent-banner\[theme="dark"\] \{([^}]*)\}/ },
    ];
    for (const { name, surface, scope } of themes) {
      const accent = value(scope, 'accent');
      const onAccent = value(scope, 'on-accent');
      expect(accent, `${name}: an accent`).to.match(/^#/);
      expect(contrast(accent, surface), `${name}: the accent (links, switches, focus) on the surface`).to.be.at.least(4.5);
      expect(contrast(onAccent, accent), `${name}: the knob of a switch that is on, on the accent`).to.be.at.least(4.5);
    }
  });

  it('every test the compliance table names exists', async () => {
    const table = await read('/docs/compliance.md');
    const files = [...new Set([...table.matchAll(/`(test\/[^`]+\.test\.m?ts|test\/[^`]+\.test\.mjs)`/g)].map((match) => match[1] ?? ''))];
    expect(files.length).to.be.above(10);
    for (const file of files) {
      const response = await fetch(`/${file}`, { method: 'HEAD' });
      expect(response.ok, file).to.equal(true);
    }
  });

  it('every screenshot the docs show exists', async () => {
    for (const file of ['/README.md', '/docs/theming.md']) {
      const text = await read(file);
      for (const [, src] of text.matchAll(/!\[[^\]]*\]\(([^)]+\.png)\)/g)) {
        const url = file === '/README.md' ? `/${src ?? ''}` : `/docs/${src ?? ''}`;
        const response = await fetch(url, { method: 'HEAD' });
        expect(response.ok, url).to.equal(true);
      }
    }
  });
});
