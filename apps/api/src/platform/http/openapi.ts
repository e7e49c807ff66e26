import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { SESSION_COOKIE } from '@wir/shared';
import { SessionService } from '#api/platform/auth/session.service';
import type { AppConfig } from '#api/platform/config/app-config';
import { DomainError } from '#api/platform/errors/domain.error';

const DOCS_PATHS = ['/api/docs', '/api/docs-json', '/api/docs-yaml'];

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('WIR platform API')
    .setDescription(
      'Integration conference, workshops, state grant and measures of Kreis Offenbach. Errors are application/problem+json (RFC 9457).',
    )
    .setVersion('1')
    .addServer('/', 'The origin that serves this document')
    .addCookieAuth(SESSION_COOKIE)
    // Every route needs the session cookie unless it is @Public() (which declares `security: [{}]`).
    .addSecurityRequirements('cookie')
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

/** The docs routes are not Nest routes (no guard runs): this stands in for @Authenticated(). */
function staffOnly(app: INestApplication) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const token = (req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    app
      .get(SessionService)
      .resolve(token)
      .then((session) =>
        next(
          session
            ? undefined
            : new DomainError('authentication_required', 'Please log in to read the API documentation.'),
        ),
      )
      .catch(next);
  };
}

/**
 * Swagger UI at /api/docs, the JSON at /api/docs-json, both generated from the shared zod schemas
 * on the first request (not at start: the document is megabytes most processes never serve).
 * OPENAPI_DOCS decides who gets them: anyone (`public`), logged-in staff (`staff`), nobody (`off`: 404).
 */
export function setupOpenApi(app: INestApplication, access: AppConfig['openApiDocs']): void {
  if (access === 'off') return;
  if (access === 'staff') app.use(DOCS_PATHS, staffOnly(app));
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
