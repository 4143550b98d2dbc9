import { TestBed } from '@angular/core/testing';
import { ApiError } from '../http/api-error';
import { configureWebTestBed } from '../../../testing/setup';
import { ErrorPanel, isRetryable } from './error-panel';

describe('ErrorPanel', () => {
  beforeEach(() => configureWebTestBed([]));

  const render = async (error: unknown) => {
    const fixture = TestBed.createComponent(ErrorPanel);
    fixture.componentRef.setInput('heading', 'errors.generic');
    fixture.componentRef.setInput('error', error);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  };

  it('offers Reintentar only for failures a retry can fix', () => {
    expect([0, 408, 429, 500, 503].map((status) => isRetryable(new ApiError(status, null)))).toEqual([true, true, true, true, true]);
    expect([400, 403, 404, 409, 410].map((status) => isRetryable(new ApiError(status, null)))).toEqual([false, false, false, false, false]);
  });

  it('answers a refusal with the way home instead of Reintentar', async () => {
    const panel = await render(new ApiError(403, null));
    expect(panel.querySelector('button')).toBeNull();
    expect(panel.querySelector('a[href="/inicio"]')).not.toBeNull();
  });

  it('keeps Reintentar when the server could not be reached', async () => {
    const panel = await render(new ApiError(0, null));
    expect(panel.querySelector('button')?.textContent?.trim()).toBe('Reintentar');
  });
});
