import { DynamicModule, Module, type Type } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

/** Login, logout, `auth/me`, password change. */
@Module({})
export class AuthModule {
  /** `accounts`: the module that provides and exports STAFF_DIRECTORY (see staff-directory.ts). */
  static withStaffDirectory(accounts: Type): DynamicModule {
    return { module: AuthModule, imports: [accounts], controllers: [AuthController], providers: [AuthService] };
  }
}
