/**
 * Derives the JSON schema of every route's success body from the type its controller method declares
 * (`Promise<MeetingState>`), with the TypeScript compiler: the response shapes are the contracts' interfaces, so the
 * api description follows them without a second, hand-written copy. The same pass reads each handler's route and the
 * contracts' types of its body and query, for the web's typed client (typed-client.generator.ts). Run by
 * `npm run openapi`, which commits the results (response-schemas.generated.json, which the running api reads, and
 * libs/contracts' api-operations.generated.ts); the api-description spec fails when they drift.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { LIVE_PAYLOAD_TYPES } from './asyncapi-document';
import { OPERATION_CATALOG } from './operation-catalog';
import type { JsonSchema, ResponseSchemas } from './response-schemas';

const WORKSPACE = join(__dirname, '../../../..');
const API_SOURCES = join(WORKSPACE, 'apps/api/src');
const CONTRACTS_INDEX = join(WORKSPACE, 'libs/contracts/src/index.ts');
const HTTP_DECORATORS = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete']);
/** Named here because no handler declares them: the body of every error, bodies handlers write themselves, live payloads. */
const NAMED_TYPES = [
  'Problem',
  ...Object.values(OPERATION_CATALOG).flatMap((text) => (text.returns ? [text.returns] : [])),
  ...LIVE_PAYLOAD_TYPES,
];

function controllerFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return controllerFiles(path);
    return name.endsWith('.controller.ts') ? [path] : [];
  });
}

function decoratorNames(node: ts.Node): string[] {
  return (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).map((decorator) => {
    const call = decorator.expression;
    return ts.isCallExpression(call) ? call.expression.getText() : call.getText();
  });
}

/** Turns checker types into OpenAPI 3.0 schemas, naming each non-generic interface or alias of the contracts once. */
class SchemaWriter {
  readonly named: Record<string, JsonSchema> = {};
  private readonly declaredBy = new Map<string, ts.Declaration>();

  constructor(private readonly checker: ts.TypeChecker) {}

  schemaOf(type: ts.Type): JsonSchema {
    const name = this.nameOf(type);
    if (!name) return this.structure(type);
    if (!(name in this.named)) {
      this.named[name] = {};
      this.named[name] = this.structure(type);
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  /** The name a contracts type is exported under, unless it is generic (`Page<T>` is written out where used). */
  private nameOf(type: ts.Type): string | undefined {
    const symbol = type.aliasSymbol ?? (type.flags & ts.TypeFlags.Object ? type.getSymbol() : undefined);
    const declaration = symbol?.declarations?.[0];
    if (!symbol || !declaration || !this.isContract(declaration)) return undefined;
    if (type.aliasTypeArguments?.length) return undefined;
    if ((ts.isInterfaceDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration)) && declaration.typeParameters?.length)
      return undefined;
    if (!ts.isInterfaceDeclaration(declaration) && !ts.isTypeAliasDeclaration(declaration)) return undefined;
    const name = symbol.getName();
    const earlier = this.declaredBy.get(name);
    if (earlier && earlier !== declaration) throw new Error(`Two contract types are named ${name}`);
    this.declaredBy.set(name, declaration);
    return name;
  }

  private isContract(declaration: ts.Declaration): boolean {
    return relative(WORKSPACE, declaration.getSourceFile().fileName).startsWith('libs/contracts/');
  }

  private structure(type: ts.Type): JsonSchema {
    if (type.isUnion()) return this.union(type.types);
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: 'number', enum: [type.value] };
    const flags = type.flags;
    if (flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', enum: [this.checker.typeToString(type) === 'true'] };
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return {};
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      if (this.checker.isTupleType(type)) {
        const items = this.checker.getTypeArguments(type as ts.TypeReference).map((element) => this.schemaOf(element));
        return { type: 'array', items: items.length === 1 ? items[0] : { oneOf: items }, minItems: items.length, maxItems: items.length };
      }
      return { type: 'array', items: item ? this.schemaOf(item) : {} };
    }
    const symbolName = type.getSymbol()?.getName();
    if (symbolName === 'Date') return { type: 'string', format: 'date-time' };
    if (symbolName === 'Buffer' || symbolName === 'Uint8Array') return { type: 'string', format: 'binary' };
    return this.object(type);
  }

  private union(members: readonly ts.Type[]): JsonSchema {
    const nullable = members.some((member) => member.flags & ts.TypeFlags.Null);
    const present = members.filter((member) => !(member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    // OpenAPI 3.0 has no null type: `nullable` needs a `type` beside it, and a `$ref` takes no siblings.
    const nullableOf = (schema: JsonSchema): JsonSchema =>
      !nullable ? schema : schema.$ref ? { type: 'object', allOf: [schema], nullable: true } : { ...schema, nullable: true };
    if (present.length > 0 && present.every((member) => member.flags & ts.TypeFlags.BooleanLiteral)) {
      return nullableOf({ type: 'boolean' });
    }
    // A union's members come in the order the checker met them, which other files can change: sorted, the
    // committed documents do not drift when unrelated code moves.
    if (present.length > 0 && present.every((member) => member.isStringLiteral())) {
      const values = present.map((member) => (member as ts.StringLiteralType).value).sort();
      return nullableOf({ type: 'string', enum: values });
    }
    if (present.length > 0 && present.every((member) => member.isNumberLiteral())) {
      return nullableOf({ type: 'number', enum: present.map((member) => (member as ts.NumberLiteralType).value).sort((a, b) => a - b) });
    }
    const schemas = present.map((member) => this.schemaOf(member));
    if (schemas.length === 1) return nullableOf(schemas[0]);
    return nullable ? { type: 'object', oneOf: schemas, nullable: true } : { oneOf: schemas };
  }

  private object(type: ts.Type): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      const propertyType = declaration
        ? this.checker.getTypeOfSymbolAtLocation(property, declaration)
        : this.checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length > 0) continue;
      const schema = this.schemaOf(propertyType);
      const description = ts.displayPartsToString(property.getDocumentationComment(this.checker)).trim();
      properties[property.getName()] = description ? withDescription(schema, description) : schema;
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.getName());
    }
    const index = this.checker.getIndexInfoOfType(type, ts.IndexKind.String);
    return {
      type: 'object',
      ...(Object.keys(properties).length ? { properties } : {}),
      ...(required.length ? { required } : {}),
      ...(index ? { additionalProperties: this.schemaOf(index.type) } : {}),
    };
  }
}

/** A `$ref` cannot carry siblings in OpenAPI 3.0, so a described reference is wrapped. */
function withDescription(schema: JsonSchema, description: string): JsonSchema {
  return schema.$ref ? { allOf: [schema], description } : { ...schema, description };
}

/** One handler as the typed client sees it: its route, and the contracts' types of its answer, body and query. */
export interface HandlerSignature {
  key: string;
  /** `Class_method`, @nestjs/swagger's default operation id. */
  handler: string;
  method: string;
  path: string;
  /** TypeScript text naming only contracts exports (`Page<MeetingSummary>`), or `unknown`. */
  response: string;
  /** What the handler parses from the body and the query string, if anything. */
  body?: ParsedInput;
  query?: ParsedInput;
}

/** The exported zod schema an input is parsed with (`CastBallotSchema`), or null when the DTO builds its own. */
export interface ParsedInput {
  schema: string | null;
}

export interface ControllerAnalysis {
  schemas: ResponseSchemas;
  handlers: HandlerSignature[];
}

const stringArgument = (node: ts.Node): string => {
  const decorator = (ts.canHaveDecorators(node) ? ts.getDecorators(node) : undefined)?.find((d) => {
    const call = d.expression;
    return ts.isCallExpression(call) && (call.expression.getText() === 'Controller' || HTTP_DECORATORS.has(call.expression.getText()));
  });
  const [first] = decorator && ts.isCallExpression(decorator.expression) ? decorator.expression.arguments : [];
  return first && ts.isStringLiteral(first) ? first.text : '';
};

/** `createZodDto(CastBallotSchema)`: the schema a DTO class of this file is made from. */
function parsedInput(source: ts.SourceFile, parameter: ts.ParameterDeclaration | undefined): ParsedInput | undefined {
  if (!parameter) return undefined;
  const dto = parameter.type?.getText();
  const declaration = source.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === dto);
  const heritage = declaration && ts.isClassDeclaration(declaration) ? declaration.heritageClauses?.[0]?.types[0]?.expression : undefined;
  const argument =
    heritage && ts.isCallExpression(heritage) && heritage.expression.getText() === 'createZodDto' ? heritage.arguments[0] : undefined;
  return { schema: argument && ts.isIdentifier(argument) ? argument.text : null };
}

const BUILT_IN_TYPES = new Set([
  'Promise',
  'Record',
  'Partial',
  'Array',
  'string',
  'number',
  'boolean',
  'void',
  'null',
  'undefined',
  'unknown',
]);

/** The declared answer as text, when every name in it is a contracts export the client can import. */
function responseText(member: ts.MethodDeclaration, exported: ReadonlyMap<string, ts.Symbol>): string {
  const declared = member.type?.getText().replace(/^Promise<([\s\S]*)>$/, '$1') ?? 'unknown';
  const names = declared.match(/\b[A-Za-z_]\w*\b(?!\s*:)/g) ?? [];
  return names.every((name) => BUILT_IN_TYPES.has(name) || exported.has(name)) ? declared.replace(/\s+/g, ' ') : 'unknown';
}

/** Reads every controller once: each handler's declared success body as a schema, and its route and types. */
export function analyzeControllers(): ControllerAnalysis {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(WORKSPACE, 'apps/api/tsconfig.app.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('apps/api/tsconfig.app.json could not be read');
  const files = controllerFiles(API_SOURCES).sort();
  const program = ts.createProgram([...files, CONTRACTS_INDEX], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const writer = new SchemaWriter(checker);
  const contracts = program.getSourceFile(CONTRACTS_INDEX);
  const contractsModule = contracts && checker.getSymbolAtLocation(contracts);
  if (!contractsModule) throw new Error('libs/contracts could not be read');
  const exported = new Map(checker.getExportsOfModule(contractsModule).map((symbol) => [symbol.getName(), symbol]));
  for (const name of NAMED_TYPES) {
    const symbol = exported.get(name);
    if (!symbol) throw new Error(`libs/contracts exports no type ${name}`);
    writer.schemaOf(checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol));
  }
  const operations: ResponseSchemas['operations'] = {};
  const handlers: HandlerSignature[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`Not compiled: ${file}`);
    for (const statement of source.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name || !decoratorNames(statement).includes('Controller')) continue;
      for (const member of statement.members) {
        const verb = ts.isMethodDeclaration(member) ? decoratorNames(member).find((name) => HTTP_DECORATORS.has(name)) : undefined;
        if (!verb || !ts.isMethodDeclaration(member)) continue;
        const signature = checker.getSignatureFromDeclaration(member);
        if (!signature) continue;
        const returned = checker.getAwaitedType(checker.getReturnTypeOfSignature(signature)) ?? checker.getReturnTypeOfSignature(signature);
        const handler = `${statement.name.text}_${member.name.getText()}`;
        operations[handler] = returned.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined) ? null : writer.schemaOf(returned);
        const route = ['api', stringArgument(statement), stringArgument(member)].filter(Boolean).join('/');
        const path = `/${route}`.replace(/:(\w+)/g, '{$1}');
        const decorated = (name: string) => member.parameters.find((parameter) => decoratorNames(parameter).includes(name));
        handlers.push({
          key: `${verb.toUpperCase()} ${path}`,
          handler,
          method: verb.toUpperCase(),
          path,
          response: responseText(member, exported),
          body: parsedInput(source, decorated('Body')),
          query: parsedInput(source, decorated('Query')),
        });
      }
    }
  }
  return { schemas: { operations: sortKeys(operations), schemas: sortKeys(writer.named) }, handlers };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
