import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  budgetLineSchema,
  budgetStatusSchema,
  calendarDateSchema,
  createBudgetLineSchema,
  createGrantSchema,
  grantViewSchema,
  grantListSchema,
  updateBudgetLineSchema,
  updateGrantSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { toGrantView } from './grant-rules.util';
import { GrantsService } from './grants.service';

class CreateGrantDto extends createZodDto(createGrantSchema) {}
class UpdateGrantDto extends createZodDto(updateGrantSchema) {}
class GrantViewDto extends createZodDto(grantViewSchema) {}
class GrantListDto extends createZodDto(grantListSchema) {}
class CreateBudgetLineDto extends createZodDto(createBudgetLineSchema) {}
class UpdateBudgetLineDto extends createZodDto(updateBudgetLineSchema) {}
class BudgetLineDto extends createZodDto(budgetLineSchema) {}
class BudgetStatusDto extends createZodDto(budgetStatusSchema) {}
class BudgetStatusQueryDto extends createZodDto(z.strictObject({ asOf: calendarDateSchema.optional() })) {}

/** Grants and finance plans: finance writes, coordinators read (admins may do both). */
@ApiTags('grants')
@Controller()
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Get('grants')
  @ApiOperation({ summary: 'List grants' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: GrantListDto })
  async list() {
    return { items: await this.grants.list() };
  }

  @Post('grants')
  @ApiOperation({ summary: 'Create a grant' })
  @Roles('finance')
  @ZodResponse({ status: 201, type: GrantViewDto })
  async create(@CurrentUser() actor: Actor, @Body() body: CreateGrantDto) {
    return toGrantView(await this.grants.create(actor, body), actor);
  }

  @Get('grants/:id')
  @ApiOperation({ summary: 'Read a grant' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: GrantViewDto })
  async get(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return toGrantView(await this.grants.get(null, id), actor);
  }

  @Patch('grants/:id')
  @ApiOperation({ summary: 'Update a grant' })
  @Roles('finance')
  @ZodResponse({ type: GrantViewDto })
  async update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateGrantDto) {
    return toGrantView(await this.grants.update(actor, id, body), actor);
  }

  /** Four eyes on the ANBest-P Nr. 6.5 erasure: a second person (not the proof date's recorder) lets it run once due. */
  @Post('grants/:id/receipt-erasure/confirmation')
  @ApiOperation({ summary: "Confirm the due erasure of a grant's receipts (second person)" })
  @Roles('finance')
  @HttpCode(200)
  @ZodResponse({ type: GrantViewDto })
  async confirmReceiptErasure(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return toGrantView(await this.grants.confirmReceiptErasure(actor, id), actor);
  }

  @Get('grants/:id/budget-status')
  @ApiOperation({ summary: 'Budget status of a grant per budget line' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: BudgetStatusDto })
  budgetStatus(@Param() { id }: IdParamDto, @Query() { asOf }: BudgetStatusQueryDto) {
    return this.grants.budgetStatus(id, asOf);
  }

  @Post('grants/:id/budget-lines')
  @ApiOperation({ summary: "Add a budget line to a grant's finance plan" })
  @Roles('finance')
  @ZodResponse({ status: 201, type: BudgetLineDto })
  addBudgetLine(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateBudgetLineDto) {
    return this.grants.addBudgetLine(actor, id, body);
  }

  @Patch('budget-lines/:id')
  @ApiOperation({ summary: 'Update a budget line' })
  @Roles('finance')
  @ZodResponse({ type: BudgetLineDto })
  updateBudgetLine(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateBudgetLineDto) {
    return this.grants.updateBudgetLine(actor, id, body);
  }
}
