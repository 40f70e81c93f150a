/**
 * @module Schema of `GET /api/openapi.json`.
 */
export const openapiRoute = {
  summary: 'This API as an OpenAPI 3.1 document',
  tags: ['meta'],
  response: { 200: { type: 'object', additionalProperties: true, description: 'OpenAPI 3.1 document' } },
};
