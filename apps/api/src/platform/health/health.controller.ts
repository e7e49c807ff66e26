import { Controller, Get, HttpCode, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '@wir/shared';
import { Public } from '#api/platform/auth/access.decorator';
import { SessionService } from '#api/platform/auth/session.service';
import { BackupService } from '#api/platform/backup/backup.service';
import { DomainError } from '#api/platform/errors/domain.error';

const READY_TIMEOUT_MS = 2000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly backups: BackupService,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @Public()
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /**
   * Readiness: the database answers within 2 s. A logged-in admin also gets `details` (the last
   * backup's time and size, whether one is overdue); anyone else only the status.
   */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers (details for admins: the last backup)' })
  @Public()
  async ready(@Req() req: Request) {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
        }),
      ]);
    } catch {
      throw new DomainError('unavailable', 'The database is not reachable.');
    } finally {
      clearTimeout(timer);
    }
    const ready = { status: 'ready', database: this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite' };
    const session = await this.sessions
      .resolve((req.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE])
      .catch(() => null);
    if (!session || session.mustChangePassword || !session.actor.roles.includes('admin')) return ready;
    const backup = await this.backups.status();
    return {
      ...ready,
      details: {
        backup: {
          lastAt: backup.lastSucceeded?.at ?? null,
          lastSizeBytes: backup.lastSucceeded?.sizeBytes ?? null,
          lastFailed: backup.lastAttempt?.status === 'failed',
          overdue: backup.overdue,
          intervalHours: backup.intervalHours,
        },
      },
    };
  }
}
