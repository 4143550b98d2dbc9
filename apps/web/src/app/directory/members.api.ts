import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiRoutes, CommissionMember, ExportFormat, Page } from '@cocrea/contracts';
import { Observable } from 'rxjs';
import { MemberFilters, filtersToHttpParams } from './member-filters';

@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);

  members(commissionId: string, filters: MemberFilters): Observable<Page<CommissionMember>> {
    return this.http.get<Page<CommissionMember>>(ApiRoutes.commissionMembers(commissionId), {
      params: filtersToHttpParams(filters),
    });
  }

  /** A plain link: the session cookie goes along and the browser downloads the file. */
  exportUrl(commissionId: string, filters: MemberFilters, format: ExportFormat): string {
    const params = filtersToHttpParams(filters, false).set('format', format);
    return `${ApiRoutes.commissionMembersExport(commissionId)}?${params.toString()}`;
  }
}
