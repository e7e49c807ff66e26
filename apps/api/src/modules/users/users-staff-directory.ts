import { Injectable } from '@nestjs/common';
import type { User } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import type { StaffCredentials, StaffDirectory } from '#api/platform/auth/staff-directory';
import { toUser } from './user.mapper';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** The users module's side of platform/auth's StaffDirectory. */
@Injectable()
export class UsersStaffDirectory implements StaffDirectory {
  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
  ) {}

  credentialsByEmail(email: string): Promise<StaffCredentials | null> {
    return this.users.findByEmail(null, email);
  }

  credentialsById(id: number): Promise<StaffCredentials | null> {
    return this.users.findById(null, id);
  }

  async recordLogin(id: number, at: Date): Promise<User> {
    await this.users.touchLogin(id, at);
    return toUser((await this.users.findById(null, id))!);
  }

  async profile(id: number): Promise<User | null> {
    const user = await this.users.findById(null, id);
    return user ? toUser(user) : null;
  }

  async changeOwnPassword(actor: Actor, newPassword: string): Promise<void> {
    await this.usersService.update(actor, actor.id, { password: newPassword });
  }
}
