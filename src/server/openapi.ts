/** The OpenAPI 3.1 document, generated from the same route table and zod schemas the server validates with. */
import { z } from 'zod';
import type { ApiRoute } from './api-route.js';
import { HTTP_STATUS } from './error-mapping.js';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

/** Query or path parameters from an object schema. */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          type: 'string',
          enum: [...Object.keys(HTTP_STATUS), 'payload_too_large', 'forbidden'],
        },
        message: { type: 'string', description: 'what failed, on which value, and what to do' },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Build the document. `writesNeedToken` adds the bearer scheme to every write. */
export function openApiDocument(
  routes: readonly ApiRoute[],
  info: { version: string; writesNeedToken: boolean },
): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const r of routes) {
    const path = `/api${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const write = r.method !== 'get';
    const responses: Record<string, JsonSchema> = {
      200: r.produces
        ? {
            description: 'the file',
            content: Object.fromEntries([
              ['application/json', {}],
              ...r.produces.map((m) => [m, {}]),
            ]),
          }
        : { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
      400: errorResponse('a parameter or the body is invalid (the message names it)'),
      500: errorResponse('a bug; the message is generic and the details are in the server log'),
    };
    if (r.params) responses[404] = errorResponse('no record with that id');
    if (write) {
      responses[401] = errorResponse(
        'the token is missing or wrong (writes need it when the server is reachable beyond this machine)',
      );
      responses[409] = errorResponse(
        'someone changed the deal since you read it; reload and retry',
      );
      responses[413] = errorResponse('the body is larger than the limit');
      responses[415] = errorResponse('the body is not JSON');
    }
    paths[path] ??= {};
    paths[path][r.method] = {
      operationId: `${r.method}${r.path.replace(/[/:]+(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}`,
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: toSchema(r.body) } },
            },
          }
        : {}),
      ...(write ? { security: info.writesNeedToken ? [{ token: [] }] : [{}, { token: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'roundtrip API',
      version: info.version,
      description:
        'Follow money between companies as the news reports it. Amounts are JSON numbers in currency units; ' +
        'ranges keep their low and high ends. Every error answers { error: { code, message, details? } }.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'the token `roundtrip serve` printed at start (or gave with --token)',
        },
      },
    },
  };
}
