import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { createUserSchema, updateUserSchema, userListSchema, userSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { UsersService } from './users.service';

class CreateUserDto extends createZodDto(createUserSchema) {}
class UpdateUserDto extends createZodDto(updateUserSchema) {}
class UserDto extends createZodDto(userSchema) {}
class UserListDto extends createZodDto(userListSchema) {}

@ApiTags('users')
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List staff users' })
  @ZodResponse({ type: UserListDto })
  async list() {
    return { items: await this.users.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Create a staff user' })
  @ZodResponse({ status: 201, type: UserDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateUserDto) {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a staff user' })
  @ZodResponse({ type: UserDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateUserDto) {
    return this.users.update(actor, id, body);
  }
}
