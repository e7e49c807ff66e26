import { Module } from '@nestjs/common';
import { STAFF_DIRECTORY } from '#api/platform/auth/staff-directory';
import { InitialAdminService } from './initial-admin.service';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';
import { UsersStaffDirectory } from './users-staff-directory';

@Module({
  controllers: [UsersController],
  providers: [
    UsersRepository,
    UsersService,
    InitialAdminService,
    UsersStaffDirectory,
    { provide: STAFF_DIRECTORY, useExisting: UsersStaffDirectory },
  ],
  exports: [UsersRepository, UsersService, InitialAdminService, STAFF_DIRECTORY],
})
export class UsersModule {}
