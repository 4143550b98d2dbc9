import type { Readable } from 'node:stream';

export interface StoredFile {
  key: string;
  modifiedAt: Date;
}

/**
 * Where attachment bytes live. Local disk by default; an S3-compatible store can replace it
 * by providing another implementation of this class.
 */
export abstract class FileStorage {
  /** Stores `content` under `key`; a reader never sees a half-written file. */
  abstract put(key: string, content: Buffer): Promise<void>;
  abstract read(key: string): Readable;
  /** Removes `key`; removing a missing key is not an error. */
  abstract remove(key: string): Promise<void>;
  /** Every stored key (half-written ones too) with when it was last written: the start-up sweep of orphans reads it. */
  abstract list(): Promise<StoredFile[]>;
}
