import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { auditPageSchema, auditQuerySchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import { AuditService } from './audit.service';

class AuditQueryDto extends createZodDto(auditQuerySchema) {}
class AuditPageDto extends createZodDto(auditPageSchema) {}

@ApiTags('audit')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'List audit log entries' })
  @Roles('admin')
  @ZodResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto) {
    return this.audit.page(query);
  }
}
