import ts from "typescript";

/** The wrappers of lib/actions/safe-action.ts: the only allowed way to export a server action. */
export const ACTION_WRAPPERS = ["publicAction", "userAction", "workspaceAction", "staffAction"] as const;

/**
 * Problems in one source file: in a `"use server"` file, every exported value must be built by an
 * action wrapper (types may be exported too); in any file, no inline `"use server"` function, since
 * it would be an endpoint that skips the wrapper's checks.
 */
export function findUnwrappedServerActions(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const problems: string[] = [];
  if (hasUseServer(file.statements)) {
    for (const statement of file.statements) problems.push(...checkTopLevel(statement));
  }
  const visit = (node: ts.Node) => {
    if (isFunctionLike(node) && node.body && ts.isBlock(node.body) && hasUseServer(node.body.statements)) {
      problems.push(`inline "use server" function at line ${line(node)}: move it to an actions file built with a wrapper`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return problems;
}

function checkTopLevel(statement: ts.Statement): string[] {
  if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) return [];
  if (ts.isExportAssignment(statement)) return [`default export at line ${line(statement)}`];
  if (ts.isExportDeclaration(statement)) {
    return statement.isTypeOnly ? [] : [`re-export at line ${line(statement)}: export the wrapped action itself`];
  }
  if (!hasExportModifier(statement)) return [];
  if (ts.isFunctionDeclaration(statement)) return [`function ${statement.name?.text ?? "(default)"} is not built by an action wrapper`];
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations
      .filter((d) => !isWrapperCall(d.initializer))
      .map((d) => `${d.name.getText()} is not built by an action wrapper (${ACTION_WRAPPERS.join(", ")})`);
  }
  return [`unexpected export at line ${line(statement)}`];
}

function isWrapperCall(node: ts.Expression | undefined): boolean {
  return Boolean(
    node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (ACTION_WRAPPERS as readonly string[]).includes(node.expression.text),
  );
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const s of statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) return false; // directives come first
    if (s.expression.text === "use server") return true;
  }
  return false;
}

function hasExportModifier(statement: ts.Statement): boolean {
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
}

function line(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

function scriptKind(fileName: string): ts.ScriptKind {
  return fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}
