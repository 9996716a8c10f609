import { describe, expect, it, vi } from 'vitest';
import { seedArticles } from '../support/seeds.ts';

describe('reading ahead in a library', () => {
  it('GIVEN a built library WHEN it reads ahead THEN it loads the yaml package an /add writes front matter with, before any /add asks for it', async () => {
    const articles = await seedArticles();
    let loads = 0;
    // Test files share their modules (isolate: false): the library is imported afresh, over a yaml module that counts its loads.
    vi.resetModules();
    vi.doMock('../../src/corpus/yaml.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/corpus/yaml.ts')>();
      return {
        yaml: () => {
          loads++;
          return original.yaml();
        },
      };
    });
    try {
      const { buildLibrary } = await import('../../src/library/library.ts');
      const library = buildLibrary(articles);
      loads = 0;
      await library.warmUp();
      expect(loads).toBeGreaterThan(0);
    } finally {
      vi.doUnmock('../../src/corpus/yaml.ts');
      vi.resetModules();
    }
  });

  it('GIVEN a library reading ahead WHEN it is asked to read ahead again THEN it reads once, and both wait for that reading', async () => {
    const articles = await seedArticles();
    let loads = 0;
    vi.resetModules();
    vi.doMock('../../src/corpus/yaml.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/corpus/yaml.ts')>();
      return {
        yaml: () => {
          loads++;
          return original.yaml();
        },
      };
    });
    try {
      const { buildLibrary } = await import('../../src/library/library.ts');
      const library = buildLibrary(articles);
      loads = 0;
      const first = library.warmUp();
      const second = library.warmUp();
      await Promise.all([first, second]);
      expect({ loads, same: first === second }).toEqual({ loads: 1, same: true });
    } finally {
      vi.doUnmock('../../src/corpus/yaml.ts');
      vi.resetModules();
    }
  });
});
