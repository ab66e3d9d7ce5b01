/** Module boundaries: a feature module is reached only through its index.ts, and modules form no cycle. */
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
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
