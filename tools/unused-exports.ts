/**
 * Reports every export of src/ that nothing imports: not the page, the command line, the tests,
 * the e2e tests, the bench nor the tools. An export no one uses is code to read and keep for
 * nothing (ESLint 10 dropped the rule that found them). Run by `npm run lint`; exits 1 when it
 * finds one. A module loaded lazily (`import('./x.ts')`) counts as used whole; the stand-ins in
 * src/app/vendor/ are imported by d3 through aliases, not by name, and are not read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const SCANNED = ['src', 'tests', 'e2e', 'bench', 'tools', 'vite.config.ts', 'playwright.config.ts', 'vitest.config.ts'];

function files(path: string): string[] {
  const full = join(root, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(path, d.name)) : /\.(ts|tsx)$/.test(d.name) && !d.name.endsWith('.d.ts') ? [join(full, d.name)] : [],
  );
}

const all = SCANNED.flatMap(files);
const source = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** The module a specifier names, from the importing file; undefined for a package. */
function target(from: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
}

// Every name each module is asked for; '*' when all of it may be (a namespace or a re-export of all).
const used = new Map<string, Set<string>>();
const use = (module: string | undefined, name: string) => module && used.set(module, (used.get(module) ?? new Set()).add(name));

for (const file of all) {
  const sf = source(file);
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const module = target(file, node.moduleSpecifier.text);
      const clause = ts.isImportDeclaration(node) ? node.importClause : undefined;
      if (ts.isExportDeclaration(node)) {
        if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) use(module, '*');
        else node.exportClause.elements.forEach((e) => use(module, (e.propertyName ?? e.name).text));
      } else if (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings)) use(module, '*');
      else {
        if (clause?.name) use(module, 'default');
        if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings))
          clause.namedBindings.elements.forEach((e) => use(module, (e.propertyName ?? e.name).text));
      }
    }
    // import('./x.ts'): a module loaded lazily is read through a promise; all of it counts as used.
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      use(arg && ts.isStringLiteral(arg) ? target(file, arg.text) : undefined, '*');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const asked = (file: string) => used.get(file.replace(/\.(ts|tsx)$/, '')) ?? used.get(file) ?? new Set<string>();

const unused: string[] = [];
for (const file of all.filter((f) => f.startsWith(join(root, 'src')) && !f.includes(join('src', 'app', 'vendor')))) {
  const wanted = new Set([...asked(file), ...asked(file.replace(/\.(tsx?)$/, '.ts')), ...asked(file.replace(/\.(tsx?)$/, '.tsx'))]);
  if (wanted.has('*')) continue;
  const sf = source(file);
  for (const statement of sf.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const names = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText(sf))
      : 'name' in statement && statement.name
        ? [(statement.name as ts.Identifier).text]
        : [];
    // Types cost nothing at run time and document a module's shape: only values are reported.
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    for (const name of names) {
      // Used inside its own module is not enough: the export itself is what is unused.
      if (!wanted.has(name)) unused.push(`${relative(root, file)}: ${name}`);
    }
  }
}

if (unused.length) {
  console.error(`Exports nothing imports (remove the export, or the code):\n${unused.map((u) => `  ${u}`).join('\n')}`);
  process.exit(1);
}
console.log(`No unused exports in src/ (${all.length} files read).`);
