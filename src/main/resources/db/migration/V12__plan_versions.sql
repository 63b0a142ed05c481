-- Plan versions: the plan as agreed is version 1; each revision at a review makes the next
-- version, with a row of each of its goals (open or closed), so every earlier version stays
-- as it was. Every plan agreed so far becomes version 1, with all its goals open.
create sequence plan_revision_seq start with 1 increment by 50;

alter table health_plan add column current_version integer default 1 not null;

alter table goal add column plan_version integer default 1 not null;
-- What the version did to the goal (ADDED, CHANGED, CLOSED); none when carried over as it was.
alter table goal add column change_made varchar(16);
-- Why a goal was closed (ACHIEVED, NO_LONGER_RELEVANT, OTHER with the reason in words), and when.
alter table goal add column closed_reason varchar(32);
alter table goal add column closed_reason_other varchar(1000);
alter table goal add column closed_on date;
alter table goal add constraint uk_goal_version_number unique (plan_id, plan_version, number);

-- One row per revision (version 2 on): when, why in the Health Trainer's words (of the health
-- record: minimisation empties it), who. Version 1's who and when are the plan's own.
create table plan_revision (
  id bigint not null,
  plan_id bigint not null,
  version_number integer not null,
  revised_on date not null,
  reason varchar(1000),
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  constraint pk_plan_revision primary key (id),
  constraint uk_plan_revision_version unique (plan_id, version_number)
);
alter table plan_revision add constraint fk_plan_revision_plan foreign key (plan_id) references health_plan (id);
