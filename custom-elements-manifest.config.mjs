// The Custom Elements Manifest: the elements' public API (properties, parts, CSS properties) for IDEs and docs.
export default {
  globs: ['src/ui/consent-banner.ts', 'src/ui/consent-placeholder.ts'],
  outdir: 'dist',
  litelement: true,
};
