import { Controller, Get, Module, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { APP_FILTER, APP_GUARD, ModulesContainer } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DASHBOARD_PANELS, dashboardPanelsFor, ROLES, type Role } from '@wir/shared';
import { ACCESS_KEY, AccessRule, PASSWORD_CHANGE_EXEMPT_KEY } from '#api/platform/auth/access.decorator';
import { AccessGuard } from '#api/platform/auth/access.guard';
import { SessionService } from '#api/platform/auth/session.service';
import { ProblemFilter } from '#api/platform/errors/problem.filter';
import { INITIAL_PASSWORD, startTestApp, TestApp } from './support/test-app';

type RouteInfo = { method: string; path: string; rule: AccessRule | undefined; beforePasswordChange: boolean };

/** Every route the app registers, with its access rule, read from the controllers' metadata. */
function discoverRoutes(t: TestApp): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const cls = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!cls) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '').replace(/^\/|\/$/g, '');
      const classRule = Reflect.getMetadata(ACCESS_KEY, cls) as AccessRule | undefined;
      for (const name of Object.getOwnPropertyNames(cls.prototype)) {
        const handler = cls.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodCode = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (methodCode === undefined) continue;
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '').replace(/^\/|\/$/g, '');
        const path = '/' + ['api', base, sub].filter(Boolean).join('/');
        routes.push({
          method: RequestMethod[methodCode],
          path,
          rule: (Reflect.getMetadata(ACCESS_KEY, handler) as AccessRule | undefined) ?? classRule,
          beforePasswordChange: Reflect.getMetadata(PASSWORD_CHANGE_EXEMPT_KEY, handler) === true,
        });
      }
    }
  }
  return routes;
}

/** Every route Express actually serves (to prove the discovery above misses none). */
function expressRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return (
    express.router.stack
      // Middleware (the request logger) is mounted on every method of /api and /api/{*path}: not a route.
      .filter(
        (l) =>
          l.route &&
          l.route.path.startsWith('/api/') &&
          !l.route.path.startsWith('/api/docs') &&
          !l.route.path.includes('{*'),
      )
      .flatMap((l) =>
        Object.keys(l.route!.methods)
          .filter((m) => m !== '_all')
          .map((m) => `${m.toUpperCase()} ${l.route!.path}`),
      )
  );
}

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, '1');
// Everything else needs a session. The public form and the manage link are open on purpose.
const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/health/ready',
  'POST /api/auth/login',
  'GET /api/public/events',
  'GET /api/public/events/:slug',
  'POST /api/public/events/:slug/registrations',
  'POST /api/public/events/:slug/resend-link',
  'GET /api/public/registrations/:token',
  'PATCH /api/public/registrations/:token',
  'POST /api/public/registrations/:token/cancel',
  'GET /api/public/registrations/:token/export',
  'GET /api/public/offers',
  // Answering a questionnaire by its personal or anonymous link.
  'POST /api/public/surveys/open/:token/start',
  'GET /api/public/surveys/:token',
  'PUT /api/public/surveys/:token/answers',
  'POST /api/public/surveys/:token/submit',
  'GET /api/public/surveys/:token/answers.pdf',
];

describe('access: default deny on every route', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  beforeAll(async () => {
    t = await startTestApp();
    routes = discoverRoutes(t);
  });
  afterAll(() => t.close());

  it('discovers every route Express serves', () => {
    const discovered = routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(discovered.length).toBeGreaterThan(10);
    expect(discovered).toEqual([...new Set(expressRoutes(t))].sort());
  });

  it('gives every route an explicit rule, and only the known ones are public', () => {
    const missing = routes.filter((r) => !r.rule).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    const open = routes
      .filter((r) => r.rule?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(open).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const results: string[] = [];
    for (const r of routes.filter((x) => x.rule?.kind !== 'public')) {
      const res = await t.http[r.method.toLowerCase() as 'get'](concrete(r.path)).send({});
      if (res.status !== 401) results.push(`${r.method} ${r.path} → ${res.status}`);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(results).toEqual([]);
  });

  it('answers 403 to a user without the route’s role, on every role-restricted route', async () => {
    const clients = new Map<string, Awaited<ReturnType<TestApp['userWithRoles']>>>();
    const failures: string[] = [];
    let checked = 0;
    for (const r of routes) {
      if (r.rule?.kind !== 'roles') continue;
      const allowed = r.rule.roles;
      const others = ROLES.filter(
        (role): role is Exclude<Role, 'admin'> => role !== 'admin' && !allowed.includes(role),
      );
      if (others.length === 0) continue;
      const key = others.join(',');
      if (!clients.has(key)) clients.set(key, await t.userWithRoles(others));
      const client = clients.get(key)!;
      const method = r.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      const res = method === 'get' ? await client.get(concrete(r.path)) : await client[method](concrete(r.path), {});
      checked++;
      if (res.status !== 403) failures.push(`${r.method} ${r.path} as ${key} → ${res.status}`);
    }
    expect(checked).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });

  it('answers 403 password_change_required on every session route but /auth/me, /auth/password and /auth/logout while a set password is unchanged', async () => {
    const exempt = routes
      .filter((r) => r.beforePasswordChange)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(exempt).toEqual(['GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/password']);
    const email = 'noch-nicht-geaendert@example.org';
    expect(
      (
        await (
          await t.admin()
        ).post('/api/users', { email, displayName: 'Neu', password: INITIAL_PASSWORD, roles: ['admin'] })
      ).status,
    ).toBe(201);
    const client = await t.login(email, INITIAL_PASSWORD);
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.rule?.kind !== 'public' && !x.beforePasswordChange)) {
      const method = r.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete';
      const res = method === 'get' ? await client.get(concrete(r.path)) : await client[method](concrete(r.path), {});
      if (res.status !== 403 || res.body.code !== 'password_change_required')
        failures.push(`${r.method} ${r.path} → ${res.status} ${res.body.code}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('access: a route without a rule', () => {
  @Controller('forgotten')
  class ForgottenController {
    @Get()
    open() {
      return { leaked: true };
    }
  }

  @Module({
    controllers: [ForgottenController],
    providers: [
      { provide: SessionService, useValue: { resolve: async () => null } },
      { provide: APP_GUARD, useClass: AccessGuard },
      { provide: APP_FILTER, useClass: ProblemFilter },
    ],
  })
  class ForgottenModule {}

  it('is refused with 403 even though nobody marked it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ForgottenModule] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const res = await request(app.getHttpServer()).get('/forgotten');
    expect(res.status).toBe(403);
    expect(res.body.leaked).toBeUndefined();
    await app.close();
  });
});

describe('access: the start page panels (@Authenticated, roles decided by the service)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 for each panel dashboardPanelsFor gives a role and 403 for the others', async () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      const client = role === 'admin' ? await t.admin() : await t.userWithRoles([role]);
      const shown = dashboardPanelsFor([role]);
      for (const panel of DASHBOARD_PANELS) {
        const res = await client.get(`/api/dashboard/${panel}`);
        const expected = shown.includes(panel) ? 200 : 403;
        if (res.status !== expected)
          failures.push(`${role} GET /api/dashboard/${panel} → ${res.status}, expected ${expected}`);
      }
    }
    expect(dashboardPanelsFor(['admin'])).toEqual([...DASHBOARD_PANELS]);
    expect(dashboardPanelsFor(['checkin'])).toEqual([]);
    expect(failures).toEqual([]);
  });
});
