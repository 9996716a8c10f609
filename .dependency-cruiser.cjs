/**
 * The layer rules of docs/architecture.md, checked by `npm run lint` (dependency-cruiser).
 *
 * Each folder is a layer; a layer imports only the layers below it in LAYERS (type-only imports
 * count too: a type is a dependency a reader has to hold in mind). Above every layer stand the
 * entry points, which may import anything: `src/main.ts`, `src/ask.ts`, `src/config.ts` (it
 * composes every adapter's environment schema), `scripts/` and `test/`.
 *
 * To add a layer, put its folder in LAYERS at its place in the flow; the rules follow.
 */

/** Lowest first. */
const LAYERS = ['src/model', 'src/text', 'src/analysis', 'src/corpus', 'src/search', 'src/library', 'src/answer', 'src/crosscheck', 'src/ingest', 'commands', 'src/runtime', 'src/adapters'];

const ENTRY_POINTS = ['src/main\\.ts$', 'src/ask\\.ts$', 'src/config\\.ts$', 'scripts/', 'test/'];

const under = (folders) => `^(${folders.join('|')})(/|$)`;

/** One rule a layer: nothing from a layer at or above it (other than itself), and no entry point. */
const layerRules = LAYERS.map((layer, rank) => ({
  name: `${layer.replace('src/', '')}-imports-only-lower-layers`,
  comment: `${layer} may import only ${LAYERS.slice(0, rank).join(', ') || 'nothing of ours'} (see docs/architecture.md)`,
  severity: 'error',
  from: { path: under([layer]) },
  to: { path: `${under(LAYERS.slice(rank + 1))}|^(${ENTRY_POINTS.join('|')})` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle means neither module can be read, tested or moved without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-imports-nothing-of-ours',
      comment: 'src/model holds the domain types everything else shares; it depends on nothing of ours.',
      severity: 'error',
      from: { path: under(['src/model']) },
      to: { path: '^(src|commands)/', pathNot: under(['src/model']) },
    },
    {
      name: 'nothing-imports-an-adapter',
      comment: 'Only the entry points start adapters; everything else is platform-neutral.',
      severity: 'error',
      from: { pathNot: `${under(['src/adapters'])}|^(${ENTRY_POINTS.join('|')})` },
      to: { path: under(['src/adapters']) },
    },
    {
      name: 'platform-libraries-only-in-adapters',
      comment: 'The Slack and Discord libraries stay in src/adapters (the test fakes and the load-test script drive the real clients, and may use them).',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: under(['src/adapters']) },
      to: { path: 'node_modules/(@slack/|discord\\.js/|@discordjs/)' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
