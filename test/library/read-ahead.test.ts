import { describe, expect, it, vi } from 'vitest';
import { buildLibrary } from '../../src/library/library.ts';
import { seedArticles } from '../support/seeds.ts';

const yamlLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/corpus/yaml.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/corpus/yaml.ts')>();
  return {
    yaml: () => {
      yamlLoads.count++;
      return original.yaml();
    },
  };
});

describe('reading ahead in a library', () => {
  it('GIVEN a built library WHEN it reads ahead THEN it loads the yaml package an /add writes front matter with, before any /add asks for it', async () => {
    const library = buildLibrary(await seedArticles());
    yamlLoads.count = 0;
    await library.warmUp();
    expect(yamlLoads.count).toBeGreaterThan(0);
  });
});
