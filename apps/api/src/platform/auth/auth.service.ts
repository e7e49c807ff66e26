import { Inject, Injectable } from '@nestjs/common';
import type { User } from '@wir/shared';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Actor } from './actor';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, verifyPassword } from './password.util';
import { IssuedSession, SessionService } from './session.service';
import { STAFF_DIRECTORY, type StaffDirectory } from './staff-directory';

@Injectable()
export class AuthService {
  constructor(
    @Inject(STAFF_DIRECTORY) private readonly staff: StaffDirectory,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * One generic answer for an unknown e-mail, a wrong password and an inactive account. The
   * attempt is counted before the password is verified (see LoginThrottleService).
   */
  async login(
    emailInput: string,
    password: string,
    ip: string | undefined,
  ): Promise<{ user: User; session: IssuedSession }> {
    const email = emailInput.trim().toLowerCase();
    const attempt = await this.throttle.reserve(email, ip);
    const account = await this.staff.credentialsByEmail(email);
    const ok = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !ok || !account.active)
      throw new DomainError('invalid_credentials', 'E-mail or password is wrong.');
    await this.throttle.succeeded(attempt);
    const now = new Date();
    const user = await this.staff.recordLogin(account.id, now);
    const session = await this.sessions.issue(account.id, now);
    return { user, session };
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.staff.profile(actor.id);
    if (!user) throw new DomainError('authentication_required', 'Please log in.');
    return user;
  }

  logout(tokenHash: string): Promise<void> {
    return this.sessions.revoke(tokenHash);
  }

  /**
   * Changing one's password ends every session, this one included: log in again. The check of
   * the current password is limited like a login (same counters), so a taken-over session
   * cannot be used to guess it.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    ip: string | undefined,
  ): Promise<void> {
    if (newPassword === currentPassword) {
      throw new DomainError('validation_failed', 'The new password must differ from the current one.', {
        errors: [{ path: 'newPassword', message: 'must differ from the current password' }],
      });
    }
    const attempt = await this.throttle.reserve(actor.email, ip);
    const account = await this.staff.credentialsById(actor.id);
    if (!account || !(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new DomainError('validation_failed', 'The current password is wrong.', {
        errors: [{ path: 'currentPassword', message: 'is wrong' }],
      });
    }
    await this.throttle.succeeded(attempt);
    await this.staff.changeOwnPassword(actor, newPassword);
  }
}
