-- Appointments (org.ohtpathway.appointment): the health plan books the first, each support
-- session the next. An appointment holds its current slot (day, start, length, where, and the
-- safety plan of a visit away from a probation office); each rescheduling keeps the slot it
-- replaced, who asked and why. The venue address, the safety contact and the reasons are free
-- text, removed with the referral's details; days, times and kinds of place stay.
create sequence appointment_seq start with 1 increment by 50;
create sequence appointment_rescheduling_seq start with 1 increment by 50;

create table appointment (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  number integer not null,
  on_date date not null,
  starts_at time not null,
  length_minutes integer not null,
  place varchar(32) not null,
  office_id varchar(64),
  venue_address varchar(1000),
  safety_contact varchar(255),
  check_in_at time,
  status varchar(32) not null,
  session_id bigint,
  outcome_recorded_at timestamp(6) with time zone,
  outcome_recorded_by varchar(64),
  constraint pk_appointment primary key (id)
);
create index ix_appointment_referral on appointment (referral_id);

-- The slot columns here are the slot the rescheduling replaced.
create table appointment_rescheduling (
  id bigint not null,
  appointment_id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  asked_by varchar(32) not null,
  reason varchar(1000),
  on_date date not null,
  starts_at time not null,
  length_minutes integer not null,
  place varchar(32) not null,
  office_id varchar(64),
  venue_address varchar(1000),
  safety_contact varchar(255),
  check_in_at time,
  constraint pk_appointment_rescheduling primary key (id),
  constraint fk_appointment_rescheduling_appointment foreign key (appointment_id) references appointment (id)
);
create index ix_appointment_rescheduling_referral on appointment_rescheduling (referral_id);
create index ix_appointment_rescheduling_appointment on appointment_rescheduling (appointment_id);

-- The appointment an email's calendar invitation is made from, when it has one.
alter table notification add column appointment_id bigint;
