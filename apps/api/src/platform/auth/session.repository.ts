import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(m: EntityManager | null = null) {
    return (m ?? this.dataSource.manager).getRepository(SessionEntity);
  }

  async insert(session: Omit<SessionEntity, 'id' | 'user'>): Promise<SessionEntity> {
    return this.repo().save(this.repo().create(session));
  }

  /** The live session for a token hash, with its user, in one query. */
  findLiveByTokenHash(tokenHash: string): Promise<SessionEntity | null> {
    return this.repo().findOne({ where: { tokenHash, revokedAt: IsNull() }, relations: { user: true } });
  }

  async touch(id: number, at: Date): Promise<void> {
    await this.repo().update({ id }, { lastSeenAt: at });
  }

  async revokeByTokenHash(tokenHash: string, at: Date): Promise<void> {
    await this.repo().update({ tokenHash, revokedAt: IsNull() }, { revokedAt: at });
  }

  async revokeAllForUser(m: EntityManager | null, userId: number, at: Date): Promise<void> {
    await this.repo(m).update({ userId, revokedAt: IsNull() }, { revokedAt: at });
  }

  /** Removes sessions that ended before `before`; sessions are not kept as history. */
  async deleteEndedBefore(before: Date): Promise<number> {
    const expired = await this.repo().delete({ expiresAt: LessThan(before) });
    const revoked = await this.repo().delete({ revokedAt: LessThan(before) });
    return (expired.affected ?? 0) + (revoked.affected ?? 0);
  }
}
