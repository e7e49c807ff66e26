import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createOfferSchema,
  mergeOfferSchema,
  offerPageSchema,
  offerQuerySchema,
  offerSchema,
  offerToMeasureSchema,
  updateOfferSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { OffersService } from './offers.service';

class OfferQueryDto extends createZodDto(offerQuerySchema) {}
class CreateOfferDto extends createZodDto(createOfferSchema) {}
class UpdateOfferDto extends createZodDto(updateOfferSchema) {}
class MergeOfferDto extends createZodDto(mergeOfferSchema) {}
class OfferToMeasureDto extends createZodDto(offerToMeasureSchema) {}
class OfferDto extends createZodDto(offerSchema) {}
class OfferPageDto extends createZodDto(offerPageSchema) {}

/** The inventory of offers: coordinators and admins. */
@ApiTags('offers')
@Controller('offers')
@Roles('coordinator')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @ApiOperation({ summary: 'List the offers of the inventory' })
  @ZodResponse({ type: OfferPageDto })
  list(@Query() query: OfferQueryDto) {
    return this.offers.page(query);
  }

  @Post()
  @ApiOperation({ summary: 'Enter an offer' })
  @ZodResponse({ status: 201, type: OfferDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateOfferDto) {
    return this.offers.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read an offer' })
  @ZodResponse({ type: OfferDto })
  get(@Param() { id }: IdParamDto) {
    return this.offers.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit an offer, its translations or its review status' })
  @ZodResponse({ type: OfferDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateOfferDto) {
    return this.offers.update(actor, id, body);
  }

  @Post(':id/merge')
  @ApiOperation({ summary: 'Mark an offer as a duplicate of another one' })
  @ZodResponse({ status: 201, type: OfferDto })
  merge(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: MergeOfferDto) {
    return this.offers.merge(actor, id, body.intoId);
  }

  @Post(':id/publish')
  @ApiOperation({ summary: 'Publish a reviewed offer in the public directory' })
  @ZodResponse({ status: 201, type: OfferDto })
  publish(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.offers.publish(actor, id);
  }

  @Post(':id/unpublish')
  @ApiOperation({ summary: 'Take an offer out of the public directory' })
  @ZodResponse({ status: 201, type: OfferDto })
  unpublish(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.offers.unpublish(actor, id);
  }

  @Post(':id/measure')
  @ApiOperation({ summary: 'Turn an offer into a draft measure' })
  @ZodResponse({ status: 201, type: OfferDto })
  toMeasure(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: OfferToMeasureDto) {
    return this.offers.toMeasure(actor, id, body);
  }
}
