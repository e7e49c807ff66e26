import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  publicSurveyQuerySchema,
  publicSurveySchema,
  saveAnswersSchema,
  savedAnswersSchema,
  startedResponseSchema,
  submittedSurveySchema,
} from '@wir/shared';
import { Public } from '#api/platform/auth/access.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { PublicRateLimit } from '#api/platform/http/public-rate-limit.guard';
import { SurveyAnsweringService } from './survey-answering.service';

class TokenParamDto extends createZodDto(z.strictObject({ token: z.string().min(1).max(200) })) {}
class PublicSurveyQueryDto extends createZodDto(publicSurveyQuerySchema) {}
class PublicSurveyDto extends createZodDto(publicSurveySchema) {}
class SaveAnswersDto extends createZodDto(saveAnswersSchema) {}
class SavedAnswersDto extends createZodDto(savedAnswersSchema) {}
class SubmittedSurveyDto extends createZodDto(submittedSurveySchema) {}
class StartedResponseDto extends createZodDto(startedResponseSchema) {}

/** Answering a questionnaire by its link, without an account. */
@ApiTags('public')
@Controller('public/surveys')
@Public()
export class PublicSurveysController {
  constructor(private readonly answering: SurveyAnsweringService) {}

  @Post('open/:token/start')
  @ApiOperation({ summary: "Start an anonymous response from a survey's shared link" })
  @PublicRateLimit('survey-start')
  @ZodResponse({ status: 201, type: StartedResponseDto })
  start(@Param() { token }: TokenParamDto, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    return this.answering.start(token);
  }

  @Get(':token')
  @ApiOperation({ summary: 'Read the survey with the saved answers' })
  @ZodResponse({ type: PublicSurveyDto })
  read(
    @Param() { token }: TokenParamDto,
    @Query() { lang }: PublicSurveyQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    res.setHeader('Cache-Control', 'no-store');
    return this.answering.read(token, lang);
  }

  @Put(':token/answers')
  @ApiOperation({ summary: 'Save answers (partial; a bad answer refuses the whole save)' })
  @PublicRateLimit('survey-answers')
  @ZodResponse({ type: SavedAnswersDto })
  save(@Param() { token }: TokenParamDto, @Body() body: SaveAnswersDto) {
    return this.answering.save(token, body);
  }

  @Post(':token/submit')
  @ApiOperation({ summary: 'Submit the answers (once)' })
  @PublicRateLimit('survey-answers')
  @HttpCode(200)
  @ZodResponse({ type: SubmittedSurveyDto })
  submit(@Param() { token }: TokenParamDto) {
    return this.answering.submit(token);
  }

  @Get(':token/answers.pdf')
  @ApiOperation({ summary: 'Download the submitted answers as a PDF' })
  @ApiProduces('application/pdf')
  async pdf(@Param() { token }: TokenParamDto, @Query() { lang }: PublicSurveyQueryDto, @Res() res: Response) {
    await sendDownload(res, await this.answering.answersPdf(token, lang));
  }
}
