import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { createFundingProgrammeSchema, fundingProgrammeListSchema, fundingProgrammeSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { FundingProgrammesService } from './funding-programmes.service';

class CreateFundingProgrammeDto extends createZodDto(createFundingProgrammeSchema) {}
class FundingProgrammeDto extends createZodDto(fundingProgrammeSchema) {}
class FundingProgrammeListDto extends createZodDto(fundingProgrammeListSchema) {}

@ApiTags('grants')
@Controller('funding-programmes')
export class FundingProgrammesController {
  constructor(private readonly programmes: FundingProgrammesService) {}

  @Get()
  @ApiOperation({ summary: 'List funding programmes' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: FundingProgrammeListDto })
  async list() {
    return { items: await this.programmes.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Create a funding programme' })
  @Roles('finance')
  @ZodResponse({ status: 201, type: FundingProgrammeDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateFundingProgrammeDto) {
    return this.programmes.create(actor, body);
  }
}
