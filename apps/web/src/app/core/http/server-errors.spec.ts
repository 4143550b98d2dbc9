import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Problem } from '@cocrea/contracts';
import { testProblem } from '../../../testing/setup';
import { ApiError } from './api-error';
import { applyServerErrors, problemMessage } from './server-errors';

const datePath = {
  path: 'dueOn',
  message: 'La fecha debe ser a partir del 1 de enero de 2000.',
  messages: { es: 'La fecha debe ser a partir del 1 de enero de 2000.', en: 'The date must be on or after January 1, 2000.' },
};

const invalid: Problem = {
  ...testProblem(
    'validation_failed',
    400,
    { title: 'Datos no válidos', detail: 'La solicitud tiene campos con valores no válidos; revise la lista de errores.' },
    { title: 'Invalid data', detail: 'Some fields have invalid values; see the list of errors.' },
  ),
  errors: [datePath],
};

function form() {
  return new FormGroup({
    title: new FormControl('Hito', { nonNullable: true, validators: [Validators.required] }),
    dueOn: new FormControl('1999-01-01', { nonNullable: true, validators: [Validators.required] }),
  });
}

describe('applyServerErrors', () => {
  it('marks the named control with the message in the interface language', () => {
    const f = form();
    expect(applyServerErrors(f, new ApiError(400, invalid), 'en')).toBe(true);
    expect(f.controls.dueOn.getError('server')).toBe('The date must be on or after January 1, 2000.');
    expect(f.controls.dueOn.touched).toBe(true);
    expect(f.controls.title.valid).toBe(true);
  });

  it('lets the control clear the server error once the value changes', () => {
    const f = form();
    applyServerErrors(f, new ApiError(400, invalid), 'es-MX');
    expect(f.controls.dueOn.getError('server')).toBe('La fecha debe ser a partir del 1 de enero de 2000.');
    f.controls.dueOn.setValue('2026-12-01');
    expect(f.controls.dueOn.valid).toBe(true);
  });

  it('says when a field error has no control, or when there are no field errors', () => {
    const other: Problem = { ...invalid, errors: [{ ...datePath, path: 'commitment' }] };
    expect(applyServerErrors(form(), new ApiError(400, other), 'es-MX')).toBe(false);
    expect(applyServerErrors(form(), new ApiError(409, { ...invalid, errors: undefined }), 'es-MX')).toBe(false);
    expect(applyServerErrors(form(), new Error('boom'), 'es-MX')).toBe(false);
  });
});

describe('problemMessage', () => {
  it('lists the field messages after the detail, in the interface language', () => {
    expect(problemMessage(new ApiError(400, invalid), 'en')).toBe(
      'Some fields have invalid values; see the list of errors. The date must be on or after January 1, 2000.',
    );
    expect(problemMessage(new Error('boom'), 'en')).toBeNull();
  });
});
