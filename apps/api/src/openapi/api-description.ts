/**
 * Completes the OpenAPI document @nestjs/swagger builds from the controllers, in one pass over every operation, so no
 * route has to repeat it: its operation id, summary and description (operation-catalog.ts), who may call it and how
 * (read from the same access decorators the guard enforces), its parameters described, its success body (the schemas
 * generated from the controllers' declared types) and its problem+json errors, grouped by status.
 */
import { CSRF_COOKIE, CSRF_HEADER, ErrorCode, PROBLEM_CONTENT_TYPE, SESSION_COOKIE } from '@cocrea/contracts';
import { INestApplication } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ResponseObject,
  TagObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PERMISSION_KEY, PermissionRequirement, PUBLIC_KEY } from '../auth';
import { PUBLIC_API_PREFIX } from '../common/http/cache-and-cors';
import { ERROR_CATALOG } from '../common/problem/error-catalog';
import { OPERATION_CATALOG, OperationText } from './operation-catalog';
import { describeParameter } from './parameter-descriptions';
import { JsonSchema, RESPONSE_SCHEMAS, schemasReachedFrom } from './response-schemas';

export const OPENAPI_PATH = 'api/docs/openapi.json';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** How a handler is guarded, read from the metadata the access guard reads. */
interface Access {
  isPublic: boolean;
  permission?: PermissionRequirement;
  rateLimited: boolean;
}

const API_DESCRIPTION = `Working groups, formal sessions, votes, co-written documents and the open data of Mexico's transparency commission.

**Open data.** Routes under \`/api/public\` need no credentials, and a page on any origin may read them: their GET answers carry \`Access-Control-Allow-Origin: *\` (no cookies are sent nor accepted). Datasets come as CSV (UTF-8 with BOM) or JSON; \`GET /api/public/datasets\` is their dictionary.

**Signing in.** \`POST /api/auth/login\` answers a session token. A script sends it as \`Authorization: Bearer <token>\`. A browser gets it as the httpOnly cookie \`${SESSION_COOKIE}\` instead, with the cookie \`${CSRF_COOKIE}\`: every POST, PUT, PATCH or DELETE authenticated by the cookie must echo that cookie's value in the \`${CSRF_HEADER}\` header (signed double submit), or it is refused with 403 \`csrf_failed\`. A bearer token needs no such header.

**Errors** are \`${PROBLEM_CONTENT_TYPE}\` (RFC 9457) with a stable \`code\`; \`title\` and \`detail\` follow \`Accept-Language\` (Spanish unless English is preferred) and \`messages\` carries both languages. Invalid fields are listed in \`errors\`. A 429 carries \`Retry-After\`.

**Live events** (the session room over Socket.IO and co-editing over Hocuspocus/Yjs) are described in the AsyncAPI document at \`/api/docs/asyncapi.json\`.`;

const TAGS: Record<string, string> = {
  auth: 'Signing in and out; the signed-in person.',
  accounts: 'Passwords, invitations and citizens signing up.',
  organizations: 'Institutions and organizations taking part.',
  people: 'People, their contact details and memberships.',
  commissions: 'The commission and the membership of its seats.',
  notifications: 'In-app notifications and their mail preferences.',
  mail: 'The outgoing mail queue.',
  meetings: 'Formal sessions: call, roll call, representation, agenda, floor, decisions and minutes.',
  groups: 'Working groups, their members, join requests and milestones.',
  voting: 'Polls, ballots and their verifiable audit chain.',
  agreements: 'Agreements adopted in sessions and their follow-up.',
  deliverables: 'Working groups’ deliverables and the inputs members submit.',
  challenges: 'Open challenges: problems, citizens’ ideas, scoring, winners and pilots.',
  documents: 'Co-written documents: proposals, observations, versions and exports.',
  attachments: 'Uploaded files (letters, evidence, call documents).',
  public: 'The public portal: open data anyone may read and reuse.',
  home: 'The signed-in person’s home page and calendar.',
  health: 'Liveness and readiness for load balancers and orchestrators.',
};

/** The finished document the api serves at /api/docs/openapi.json. */
export function describeApi(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const access = handlerAccess(app);
  const paths: OpenAPIObject['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    paths[path] = { ...item };
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const handler = operation.operationId && access.get(operation.operationId);
      if (!handler) throw new Error(`No handler found for ${key}`);
      // A route missing from the catalog keeps its framework id and no summary: the api-description spec names it.
      paths[path][method] = describeOperation(method, path, operation, OPERATION_CATALOG[key], handler);
    }
  }
  return {
    ...document,
    info: { ...document.info, description: API_DESCRIPTION, license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' } },
    servers: [{ url: '/', description: 'This installation' }],
    tags: Object.entries(TAGS).map(([name, description]): TagObject => ({ name, description })),
    paths,
    components: {
      ...document.components,
      schemas: schemasReachedFrom(paths, { ...document.components?.schemas, ...RESPONSE_SCHEMAS.schemas } as Record<string, JsonSchema>),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The `token` that `POST /api/auth/login` answers, as `Authorization: Bearer <token>`.',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: `The browser's session cookie, set by login (httpOnly, SameSite=Strict). Writes with it also need \`${CSRF_HEADER}\`.`,
        },
        xsrfHeader: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description: `The value of the \`${CSRF_COOKIE}\` cookie, echoed on every POST, PUT, PATCH and DELETE authenticated by the session cookie.`,
        },
      },
    },
  };
}

function describeOperation(
  method: string,
  path: string,
  operation: OperationObject,
  text: OperationText | undefined,
  handler: Access,
): OperationObject {
  const writes = method !== 'get';
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  const body = operation.requestBody && 'content' in operation.requestBody ? operation.requestBody.content : undefined;
  const errors = new Set<ErrorCode>(text?.errors ?? []);
  if (parameters.length || body) errors.add('validation_failed');
  if (body?.['application/json']) ['malformed_body', 'payload_too_large'].forEach((code) => errors.add(code as ErrorCode));
  if (parameters.some((parameter) => parameter.in === 'path')) errors.add('not_found');
  if (!handler.isPublic) ['unauthenticated', 'forbidden'].forEach((code) => errors.add(code as ErrorCode));
  if (!handler.isPublic && writes) errors.add('csrf_failed');
  if (handler.rateLimited) errors.add('too_many_requests');
  errors.add('service_unavailable');

  const description = [text?.description ?? operation.summary, accessRule(method, path, handler)].filter(Boolean).join('\n\n');
  return {
    ...operation,
    ...(text ? { operationId: text.id, summary: text.summary } : {}),
    description,
    parameters: parameters.map((parameter) => ({
      ...parameter,
      // Ids in the path are checked as UUIDs (UuidParam) before the handler runs.
      ...(parameter.in === 'path' && /(^id|Id)$/.test(parameter.name) ? { schema: { type: 'string', format: 'uuid' } } : {}),
      description: describeParameter(parameter, path),
    })),
    ...(body ? { requestBody: { ...operation.requestBody, required: true } as OperationObject['requestBody'] } : {}),
    responses: { ...success(operation, text), ...problems(errors) },
    security: handler.isPublic
      ? []
      : writes
        ? [{ bearer: [] }, { sessionCookie: [], xsrfHeader: [] }]
        : [{ bearer: [] }, { sessionCookie: [] }],
  };
}

function accessRule(method: string, path: string, handler: Access): string {
  if (handler.isPublic) {
    return path.startsWith(PUBLIC_API_PREFIX) && method === 'get'
      ? '**Access:** public, no credentials; any origin may read it (CORS).'
      : '**Access:** public, no credentials.';
  }
  const how = method === 'get' ? 'a bearer token or the session cookie' : `a bearer token, or the session cookie with \`${CSRF_HEADER}\``;
  const permission = handler.permission;
  if (!permission) return `**Access:** any signed-in person (${how}); what they see or may do follows their roles.`;
  const where = permission.commissionParam ? `in the commission \`{${permission.commissionParam}}\`` : 'in some commission';
  return `**Access:** signed in (${how}) with a role granting \`${permission.permission}\` ${where}.`;
}

function success(operation: OperationObject, text: OperationText | undefined): Record<string, ResponseObject> {
  const [status] = Object.keys(operation.responses);
  const schema = text?.returns
    ? { $ref: `#/components/schemas/${text.returns}` }
    : RESPONSE_SCHEMAS.operations[operation.operationId ?? ''];
  if (text?.produces) {
    const content = Object.fromEntries(
      text.produces.map((type) => [type, { schema: type === 'application/json' ? {} : { type: 'string', format: 'binary' } }]),
    );
    return { [status]: { description: `The file (${text.produces.join(', ')}).`, content } };
  }
  if (!schema) return { [status]: { description: status === '202' ? 'Accepted.' : 'Done; no body.' } };
  const description = status === '201' ? 'Created.' : 'OK.';
  return { [status]: { description, content: { 'application/json': { schema } } } };
}

/** One problem+json response per status, naming the codes the route can give with it. */
function problems(codes: Set<ErrorCode>): Record<string, ResponseObject> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_CATALOG[code].status, [...(byStatus.get(ERROR_CATALOG[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) => [
        String(status),
        {
          description: list
            .sort()
            .map((code) => `\`${code}\`: ${ERROR_CATALOG[code].en.title}`)
            .join('; '),
          content: { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } },
        },
      ]),
  );
}

/** Every handler's access metadata, keyed like @nestjs/swagger's default operation id (`Class_method`). */
function handlerAccess(app: INestApplication): Map<string, Access> {
  const found = new Map<string, Access>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const read = <T>(key: string): T | undefined => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const guards = [
          ...(Reflect.getMetadata(GUARDS_METADATA, handler) ?? []),
          ...(Reflect.getMetadata(GUARDS_METADATA, controller) ?? []),
        ];
        found.set(`${controller.name}_${name}`, {
          isPublic: read<boolean>(PUBLIC_KEY) === true,
          permission: read<PermissionRequirement>(PERMISSION_KEY),
          rateLimited: guards.length > 0,
        });
      }
    }
  }
  return found;
}
