-- Case notes (org.ohtpathway.note): a call, a message or a visit noted on a case beside its
-- tasks. The text is removed with the referral's details; the row, its kind and date stay.
create sequence case_note_seq start with 1 increment by 50;

create table case_note (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  kind varchar(16) not null,
  noted_on date not null,
  text varchar(4000),
  shared_with_practitioner boolean not null,
  constraint pk_case_note primary key (id)
);
create index ix_case_note_referral on case_note (referral_id);
