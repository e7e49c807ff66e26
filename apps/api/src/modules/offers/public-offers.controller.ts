import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { publicOfferListSchema, publicOfferQuerySchema } from '@wir/shared';
import { Public } from '#api/platform/auth/access.decorator';
import { OffersService } from './offers.service';

class PublicOfferQueryDto extends createZodDto(publicOfferQuerySchema) {}
class PublicOfferListDto extends createZodDto(publicOfferListSchema) {}

/** The directory of published offers (`/angebote`): no login, texts in the asked language. */
@ApiTags('public')
@Controller('public/offers')
@Public()
export class PublicOffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @ApiOperation({ summary: 'List the published offers in a language' })
  @ZodResponse({ type: PublicOfferListDto })
  async list(@Query() query: PublicOfferQueryDto) {
    return this.offers.publicList(query);
  }
}
