import { describe, expect, it, vi } from 'vitest';
import type { Library } from '../../src/library/library.ts';
import { seedArticles } from '../support/seeds.ts';

/**
 * A library of the seed articles built over a yaml module that counts its loads, and the count since it was built. Test
 * files share their modules here (isolate: false), so the library is imported afresh over the counting module.
 */
async function withCountedYaml(test: (library: Library, loads: () => number) => Promise<void>): Promise<void> {
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
    await test(library, () => loads);
  } finally {
    vi.doUnmock('../../src/corpus/yaml.ts');
    vi.resetModules();
  }
}

describe('reading ahead in a library', () => {
  it('GIVEN a built library WHEN it reads ahead THEN it loads the yaml package an /add writes front matter with, before any /add asks for it', async () => {
    await withCountedYaml(async (library, loads) => {
      await library.warmUp();
      expect(loads()).toBeGreaterThan(0);
    });
  });

  it('GIVEN a library reading ahead WHEN it is asked to read ahead again THEN it reads once, and both wait for that reading', async () => {
    await withCountedYaml(async (library, loads) => {
      const first = library.warmUp();
      const second = library.warmUp();
      await Promise.all([first, second]);
      expect({ loads: loads(), same: first === second }).toEqual({ loads: 1, same: true });
    });
  });
});
