-- Support ended early by a case action after the assessment (org.ohtpathway.exit): why, and
-- from when. The pathway goes to the exit, whose reason the ending suggests. The free text of
-- an "other" reason is removed with the referral's details; the row and its coded reason stay.
create sequence support_ending_seq start with 1 increment by 50;

create table support_ending (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  reason varchar(32) not null,
  reason_other varchar(2000),
  ended_on date not null,
  constraint pk_support_ending primary key (id)
);
create index ix_support_ending_referral on support_ending (referral_id);
