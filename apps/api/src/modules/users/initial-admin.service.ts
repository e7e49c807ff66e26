import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { DomainError } from '#api/platform/errors/domain.error';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

export const GENERATED_ADMIN_EMAIL = 'admin@wir.local';

/**
 * The first admin: from ADMIN_EMAIL + ADMIN_PASSWORD when set (created if absent, never overwritten);
 * otherwise, on a database without users, one is generated and its password printed once (it must be
 * changed at the first login).
 */
@Injectable()
export class InitialAdminService {
  private readonly logger = new Logger('InitialAdmin');

  constructor(
    private readonly users: UsersRepository,
    private readonly usersService: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensure(): Promise<void> {
    const configured = this.config.initialAdmin;
    if (configured) {
      if (await this.users.findByEmail(null, configured.email)) return;
      await this.usersService
        // The operator chose this password: it need not be changed at the first login.
        .create(null, {
          email: configured.email,
          displayName: 'Administrator',
          password: configured.password,
          roles: ['admin'],
          ownPassword: true,
        })
        .catch((error: unknown) => {
          const reasons =
            error instanceof DomainError ? (error.extra.errors ?? []).map((e) => e.message).join(', ') : '';
          throw new Error(
            `ADMIN_PASSWORD is not accepted${reasons ? `: ${reasons}` : ''} (${error instanceof Error ? error.message : String(error)})`,
          );
        });
      this.logger.log(`created admin ${configured.email} from ADMIN_EMAIL`);
      return;
    }
    if ((await this.users.count()) > 0) return;
    const password = randomBytes(18).toString('base64url');
    await this.usersService.create(null, {
      email: GENERATED_ADMIN_EMAIL,
      displayName: 'Administrator',
      password,
      roles: ['admin'],
    });
    // Printed once on purpose, outside the structured log, so it does not end up in log storage.
    process.stdout.write(
      `\n  First start: an admin was created.\n    E-mail:   ${GENERATED_ADMIN_EMAIL}\n    Password: ${password}\n  It is shown only now; you will be asked to change it at the first login.\n\n`,
    );
  }
}
