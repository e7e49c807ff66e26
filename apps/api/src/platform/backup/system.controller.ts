import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { backupRunSchema, operationSchema, systemStatusSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { BackupService } from './backup.service';

class SystemStatusDto extends createZodDto(systemStatusSchema) {}
class BackupRunDto extends createZodDto(backupRunSchema) {}
class OperationDto extends createZodDto(operationSchema) {}

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

  /** The same ZIP written in the background to the operation's file (GET /operations/:id/file). */
  @Post('exports')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start the data export ZIP as a background operation (admin; personal data, audited)' })
  @Roles('admin')
  @ZodResponse({ status: 202, type: OperationDto })
  startExport(@CurrentUser() actor: Actor) {
    return this.backups.startDataExport(actor);
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
