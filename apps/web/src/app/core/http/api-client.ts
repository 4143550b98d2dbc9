import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiOperationId, ApiOperations, ApiRequest, ApiResponse, apiPath } from '@cocrea/contracts';
import { Observable } from 'rxjs';

/**
 * The one client of the api for feature code: `api.call('castBallot', { params: { pollId }, body })`. The operation
 * id names the route (libs/contracts, generated from the api), so params, body and answer are checked by type and
 * no feature holds a path string.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  call<Id extends ApiOperationId>(
    id: Id,
    ...request: Record<string, never> extends ApiRequest<Id> ? [ApiRequest<Id>?] : [ApiRequest<Id>]
  ): Observable<ApiResponse<Id>> {
    const { params, body, query } = (request[0] ?? {}) as {
      params?: Record<string, string>;
      body?: unknown;
      query?: Record<string, unknown>;
    };
    return this.http.request<ApiResponse<Id>>(ApiOperations[id].method, apiPath(id, params), {
      body,
      params: queryParams(query),
    });
  }
}

/** Query values as strings; absent ones (undefined, null, empty text) are left out. */
function queryParams(query: Record<string, unknown> = {}): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, String(value));
  }
  return params;
}
