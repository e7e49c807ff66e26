import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  type CreateReceipt,
  createReceiptSchema,
  receiptPageSchema,
  receiptQuerySchema,
  receiptSchema,
  RECEIPT_FILE_TYPES,
  reverseReceiptSchema,
  signOffQueueSchema,
  signOffSchema,
  updateReceiptSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { ReceiptsService } from './receipts.service';

/** The body is a union by `kind`: a class cannot extend a union type, so the DTO carries the schema and the handler names the union. */
class CreateReceiptDto extends (createZodDto(createReceiptSchema) as new () => object) {}
class UpdateReceiptDto extends createZodDto(updateReceiptSchema) {}
class ReceiptDto extends createZodDto(receiptSchema) {}
class ReceiptPageDto extends createZodDto(receiptPageSchema) {}
class ReceiptQueryDto extends createZodDto(receiptQuerySchema) {}
class SignOffDto extends createZodDto(signOffSchema) {}
class ReverseReceiptDto extends createZodDto(reverseReceiptSchema) {}
class SignOffQueueDto extends createZodDto(signOffQueueSchema) {}

/** Receipts (Belege): finance books and signs off, coordinators read. */
@ApiTags('grants')
@Controller()
export class ReceiptsController {
  constructor(private readonly receipts: ReceiptsService) {}

  @Get('grants/:id/receipts')
  @ApiOperation({ summary: 'List the receipts of a grant' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: ReceiptPageDto })
  list(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Query() query: ReceiptQueryDto) {
    return this.receipts.list(actor, id, query);
  }

  @Post('grants/:id/receipts')
  @ApiOperation({ summary: 'Book a receipt' })
  @Roles('finance')
  @ZodResponse({ status: 201, type: ReceiptDto })
  create(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateReceiptDto) {
    return this.receipts.create(actor, id, body as CreateReceipt);
  }

  @Get('sign-off-queue')
  @ApiOperation({ summary: "Receipts waiting for the caller's sign-off" })
  @Roles('finance')
  @ZodResponse({ type: SignOffQueueDto })
  queue(@CurrentUser() actor: Actor) {
    return this.receipts.queue(actor);
  }

  @Get('receipts/:id')
  @ApiOperation({ summary: 'Read a receipt' })
  @Roles('finance', 'coordinator')
  @ZodResponse({ type: ReceiptDto })
  get(@Param() { id }: IdParamDto) {
    return this.receipts.get(id);
  }

  @Patch('receipts/:id')
  @ApiOperation({ summary: 'Update a receipt' })
  @Roles('finance')
  @ZodResponse({ type: ReceiptDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateReceiptDto) {
    return this.receipts.update(actor, id, body);
  }

  @Delete('receipts/:id')
  @ApiOperation({ summary: 'Delete an unsigned receipt' })
  @Roles('finance')
  @HttpCode(204)
  async remove(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    await this.receipts.remove(actor, id);
  }

  @Post('receipts/:id/sign-off')
  @ApiOperation({ summary: 'Sign off a receipt' })
  @Roles('finance')
  @HttpCode(200)
  @ZodResponse({ type: ReceiptDto })
  signOff(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() { step }: SignOffDto) {
    return this.receipts.signOff(actor, id, step);
  }

  @Post('receipts/:id/reverse')
  @ApiOperation({ summary: 'Reverse a signed receipt' })
  @Roles('finance')
  @ZodResponse({ status: 201, type: ReceiptDto })
  reverse(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: ReverseReceiptDto) {
    return this.receipts.reverse(actor, id, body);
  }

  /** The scan as the raw request body (PDF, PNG or JPEG); its name in the `X-File-Name` header, URL-encoded. */
  @Put('receipts/:id/file')
  @ApiOperation({ summary: 'Attach the scan of a receipt' })
  @Roles('finance')
  @ApiConsumes(...RECEIPT_FILE_TYPES)
  @ZodResponse({ type: ReceiptDto })
  attachFile(
    @CurrentUser() actor: Actor,
    @Param() { id }: IdParamDto,
    @Headers('x-file-name') fileName: string | undefined,
    @Req() req: Request,
  ) {
    return this.receipts.attachFile(actor, id, req.headers['content-type'], fileName, req.body);
  }

  @Get('receipts/:id/file')
  @ApiOperation({ summary: 'Download the scan of a receipt' })
  @Roles('finance', 'coordinator')
  @ApiProduces(...RECEIPT_FILE_TYPES)
  async file(@Param() { id }: IdParamDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.receipts.file(id));
  }
}
