import { HttpClient, HttpEvent, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ATTACHMENT_FIELD, ApiRoutes, AttachmentSummary } from '@cocrea/contracts';
import { Observable, filter, map } from 'rxjs';

export type UploadProgress = { done: false; percent: number } | { done: true; attachment: AttachmentSummary };

@Injectable({ providedIn: 'root' })
export class AttachmentsApi {
  private readonly http = inject(HttpClient);

  upload(file: File): Observable<UploadProgress> {
    const body = new FormData();
    body.append(ATTACHMENT_FIELD, file, file.name);
    return this.http.post<AttachmentSummary>(ApiRoutes.attachments, body, { reportProgress: true, observe: 'events' }).pipe(
      filter((event) => event.type === HttpEventType.UploadProgress || event.type === HttpEventType.Response),
      map((event: HttpEvent<AttachmentSummary>) =>
        event.type === HttpEventType.Response
          ? { done: true as const, attachment: event.body as AttachmentSummary }
          : {
              done: false as const,
              percent: event.type === HttpEventType.UploadProgress && event.total ? Math.round((100 * event.loaded) / event.total) : 0,
            },
      ),
    );
  }

  /** A plain link: the session cookie goes along and the browser downloads the file. */
  downloadUrl(id: string): string {
    return ApiRoutes.attachment(id);
  }
}
