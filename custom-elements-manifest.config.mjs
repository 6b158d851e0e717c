// Generates custom-elements.json from the JSDoc of the public element (`@fires`, `@csspart`, `@cssprop`).
// What is internal is said where it is declared: a `@state()` member (or a `static properties` entry with
// `state: true`), or a member whose JSDoc carries `@internal`. Nothing else is hidden, so the manifest can't drift from the code.

/** Names of internal members, by class name, gathered while the analyzer walks the source. */
const internal = new Map();

function jsDocTags(ts, node) {
  return (ts.getJSDocTags?.(node) ?? []).map((tag) => tag.tagName.getText());
}

/** Whether a class member carries Lit's `@state()` decorator. */
function isStateDecorated(ts, member) {
  return (member.modifiers ?? []).some(
    (m) => ts.isDecorator(m) && ts.isCallExpression(m.expression) && m.expression.expression.getText() === 'state',
  );
}

export default {
  globs: ['src/components/flow/flow.component.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'verilock-internal-members',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const names = internal.get(node.name.getText()) ?? new Set();
        internal.set(node.name.getText(), names);
        for (const member of node.members) {
          const name = member.name?.getText();
          if (!name) continue;
          if (jsDocTags(ts, member).includes('internal') || isStateDecorated(ts, member)) names.add(name);
          // static properties = { x: { state: true } }: reactive state, not public API.
          const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
          if (
            isStatic &&
            name === 'properties' &&
            member.initializer &&
            ts.isObjectLiteralExpression(member.initializer)
          ) {
            for (const prop of member.initializer.properties) {
              if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
              const state = prop.initializer.properties.some(
                (p) =>
                  ts.isPropertyAssignment(p) &&
                  p.name.getText() === 'state' &&
                  p.initializer.kind === ts.SyntaxKind.TrueKeyword,
              );
              if (state) names.add(prop.name.getText());
            }
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          // Only what the module exports is API (the analyzer also lists locals of some functions).
          const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
          mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
          for (const decl of mod.declarations) {
            const hidden = internal.get(decl.name) ?? new Set();
            decl.members = (decl.members ?? []).filter(
              (m) => !hidden.has(m.name) && m.privacy !== 'private' && !m.name.startsWith('#'),
            );
            decl.attributes = (decl.attributes ?? []).filter((a) => !hidden.has(a.fieldName ?? a.name));
            if (decl.name === 'VerilockFlow') {
              // The element is defined in flow.ts (guarded define); tell the analyzer its tag.
              decl.tagName = 'verilock-flow';
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
