import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { operationIdParamSchema, operationListQuerySchema, operationListSchema, operationSchema } from '@wir/shared';
import { Authenticated } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { OperationsService } from './operations.service';

class OperationDto extends createZodDto(operationSchema) {}
class OperationListDto extends createZodDto(operationListSchema) {}
class OperationListQueryDto extends createZodDto(operationListQuerySchema) {}
class OperationIdParamDto extends createZodDto(operationIdParamSchema) {}

/** The caller's own long operations (started by the modules' start routes): state, progress, result file. */
@ApiTags('operations')
@Controller('operations')
@Authenticated()
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @Get()
  @ApiOperation({ summary: 'My operations, newest first (`?active=true`: only queued and running)' })
  @ZodResponse({ type: OperationListDto })
  async list(@CurrentUser() actor: Actor, @Query() query: OperationListQueryDto) {
    return { items: await this.operations.list(actor, query.active === 'true') };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of my operations with its progress, summary and file' })
  @ZodResponse({ type: OperationDto })
  get(@CurrentUser() actor: Actor, @Param() { id }: OperationIdParamDto) {
    return this.operations.get(actor, id);
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'Download the result file of one of my operations' })
  @ApiProduces('application/octet-stream')
  async file(@CurrentUser() actor: Actor, @Param() { id }: OperationIdParamDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.operations.file(actor, id));
  }
}
