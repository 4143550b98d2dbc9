import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CHALLENGE_PHASES, ChallengePhase, CreateChallenge } from '@cocrea/contracts';
import { mexicoCityIso } from '../../core/i18n/mexico-city-time';
import { suggestedCalendar } from './phase-calendar';

/**
 * The form model of "Lanzar un reto" and its rules, mirroring the api's: every phase opens before it closes and not
 * before the phase ahead of it (`phaseWindowProblems`), the weights add up to 100 (`ChallengeWeightsSchema`). Each
 * rule sits on the field a person fixes, so the first wrong field takes the focus.
 */

const text = (value = '', ...validators: ValidatorFn[]) => new FormControl(value, { nonNullable: true, validators });
const whole = (value: number, min: number, max: number) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(min), Validators.max(max), Validators.pattern(/^\d+$/)],
  });

const instant = (local: string) => (local ? Date.parse(mexicoCityIso(local)) : NaN);

/** On a phase's closing date: after its opening. */
const closesAfterOpening: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const opens = instant((control.parent as PhaseForm | null)?.controls.opensAt.value ?? '');
  const closes = instant(control.value);
  return Number.isNaN(opens) || Number.isNaN(closes) || closes > opens ? null : { closesBeforeOpening: true };
};

/** On a phase's opening date: not before the opening of the phase ahead of it. */
const opensInOrder: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const phases = control.parent?.parent as FormArray<PhaseForm> | null;
  if (!phases) return null;
  const index = phases.controls.indexOf(control.parent as PhaseForm);
  if (index <= 0) return null;
  const previous = instant(phases.at(index - 1).controls.opensAt.value);
  const opens = instant(control.value);
  return Number.isNaN(previous) || Number.isNaN(opens) || opens >= previous ? null : { opensBeforePrevious: true };
};

/** On each weight: the three add up to 100. */
const weightsAddUp: ValidatorFn = (control: AbstractControl<number>): ValidationErrors | null => {
  const weights = control.parent as WeightsForm | null;
  return weights && weightSum(weights) !== 100 ? { sum: true } : null;
};

export type PhaseForm = FormGroup<{
  phase: FormControl<ChallengePhase>;
  opensAt: FormControl<string>;
  closesAt: FormControl<string>;
  rules: FormControl<string>;
}>;
export type ProblemForm = FormGroup<{ institution: FormControl<string>; title: FormControl<string>; context: FormControl<string> }>;
export type WeightsForm = FormGroup<{ support: FormControl<number>; feasibility: FormControl<number>; jury: FormControl<number> }>;

export const weightSum = (weights: WeightsForm) =>
  Object.values(weights.getRawValue()).reduce((sum, value) => sum + (Number(value) || 0), 0);

export function problemForm(institution = ''): ProblemForm {
  return new FormGroup({
    institution: text(institution, Validators.required, Validators.maxLength(200)),
    title: text('', Validators.required, Validators.maxLength(200)),
    context: text('', Validators.maxLength(5000)),
  });
}

export function launchForm(now = new Date()) {
  const phases = new FormArray<PhaseForm>(
    suggestedCalendar(now).map(
      (p) =>
        new FormGroup({
          phase: new FormControl(p.phase, { nonNullable: true }),
          opensAt: text(p.opensAt, Validators.required, opensInOrder),
          closesAt: text(p.closesAt, Validators.required, closesAfterOpening),
          rules: text('', Validators.maxLength(2000)),
        }),
    ),
  );
  const weights: WeightsForm = new FormGroup({
    support: whole(40, 0, 100),
    feasibility: whole(30, 0, 100),
    jury: whole(30, 0, 100),
  });
  for (const control of Object.values(weights.controls)) control.addValidators(weightsAddUp);
  return new FormGroup({
    title: text('', Validators.required, Validators.maxLength(200)),
    summary: text('', Validators.maxLength(5000)),
    problems: new FormArray<ProblemForm>([problemForm(), problemForm()]),
    phases,
    supportLimit: whole(3, 1, 20),
    winnersPerProblem: whole(2, 1, 10),
    weights,
  });
}
export type LaunchForm = ReturnType<typeof launchForm>;

/** Rules that read other fields are checked again, so a change elsewhere clears or raises them. */
export function revalidateLinked(form: LaunchForm): void {
  for (const phase of form.controls.phases.controls) {
    phase.controls.opensAt.updateValueAndValidity({ emitEvent: false });
    phase.controls.closesAt.updateValueAndValidity({ emitEvent: false });
  }
  for (const weight of Object.values(form.controls.weights.controls)) weight.updateValueAndValidity({ emitEvent: false });
}

export function launchInput(form: LaunchForm): CreateChallenge {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    supportLimit: Number(v.supportLimit),
    winnersPerProblem: Number(v.winnersPerProblem),
    weights: { support: Number(v.weights.support), feasibility: Number(v.weights.feasibility), jury: Number(v.weights.jury) },
    problems: v.problems.map((p) => ({ institution: p.institution.trim(), title: p.title.trim(), context: p.context.trim() })),
    phases: CHALLENGE_PHASES.map((phase) => {
      const p = v.phases.find((w) => w.phase === phase) as (typeof v.phases)[number];
      return { phase, opensAt: mexicoCityIso(p.opensAt), closesAt: mexicoCityIso(p.closesAt), rules: p.rules.trim() };
    }),
  };
}
