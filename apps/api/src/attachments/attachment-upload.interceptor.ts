import { ATTACHMENT_FIELD, ATTACHMENT_MAX_BYTES } from '@cocrea/contracts';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { Observable } from 'rxjs';
import { AppException, invalidField } from '../common/problem';

const parseUpload = multer({
  storage: multer.memoryStorage(),
  // Browsers send UTF-8 filenames without declaring a charset; busboy's default would garble accents.
  defParamCharset: 'utf8',
  limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 0, parts: 1 },
}).single(ATTACHMENT_FIELD);

const MEBIBYTE = 1024 * 1024;

/** Reads one multipart file into memory, answering oversized or malformed uploads as problems before anything is stored. */
@Injectable()
export class AttachmentUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) =>
      parseUpload(http.getRequest<Request>(), http.getResponse<Response>(), (error: unknown) =>
        error ? reject(uploadProblem(error)) : resolve(),
      ),
    );
    return next.handle();
  }
}

function uploadProblem(error: unknown): AppException {
  if (error instanceof MulterError) {
    if (error.code === 'LIMIT_FILE_SIZE') return new AppException('file_too_large', { limit: `${ATTACHMENT_MAX_BYTES / MEBIBYTE} MB` });
    return invalidField(
      ATTACHMENT_FIELD,
      `Envía exactamente un archivo en el campo «${ATTACHMENT_FIELD}» y ningún otro campo.`,
      `Send exactly one file in the “${ATTACHMENT_FIELD}” field and no other field.`,
    );
  }
  // Whatever else busboy or multer reports (a malformed part header, a NUL in a filename, a cut-off body) is the
  // client's malformed request, never a server fault.
  return invalidField(
    ATTACHMENT_FIELD,
    'El envío del archivo está incompleto o mal formado.',
    'The file upload is incomplete or malformed.',
  );
}
