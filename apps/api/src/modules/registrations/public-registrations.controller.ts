import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  createRegistrationSchema,
  eventSlugParamSchema,
  manageRegistrationSchema,
  manageTokenParamSchema,
  publicEventListSchema,
  publicEventSchema,
  registrationCreatedSchema,
  updateOwnRegistrationSchema,
} from '@wir/shared';
import { Public } from '#api/platform/auth/access.decorator';
import { IdempotencyService } from '#api/platform/idempotency/idempotency.service';
import { PublicRateLimit } from '#api/platform/http/public-rate-limit.guard';
import { OwnRegistrationService } from './own-registration.service';
import { PublicRegistrationsService } from './public-registrations.service';

class SlugParamDto extends createZodDto(eventSlugParamSchema) {}
class TokenParamDto extends createZodDto(manageTokenParamSchema) {}
class CreateRegistrationDto extends createZodDto(createRegistrationSchema) {}
class UpdateOwnRegistrationDto extends createZodDto(updateOwnRegistrationSchema) {}
class ResendLinkDto extends createZodDto(z.strictObject({ email: z.email().max(254) })) {}
class PublicEventDto extends createZodDto(publicEventSchema) {}
class PublicEventListDto extends createZodDto(publicEventListSchema) {}
class RegistrationCreatedDto extends createZodDto(registrationCreatedSchema) {}
class ManageRegistrationDto extends createZodDto(manageRegistrationSchema) {}

/** What participants use without an account: the form and the manage link. */
@ApiTags('public')
@Controller('public')
@Public()
export class PublicRegistrationsController {
  constructor(
    private readonly registrations: PublicRegistrationsService,
    private readonly own: OwnRegistrationService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get('events')
  @ApiOperation({ summary: 'List events open for registration' })
  @ZodResponse({ type: PublicEventListDto })
  async events() {
    return { items: await this.registrations.publicEvents() };
  }

  @Get('events/:slug')
  @ApiOperation({ summary: 'Read a public event by its slug' })
  @ZodResponse({ type: PublicEventDto })
  event(@Param() { slug }: SlugParamDto) {
    return this.registrations.publicEvent(slug);
  }

  @Post('events/:slug/registrations')
  @ApiOperation({ summary: 'Register for an event' })
  @PublicRateLimit('registration')
  @ZodResponse({ status: 201, type: RegistrationCreatedDto })
  async register(
    @Param() { slug }: SlugParamDto,
    @Body() body: CreateRegistrationDto,
    @Req() req: Request,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.idempotency.run(`registration:${slug}`, key, req.body, async () => ({
      status: 201,
      body: await this.registrations.register(slug, body),
    }));
    res.status(result.status);
    res.setHeader('Cache-Control', 'no-store');
    return result.body as z.infer<typeof registrationCreatedSchema>;
  }

  @Post('events/:slug/resend-link')
  @ApiOperation({ summary: 'Send the manage link again' })
  @PublicRateLimit('resend-link')
  @HttpCode(202)
  async resendLink(@Param() { slug }: SlugParamDto, @Body() body: ResendLinkDto): Promise<{ status: 'accepted' }> {
    await this.registrations.resendLink(slug, body.email);
    return { status: 'accepted' };
  }

  @Get('registrations/:token')
  @ApiOperation({ summary: 'Read the own registration by its manage link' })
  @ZodResponse({ type: ManageRegistrationDto })
  manage(@Param() { token }: TokenParamDto, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    return this.own.manage(token);
  }

  @Patch('registrations/:token')
  @ApiOperation({ summary: 'Change the own registration' })
  @ZodResponse({ type: ManageRegistrationDto })
  change(@Param() { token }: TokenParamDto, @Body() body: UpdateOwnRegistrationDto) {
    return this.own.change(token, body.workshopIds);
  }

  @Post('registrations/:token/cancel')
  @ApiOperation({ summary: 'Cancel the own registration' })
  @HttpCode(200)
  @ZodResponse({ type: ManageRegistrationDto })
  cancel(@Param() { token }: TokenParamDto) {
    return this.own.cancel(token);
  }

  @Get('registrations/:token/export')
  @ApiOperation({ summary: "Export the own registration's personal data" })
  async export(@Param() { token }: TokenParamDto, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', 'attachment; filename="meine-daten.json"');
    return this.own.export(token);
  }
}
