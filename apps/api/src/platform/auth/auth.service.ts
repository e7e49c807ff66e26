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

  /** One generic answer for an unknown e-mail, a wrong password and an inactive account. */
  async login(emailInput: string, password: string, ip: string): Promise<{ user: User; session: IssuedSession }> {
    const email = emailInput.trim().toLowerCase();
    this.throttle.assertAllowed(email, ip);
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) {
      this.throttle.recordFailure(email, ip);
      throw new DomainError('invalid_credentials', 'E-mail or password is wrong.');
    }
    this.throttle.recordSuccess(email);
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

  /** Changing one's password ends every session, this one included: log in again. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(actor.id);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new DomainError('validation_failed', 'The current password is wrong.', { errors: [{ path: 'currentPassword', message: 'is wrong' }] });
    }
    await this.usersService.update(actor, actor.id, { password: newPassword });
  }
}
