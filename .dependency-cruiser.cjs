/** Module boundaries (src, test and bench): a feature module is reached only through its index.ts, and modules form no cycle. */
module.exports = {
  forbidden: [
    {
      name: 'no-reaching-into-other-modules',
      comment: 'Reach another module only through its index.ts (module, services, types) or schema.ts (entities for relations).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|schema)\\.ts$'] },
    },
    {
      name: 'common-does-not-depend-on-features',
      comment: 'Shared infrastructure must not know about feature modules.',
      severity: 'error',
      from: { path: '^src/(common|config|database)/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-module-cycle',
      comment:
        'Feature modules form a hierarchy: no module may reach itself through others, even when no single file is part of a cycle. ' +
        'Invert the lower edge with a listener registry (see TaskChangeListeners, MembershipListeners) instead.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+' },
      to: { circular: true },
    },
    {
      name: 'tests-use-module-surfaces',
      comment:
        'Tests reach a module like other modules do (index.ts, schema.ts), or through its testing.ts: the internals it opens to tests.',
      severity: 'error',
      from: { path: '^test/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/[^/]+/(index|schema|testing)\\.ts$'] },
    },
    {
      name: 'benches-use-module-surfaces',
      comment: 'Benchmarks as tests, and besides the SQL they measure: a module\'s *-sql.ts and *-queries.ts files.',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/[^/]+/((index|schema|testing)|[^/]+-(sql|queries))\\.ts$'] },
    },
    {
      name: 'testing-surface-is-for-tests',
      comment: 'A module\'s testing.ts opens internals to tests and benchmarks only; application code never imports it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/modules/[^/]+/testing\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(src|test|bench)/' },
      to: { circular: true },
    },
  ],
  options: {
    // Unit specs sit beside the code they prove and may use test/support, which imports modules: left out,
    // they would close every module into a cycle through test/.
    exclude: { path: '\\.spec\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
