/**
 * The typed way to call the api: an operation id (as in the OpenAPI document) names the method and path, and the
 * generated ApiOperationTypes give its path params, body, query and answer, so a caller holds no path string of its
 * own and a changed route or contract fails the web's type check.
 */
import { ApiOperations, ApiOperationTypes } from './api-operations.generated';

export type ApiOperationId = keyof typeof ApiOperations;

type ParamNames<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
type Params<Id extends ApiOperationId> = ParamNames<(typeof ApiOperations)[Id]['path']>;

/** The path params an operation needs (none: no `params`), and its body and query when it takes them. */
export type ApiRequest<Id extends ApiOperationId> = ([Params<Id>] extends [never] ? unknown : { params: Record<Params<Id>, string> }) &
  ([ApiOperationTypes[Id]['body']] extends [never] ? unknown : { body: ApiOperationTypes[Id]['body'] }) &
  ([ApiOperationTypes[Id]['query']] extends [never] ? unknown : { query?: Partial<ApiOperationTypes[Id]['query']> });

export type ApiResponse<Id extends ApiOperationId> = ApiOperationTypes[Id]['response'];

/** The operation's path with its params filled in (each URI-encoded). */
export function apiPath<Id extends ApiOperationId>(id: Id, params: Partial<Record<string, string>> = {}): string {
  return ApiOperations[id].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${id}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}
