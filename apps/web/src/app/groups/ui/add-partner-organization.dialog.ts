import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { Organization, WorkingGroupDetail } from '@cocrea/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, filter, switchMap } from 'rxjs';
import { isApiError } from '../../core/http/api-error';
import { LocaleService } from '../../core/i18n/locale.service';
import { GroupsApi } from '../groups.api';
import { DialogForm } from '../../core/ui/dialog-form';

/** A coordinator invites an outside organization (civil society, academia, an archive) to the group. */
@Component({
  selector: 'cc-add-partner-organization-dialog',
  imports: [DialogForm, ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      ccDialogForm
      (ngSubmit)="save()"
      [heading]="'groups.partners.addTitle' | transloco"
      [submitLabel]="'groups.partners.addSubmit' | transloco"
      [busy]="saving()"
      [failure]="failure()"
    >
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
