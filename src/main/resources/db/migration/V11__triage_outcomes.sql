-- Triage outcomes besides allocation: a coordinator's question to the practitioner and its
-- answer, and a referral declined at triage with its coded reason. The question, the answer
-- and a declining reason's words are personal data: minimisation empties them and keeps who,
-- when and the coded reason.
create sequence triage_question_seq start with 1 increment by 50;
create sequence triage_decline_seq start with 1 increment by 50;

create table triage_question (
  id bigint not null,
  referral_id bigint not null,
  question varchar(4000),
  asked_on date not null,
  answer varchar(4000),
  answered_by varchar(64),
  answered_at timestamp(6) with time zone,
  answered_on date,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_triage_question primary key (id)
);
create index ix_triage_question_referral on triage_question (referral_id);

create table triage_decline (
  id bigint not null,
  referral_id bigint not null,
  reason varchar(32) not null,
  reason_detail varchar(1000),
  declined_on date not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_triage_decline primary key (id)
);
create index ix_triage_decline_referral on triage_decline (referral_id);
