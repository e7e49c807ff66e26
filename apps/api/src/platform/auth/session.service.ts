import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import type { Actor } from './actor';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { SessionRepository } from './session.repository';

export type IssuedSession = { token: string; csrfToken: string; expiresAt: Date };
export type LiveSession = {
  actor: Actor;
  sessionId: number;
  tokenHash: string;
  csrfToken: string;
  mustChangePassword: boolean;
};

// Refresh last_seen_at at most once a minute, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: number, now = new Date()): Promise<IssuedSession> {
    const token = newSecretToken();
    const csrfToken = newSecretToken();
    const expiresAt = new Date(now.getTime() + this.config.session.absoluteMs);
    await this.sessions.insert({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
    });
    return { token, csrfToken, expiresAt };
  }

  /** The session behind a cookie token, or null when unknown, revoked, idle too long, expired or the user is inactive. */
  async resolve(token: string | undefined, now = new Date()): Promise<LiveSession | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const session = await this.sessions.findLiveByTokenHash(tokenHash);
    if (!session?.user || !session.user.active) return null;
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (session.expiresAt.getTime() <= now.getTime() || idleSince >= this.config.session.idleMs) {
      await this.sessions.revokeByTokenHash(tokenHash, now);
      return null;
    }
    if (idleSince > TOUCH_INTERVAL_MS) await this.sessions.touch(session.id, now);
    const { id, email, roles, mustChangePassword } = session.user;
    return {
      actor: { id, email, roles },
      sessionId: session.id,
      tokenHash,
      csrfToken: session.csrfToken,
      mustChangePassword,
    };
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.sessions.revokeByTokenHash(tokenHash, new Date());
  }

  /** Sessions are not kept as history: ended ones are deleted by the scheduled jobs. */
  purgeEndedBefore(before: Date): Promise<number> {
    return this.sessions.deleteEndedBefore(before);
  }

  async revokeAllForUser(m: EntityManager | null, userId: number): Promise<void> {
    await this.sessions.revokeAllForUser(m, userId, new Date());
  }
}
