import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager | null) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  list(): Promise<UserEntity[]> {
    return this.repo().find({ order: { email: 'ASC' } });
  }

  findById(manager: EntityManager | null, id: number): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByEmail(manager: EntityManager | null, email: string): Promise<UserEntity | null> {
    return this.repo(manager).findOneBy({ email: email.toLowerCase() });
  }

  count(): Promise<number> {
    return this.repo().count();
  }

  /** Active users holding the admin role (roles live in a JSON text column). */
  async countActiveAdmins(manager: EntityManager | null): Promise<number> {
    const users = await this.repo(manager).find({ where: { active: true }, select: { id: true, roles: true } });
    return users.filter((u) => u.roles.includes('admin')).length;
  }

  insert(manager: EntityManager, user: Omit<UserEntity, 'id'>): Promise<UserEntity> {
    return this.repo(manager).save(this.repo(manager).create(user));
  }

  save(manager: EntityManager, user: UserEntity): Promise<UserEntity> {
    return this.repo(manager).save(user);
  }

  async touchLogin(id: number, at: Date): Promise<void> {
    await this.repo().update({ id }, { lastLoginAt: at });
  }
}
