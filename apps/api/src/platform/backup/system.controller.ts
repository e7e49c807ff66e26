import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { backupRunSchema, systemStatusSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { BackupService } from './backup.service';

class SystemStatusDto extends createZodDto(systemStatusSchema) {}
class BackupRunDto extends createZodDto(backupRunSchema) {}

@ApiTags('system')
@Controller('admin')
export class SystemController {
  constructor(private readonly backups: BackupService) {}

  @Get('system')
  @ApiOperation({ summary: 'Version, schema and the state of the backups (admin)' })
  @Roles('admin')
  @ZodResponse({ type: SystemStatusDto })
  system() {
    return this.backups.systemStatus();
  }

  @Post('backups')
  @HttpCode(201)
  @ApiOperation({ summary: 'Take a backup now into BACKUP_DIR (admin)' })
  @Roles('admin')
  @ZodResponse({ status: 201, type: BackupRunDto })
  backupNow(@CurrentUser() actor: Actor) {
    return this.backups.backupNow(actor);
  }

  /** Every table as CSV (German Excel) and JSON, the data files and the column documentation, as one ZIP. */
  @Get('export')
  @ApiOperation({ summary: 'Export all data of the district as one ZIP (admin; personal data, audited)' })
  @Roles('admin')
  @ApiProduces('application/zip')
  async export(@CurrentUser() actor: Actor, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.backups.dataExport(actor));
  }
}
