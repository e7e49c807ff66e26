import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { SESSION_COOKIE } from '@wir/shared';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('WIR platform API')
    .setDescription('Integration conference, workshops, state grant and measures of Kreis Offenbach. Errors are application/problem+json (RFC 9457).')
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

/**
 * Swagger UI at /api/docs, the JSON at /api/docs-json, both generated from the shared zod schemas
 * on the first request (not at start: the document is megabytes most processes never serve).
 */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json', yamlDocumentUrl: 'api/docs-yaml' });
}
