-- What staff do to a case beside its tasks (casework): the change log of amended referral
-- details, transfers to another practitioner and holds. Reallocations are rows of allocation.
create sequence referral_change_seq start with 1 increment by 50;
create sequence practitioner_transfer_seq start with 1 increment by 50;
create sequence case_hold_seq start with 1 increment by 50;

-- One row per field changed by an amendment, and one per decision table checked again after
-- it (field ELIGIBILITY or PRIORITY, the outcome in new_value). Old and new values and the
-- reason are personal data: minimisation empties them and keeps what changed, who and when.
create table referral_change (
  id bigint not null,
  referral_id bigint not null,
  amendment integer not null,
  field varchar(32) not null,
  old_value varchar(4000),
  new_value varchar(4000),
  reason varchar(1000),
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_referral_change primary key (id)
);
create index ix_referral_change_referral on referral_change (referral_id, amendment);

create table practitioner_transfer (
  id bigint not null,
  referral_id bigint not null,
  from_practitioner_id varchar(64) not null,
  to_practitioner_id varchar(64) not null,
  reason varchar(1000),
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_practitioner_transfer primary key (id)
);
create index ix_practitioner_transfer_referral on practitioner_transfer (referral_id);

-- A hold; the reason's text is sensitive (custody, hospital) and stays here only.
create table case_hold (
  id bigint not null,
  referral_id bigint not null,
  reason varchar(32) not null,
  reason_detail varchar(1000),
  held_since date not null,
  look_again_on date not null,
  resumed_on date,
  resumed_by varchar(64),
  working_days_held integer,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_case_hold primary key (id)
);
create index ix_case_hold_referral on case_hold (referral_id);
