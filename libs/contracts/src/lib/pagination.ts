import * as z from 'zod';

export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 100_000;

export const PageQuerySchema = z
  .object({
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    q: z.string().trim().max(200).optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof PageQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The one parameter that narrows a list, export or dataset to one commission (`?commissionId=`). Optional where
 * "every commission" is meaningful (the public portal and its open data); the web sends the commission chosen.
 */
export const CommissionFilterSchema = z.object({ commissionId: z.uuid().optional() });
export type CommissionFilter = z.infer<typeof CommissionFilterSchema>;

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export const ExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default('csv') });
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const UuidSchema = z.uuid();
