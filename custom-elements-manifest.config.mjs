// Generates custom-elements.json from the JSDoc of the public element (`@fires`, `@csspart`, `@cssprop`).
export default {
  globs: ['src/components/flow/flow.component.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'verilock-tag-name',
      // The element is defined in flow.ts (guarded define); tell the analyzer its tag.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.name === 'VerilockFlow') {
              decl.tagName = 'verilock-flow';
              // `static properties` entries with `state: true` are internal, not attributes.
              const publicAttrs = new Set(['session-token', 'api-base', 'assets-base', 'lang', 'theme']);
              const internal = new Set([
                'state',
                'session',
                'pending',
                'uploads',
                'online',
                'confirmingCancel',
                'redirectUrl',
              ]);
              decl.attributes = (decl.attributes ?? []).filter((a) => publicAttrs.has(a.name));
              decl.members = (decl.members ?? []).filter(
                (m) => !internal.has(m.name) && m.privacy !== 'private' && !m.name.startsWith('#'),
              );
              decl.customElement = true;
              mod.exports = [
                ...(mod.exports ?? []),
                {
                  kind: 'custom-element-definition',
                  name: 'verilock-flow',
                  declaration: { name: 'VerilockFlow', module: mod.path },
                },
              ];
            }
          }
        }
      },
    },
  ],
};
