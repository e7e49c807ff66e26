import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { createDrawdownSchema, drawdownListSchema, drawdownSchema, recordDrawdownReceiptSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { DrawdownsService } from './drawdowns.service';

class CreateDrawdownDto extends createZodDto(createDrawdownSchema) {}
class RecordDrawdownReceiptDto extends createZodDto(recordDrawdownReceiptSchema) {}
class DrawdownDto extends createZodDto(drawdownSchema) {}
class DrawdownListDto extends createZodDto(drawdownListSchema) {}

@ApiTags('grants')
@Controller()
export class DrawdownsController {
  constructor(private readonly drawdowns: DrawdownsService) {}

  @Get('grants/:id/drawdowns')
  @ApiOperation({ summary: 'List the drawdowns of a grant' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: DrawdownListDto })
  async list(@Param() { id }: IdParamDto) {
    return { items: await this.drawdowns.list(id) };
  }

  @Post('grants/:id/drawdowns')
  @ApiOperation({ summary: 'Request a drawdown' })
  @Roles('finance')
  @ZodResponse({ status: 201, type: DrawdownDto })
  create(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateDrawdownDto) {
    return this.drawdowns.create(actor, id, body);
  }

  @Patch('drawdowns/:id')
  @ApiOperation({ summary: "Record the receipt of a drawdown's payment" })
  @Roles('finance')
  @ZodResponse({ type: DrawdownDto })
  recordReceipt(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: RecordDrawdownReceiptDto) {
    return this.drawdowns.recordReceipt(actor, id, body);
  }
}
