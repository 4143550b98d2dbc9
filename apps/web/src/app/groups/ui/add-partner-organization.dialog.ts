import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { Organization, WorkingGroupDetail } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';
import { isApiError } from '../../core/http/api-error';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';

/** A coordinator invites an outside organization (civil society, academia, an archive) to the group. */
@Component({
  selector: 'cc-add-partner-organization-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'groups.partners.addTitle' | transloco }}</h2>
    <form (ngSubmit)="save()">
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'groups.partners.search' | transloco }}</mat-label>
          <input matInput type="search" [formControl]="search" autocomplete="off" />
          <mat-hint>{{ 'groups.partners.searchHint' | transloco }}</mat-hint>
        </mat-form-field>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'groups.partners.organization' | transloco }}</mat-label>
          <mat-select [formControl]="organizationId" required>
            @for (o of organizations(); track o.id) {
              <mat-option [value]="o.id">{{ o.name }}{{ o.shortName ? ' (' + o.shortName + ')' : '' }}</mat-option>
            }
          </mat-select>
          @if (organizationId.invalid) {
            <mat-error>{{ 'groups.partners.organizationRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        @if (failure(); as failure) {
          <p class="error" role="alert">{{ failure }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'groups.dialog.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'groups.partners.addSubmit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog.scss',
})
export class AddPartnerOrganizationDialog {
  private readonly api = inject(GroupsApi);
  private readonly locales = inject(LocaleService);
  private readonly ref = inject(MatDialogRef<AddPartnerOrganizationDialog, WorkingGroupDetail>);
  private readonly data = inject<{ groupId: string }>(MAT_DIALOG_DATA);

  protected readonly organizations = signal<Organization[]>([]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly organizationId = new FormControl('', { nonNullable: true, validators: [Validators.required] });

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged(),
        filter((q) => q.trim().length >= 2),
        switchMap((q) => this.api.searchOrganizations(q.trim())),
        takeUntilDestroyed(),
      )
      .subscribe((organizations) => this.organizations.set(organizations));
  }

  protected save(): void {
    if (this.organizationId.invalid) {
      this.organizationId.markAsTouched();
      return;
    }
    this.saving.set(true);
    this.failure.set(null);
    this.api.addPartnerOrganization(this.data.groupId, this.organizationId.value).subscribe({
      next: (group) => this.ref.close(group),
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(isApiError(error) ? error.detailIn(this.locales.locale()) : null);
      },
    });
  }
}
