-- The one read model of a referral's progress (org.ohtpathway.progress): where each referral
-- stands, and the day it reached each milestone. V5 fills them in for referrals made before.
create sequence reached_milestone_seq start with 1 increment by 50;

create table referral_progress (
  referral_id bigint not null,
  reference varchar(20) not null,
  process_instance_id varchar(64),
  received_on date not null,
  practitioner_id varchar(64) not null,
  trainer_id varchar(64),
  priority varchar(16),
  stage varchar(32) not null,
  end_state varchar(16),
  ended_on date,
  sessions_attended integer not null,
  on_hold boolean not null,
  hold_reason varchar(32),
  held_since date,
  look_again_on date,
  updated_at timestamp(6) with time zone not null,
  constraint pk_referral_progress primary key (referral_id)
);
create index ix_referral_progress_trainer on referral_progress (trainer_id, end_state);
create index ix_referral_progress_practitioner on referral_progress (practitioner_id);
create index ix_referral_progress_open on referral_progress (end_state, stage);
create index ix_referral_progress_instance on referral_progress (process_instance_id);
create unique index ix_referral_progress_reference on referral_progress (reference);

create table reached_milestone (
  id bigint not null,
  referral_id bigint not null,
  milestone varchar(32) not null,
  reached_on date not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_reached_milestone primary key (id),
  constraint uk_reached_milestone unique (referral_id, milestone)
);
