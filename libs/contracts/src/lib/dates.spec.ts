import { CreateMeetingSchema } from './meetings';
import { calendarDate, instant } from './dates';

describe('dates in requests', () => {
  it('refuses an instant past the year 2200, even one written with a legal offset', () => {
    expect(instant().safeParse('9999-12-31T23:59:59-23:59').success).toBe(false);
    expect(instant().safeParse('2201-01-01T00:00:00Z').success).toBe(false);
  });

  it('refuses an instant before 1900', () => {
    expect(instant().safeParse('1899-12-31T23:59:59Z').success).toBe(false);
  });

  it('accepts the instants of a commission’s working life', () => {
    expect(instant().safeParse('2021-02-15T10:00:00-06:00').success).toBe(true);
    expect(instant().safeParse('1900-01-01T00:00:00Z').success).toBe(true);
  });

  it('bounds date-only values to the same years', () => {
    expect(calendarDate().safeParse('9999-12-31').success).toBe(false);
    expect(calendarDate().safeParse('1899-12-31').success).toBe(false);
    expect(calendarDate().safeParse('2026-12-07').success).toBe(true);
  });

  it('refuses a session scheduled in the year 10000', () => {
    const meeting = {
      title: 'Sesión',
      kind: 'ordinary',
      scheduledAt: '9999-12-31T23:59:59-23:59',
      agenda: [{ title: 'Punto', kind: 'report' }],
    };
    expect(CreateMeetingSchema.safeParse(meeting).success).toBe(false);
    expect(CreateMeetingSchema.safeParse({ ...meeting, scheduledAt: '2027-01-11T10:00:00-06:00' }).error).toBeUndefined();
  });
});
