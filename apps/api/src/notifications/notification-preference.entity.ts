import type { NotificationDelivery, NotificationKind } from '@cocrea/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

const KEY = 'notification_preferences_pkey';

/** How one person wants one kind of notification; a kind without a row gets DEFAULT_NOTIFICATION_DELIVERY. */
@Entity('notification_preferences')
@Check('notification_preferences_delivery_check', `delivery IN ('app', 'email', 'digest')`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: KEY })
  personId!: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: KEY })
  kind!: NotificationKind;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'notification_preferences_person_fk' })
  person!: PersonEntity;

  @Column({ type: 'varchar', length: 10 })
  delivery!: NotificationDelivery;
}
