-- Changes to the pathway (org.ohtpathway.change): what a service designer proposed, the check's
-- report and the simulator's comparison, who decided and why, what was deployed and which
-- running referrals moved to the new version. Kept as the record of who changed the pathway.
create sequence pathway_change_seq start with 1 increment by 50;

create table pathway_change (
  id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  description varchar(4000) not null,
  state varchar(16) not null,
  complete_pathway boolean not null,
  rollback_of bigint,
  summary varchar(100000),
  check_report varchar(100000),
  simulation varchar(100000),
  migration_plan varchar(100000),
  base_fingerprint varchar(64) not null,
  decided_by varchar(64),
  decided_at timestamp(6) with time zone,
  decision_reason varchar(4000),
  migrate_referrals boolean,
  replaced_deployment_id varchar(64),
  deployment_id varchar(64),
  batch_ids varchar(4000),
  chosen_referrals integer,
  migrated integer,
  not_migrated integer,
  migration_report varchar(100000),
  constraint pk_pathway_change primary key (id)
);

create sequence pathway_change_file_seq start with 1 increment by 50;

-- Each file of a change, and what it replaced (null for a file the change adds).
create table pathway_change_file (
  id bigint not null,
  change_id bigint not null,
  name varchar(255) not null,
  content varchar(1000000) not null,
  previous_content varchar(1000000),
  constraint pk_pathway_change_file primary key (id),
  constraint fk_pathway_change_file_change foreign key (change_id) references pathway_change (id)
);
create index ix_pathway_change_file_change on pathway_change_file (change_id);
