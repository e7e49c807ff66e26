import { Injectable } from '@nestjs/common';
import type { Role, User } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { hashPassword, passwordPolicyErrors } from '#api/platform/auth/password.util';
import { SessionService } from '#api/platform/auth/session.service';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { toUser } from './user.mapper';
import { UsersRepository } from './users.repository';
import { UserError } from './users.errors';

/**
 * `ownPassword`: the user chose the password themselves (ADMIN_PASSWORD of the operator). Any other
 * password (an admin's choice, a generated one) must be changed at the first login.
 */
export type NewUser = { email: string; displayName: string; password: string; roles: Role[]; ownPassword?: boolean };
export type UserChanges = { displayName?: string; roles?: Role[]; active?: boolean; password?: string };

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(): Promise<User[]> {
    return (await this.users.list()).map(toUser);
  }

  async create(actor: Actor | null, input: NewUser): Promise<User> {
    const email = input.email.toLowerCase();
    const policy = passwordPolicyErrors(input.password, email);
    if (policy.length) throw new DomainError('validation_failed', 'The password is too weak.', { errors: policy });
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async (m) => {
      if (await this.users.findByEmail(m, email)) {
        throw new UserError('user_email_taken', 'A user with this e-mail exists already.', {
          errors: [{ path: 'email', message: 'exists already' }],
        });
      }
      const user = await this.users.insert(m, {
        email,
        displayName: input.displayName,
        passwordHash,
        roles: input.roles,
        active: true,
        mustChangePassword: !input.ownPassword,
        createdAt: new Date(),
        lastLoginAt: null,
      });
      await this.audit.record(m, actor, { action: 'create', entity: 'user', entityId: user.id, after: toUser(user) });
      return toUser(user);
    });
  }

  async update(actor: Actor, id: number, changes: UserChanges): Promise<User> {
    const passwordHash = changes.password !== undefined ? await this.hashChecked(changes.password, id) : undefined;
    return this.tx.run(async (m) => {
      const user = await this.users.findById(m, id);
      if (!user) throw new DomainError('not_found', `User ${id} does not exist.`);
      const before = toUser(user);
      const losesAdmin =
        user.roles.includes('admin') &&
        user.active &&
        (changes.active === false || (changes.roles && !changes.roles.includes('admin')));
      if (losesAdmin && (await this.users.countActiveAdmins(m)) <= 1) {
        throw new UserError('user_last_admin', 'The last active admin cannot lose the admin role or be deactivated.');
      }
      if (changes.displayName !== undefined) user.displayName = changes.displayName;
      if (changes.roles !== undefined) user.roles = changes.roles;
      if (changes.active !== undefined) user.active = changes.active;
      if (passwordHash) {
        user.passwordHash = passwordHash;
        // A password set for someone else must be changed by them; changing one's own clears the mark.
        user.mustChangePassword = actor.id !== id;
      }
      const saved = await this.users.save(m, user);
      // A deactivated user or a changed password ends every open session of that user.
      if (changes.active === false || passwordHash) await this.sessions.revokeAllForUser(m, id);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'user',
        entityId: id,
        before,
        after: toUser(saved),
      });
      return toUser(saved);
    });
  }

  private async hashChecked(password: string, userId: number): Promise<string> {
    const user = await this.users.findById(null, userId);
    const policy = passwordPolicyErrors(password, user?.email);
    if (policy.length) throw new DomainError('validation_failed', 'The password is too weak.', { errors: policy });
    return hashPassword(password);
  }
}
