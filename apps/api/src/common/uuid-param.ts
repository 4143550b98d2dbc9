import { Param } from '@nestjs/common';
import { ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';

/** What a UUID param accepts (early routes check ids with it too). */
export const UuidParamSchema = z.uuid();

/** A route param that must be a UUID; anything else is a 400 problem, never a database error. */
export const UuidParam = (name: string) => Param(name, new ZodValidationPipe(UuidParamSchema));
