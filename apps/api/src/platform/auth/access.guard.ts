import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { CSRF_COOKIE, SESSION_COOKIE } from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import { ACCESS_KEY, AccessRule, mayAccess, PASSWORD_CHANGE_EXEMPT_KEY } from './access.decorator';
import type { AuthenticatedRequest } from './authenticated-request';
import { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Default deny: a route must be marked @Public(), @Authenticated() or @Roles(...).
 * Cookie sessions must send the CSRF token (double submit, bound to the session) on writes.
 * A user who must change a password someone else set reaches only the routes marked
 * @AllowedBeforePasswordChange() until they have done so.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!rule) {
      this.logger.error(`route ${ctx.getClass().name}.${ctx.getHandler().name} has no access rule; refused`);
      throw new DomainError('forbidden', 'This route is not open to anyone.');
    }
    if (rule.kind === 'public') return true;

    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
    const session = await this.sessions.resolve(cookies[SESSION_COOKIE]);
    if (!session) throw new DomainError('authentication_required', 'Please log in.');

    if (!SAFE_METHODS.has(req.method)) {
      const header = req.header('x-csrf-token');
      if (!sameToken(header, cookies[CSRF_COOKIE]) || !sameToken(header, session.csrfToken)) {
        throw new DomainError('csrf_failed', 'The X-CSRF-Token header must match the wir_csrf cookie.');
      }
    }
    req.auth = { actor: session.actor, sessionId: session.sessionId, tokenHash: session.tokenHash };
    if (
      session.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean | undefined>(PASSWORD_CHANGE_EXEMPT_KEY, [
        ctx.getHandler(),
        ctx.getClass(),
      ])
    ) {
      throw new DomainError('password_change_required', 'Please change your password first (POST /api/auth/password).');
    }
    if (!mayAccess(session.actor.roles, rule)) {
      throw new DomainError('forbidden', 'Your roles do not allow this.');
    }
    return true;
  }
}
