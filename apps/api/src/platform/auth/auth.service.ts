import { Injectable } from '@nestjs/common';
import type { User } from '@wir/shared';
import { UsersRepository } from '../../modules/users/users.repository';
import { UsersService } from '../../modules/users/users.service';
import { toUser } from '../../modules/users/user.mapper';
import { DomainError } from '../errors/domain.error';
import type { Actor } from './actor';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, verifyPassword } from './password.util';
import { IssuedSession, SessionService } from './session.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * One generic answer for an unknown e-mail, a wrong password and an inactive account. The
   * attempt is counted before the password is verified (see LoginThrottleService).
   */
  async login(emailInput: string, password: string, ip: string | undefined): Promise<{ user: User; session: IssuedSession }> {
    const email = emailInput.trim().toLowerCase();
    const attempt = await this.throttle.reserve(email, ip);
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) throw new DomainError('invalid_credentials', 'E-mail or password is wrong.');
    await this.throttle.succeeded(attempt);
    const now = new Date();
    await this.users.touchLogin(user.id, now);
    const session = await this.sessions.issue(user.id, now);
    return { user: toUser({ ...user, lastLoginAt: now }), session };
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new DomainError('authentication_required', 'Please log in.');
    return toUser(user);
  }

  logout(tokenHash: string): Promise<void> {
    return this.sessions.revoke(tokenHash);
  }

  /**
   * Changing one's password ends every session, this one included: log in again. The check of
   * the current password is limited like a login (same counters), so a taken-over session
   * cannot be used to guess it.
   */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, ip: string | undefined): Promise<void> {
    if (newPassword === currentPassword) {
      throw new DomainError('validation_failed', 'The new password must differ from the current one.', { errors: [{ path: 'newPassword', message: 'must differ from the current password' }] });
    }
    const attempt = await this.throttle.reserve(actor.email, ip);
    const user = await this.users.findById(actor.id);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new DomainError('validation_failed', 'The current password is wrong.', { errors: [{ path: 'currentPassword', message: 'is wrong' }] });
    }
    await this.throttle.succeeded(attempt);
    await this.usersService.update(actor, actor.id, { password: newPassword });
  }
}
