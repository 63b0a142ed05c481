-- The application's own tables (the engine keeps its ACT_ tables itself). This script runs
-- unchanged on H2 and PostgreSQL. Never edit a migration once released: add the next one.

create sequence acknowledgement_seq start with 1 increment by 50;
create sequence allocation_seq start with 1 increment by 50;
create sequence assessment_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;
create sequence consent_seq start with 1 increment by 50;
create sequence consent_withdrawal_seq start with 1 increment by 50;
create sequence contact_attempt_seq start with 1 increment by 50;
create sequence eligibility_decision_seq start with 1 increment by 50;
create sequence exit_summary_seq start with 1 increment by 50;
create sequence follow_up_seq start with 1 increment by 50;
create sequence goal_seq start with 1 increment by 50;
create sequence health_plan_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;
create sequence onward_referral_seq start with 1 increment by 50;
create sequence pathway_exit_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence priority_suggestion_seq start with 1 increment by 50;
create sequence referral_seq start with 1 increment by 50;
create sequence review_seq start with 1 increment by 50;
create sequence safeguarding_action_seq start with 1 increment by 50;
create sequence safeguarding_concern_seq start with 1 increment by 50;
create sequence support_session_seq start with 1 increment by 50;
create sequence withdrawal_seq start with 1 increment by 50;

create table acknowledgement (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  subject varchar(255) not null,
  constraint pk_acknowledgement primary key (id)
);

create table allocation (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  trainer_id varchar(64) not null,
  note varchar(4000),
  priority varchar(255) not null,
  constraint pk_allocation primary key (id)
);

create table anonymous_record (
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  allocated_on date,
  assessed_on date,
  exited_on date,
  first_contact_on date,
  plan_agreed_on date,
  referred_on date,
  age_band varchar(8),
  sessions_attended bigint not null,
  end_state varchar(16),
  sex varchar(16),
  stage_reached varchar(32) not null,
  why varchar(32) not null,
  constraint pk_anonymous_record primary key (referral_id)
);

create table assessment (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  active_days_per_week integer,
  assessed_on date not null,
  auditcfrequency integer not null,
  auditcsix_or_more integer not null,
  auditctypical_amount integer not null,
  cigarettes_per_day integer,
  close_to_others integer,
  confidence_to_change integer not null,
  dealing_with_problems integer,
  dentist_registered boolean not null,
  fruit_and_vegetable_portions integer,
  gp_registered boolean not null,
  optimistic integer,
  own_mind integer,
  relaxed integer,
  safeguarding_concern boolean not null,
  thinking_clearly integer,
  useful integer,
  notes varchar(4000),
  drug_use varchar(255) not null,
  readiness_to_change varchar(255) not null,
  smoking_status varchar(255) not null,
  constraint pk_assessment primary key (id)
);

create table assessment_topic (
  assessment_id bigint not null,
  topic varchar(255) not null,
  constraint pk_assessment_topic primary key (assessment_id, topic)
);

create table audit_event (
  id bigint not null,
  allowed boolean not null,
  at timestamp(6) with time zone not null,
  referral_reference varchar(20),
  action varchar(64) not null,
  user_id varchar(64) not null,
  constraint pk_audit_event primary key (id)
);

create table consent (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  given boolean not null,
  given_on date,
  refer_on_to_services boolean not null,
  share_progress_with_probation boolean not null,
  share_with_gp boolean not null,
  named_services varchar(1000),
  constraint pk_consent primary key (id)
);

create table consent_withdrawal (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  withdrawn_on date not null,
  reported_by varchar(255) not null,
  constraint pk_consent_withdrawal primary key (id)
);

create table contact_attempt (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  appointment_on date,
  attempted_on date not null,
  note varchar(4000),
  channel varchar(255) not null,
  outcome varchar(255) not null,
  constraint pk_contact_attempt primary key (id)
);

create table eligibility_decision (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  eligible boolean not null,
  reason_code varchar(64),
  decision_definition_id varchar(128) not null,
  constraint pk_eligibility_decision primary key (id)
);

create table exit_goal_outcome (
  goal_number integer,
  exit_id bigint not null,
  achievement varchar(255) not null
);

create table exit_measure_not_collected (
  exit_id bigint not null,
  measure varchar(255) not null,
  constraint pk_exit_measure_not_collected primary key (exit_id, measure)
);

create table exit_summary (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  summary varchar(4000) not null,
  constraint pk_exit_summary primary key (id)
);

create table follow_up (
  id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  followed_up_on date not null,
  onward_referral_id bigint not null,
  note varchar(4000),
  outcome varchar(255) not null,
  constraint pk_follow_up primary key (id)
);

create table goal (
  id bigint not null,
  number integer not null,
  target_date date not null,
  plan_id bigint not null,
  description varchar(1000) not null,
  steps varchar(4000) not null,
  topic varchar(255) not null,
  constraint pk_goal primary key (id)
);

create table health_plan (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  agreed_on date not null,
  first_session_date date,
  planned_sessions integer not null,
  constraint pk_health_plan primary key (id)
);

create table notification (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  event varchar(64) not null,
  pathway_instance_id varchar(64) not null,
  recipient_group_id varchar(64),
  recipient_user_id varchar(64),
  constraint pk_notification primary key (id)
);

create table notification_delivery (
  notification_id bigint not null,
  sent_at timestamp(6) with time zone not null,
  address varchar(255) not null,
  message_id varchar(255) not null,
  constraint pk_notification_delivery primary key (notification_id)
);

create table onward_referral (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  referred_on date not null,
  session_id bigint,
  kind_of_help varchar(255) not null,
  service_name varchar(255) not null,
  service_type varchar(255) not null,
  constraint pk_onward_referral primary key (id)
);

create table pathway_exit (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  close_to_others integer,
  confidence_to_change integer,
  dealing_with_problems integer,
  dentist_registered boolean,
  exited_on date not null,
  gp_registered boolean,
  helpfulness integer,
  optimistic integer,
  own_mind integer,
  relaxed integer,
  thinking_clearly integer,
  useful integer,
  not_collected_details varchar(1000),
  reason_other varchar(1000),
  feedback varchar(4000),
  not_collected_reason varchar(255),
  reason varchar(255) not null,
  smoking_status varchar(255),
  constraint pk_pathway_exit primary key (id)
);

create table person (
  id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  date_of_birth date,
  safe_to_email boolean not null,
  safe_to_phone boolean not null,
  crn varchar(7),
  postcode varchar(8),
  accessibility_needs varchar(4000),
  commitments varchar(4000),
  address_line varchar(255),
  email varchar(255),
  family_name varchar(255),
  given_name varchar(255),
  interpreter_language varchar(255),
  phone varchar(255),
  sex varchar(255),
  constraint pk_person primary key (id)
);

create table priority_suggestion (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  decision_definition_id varchar(128) not null,
  reason varchar(500),
  priority varchar(255) not null,
  constraint pk_priority_suggestion primary key (id)
);

create table referral (
  id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  mental_health_crisis boolean,
  release_date date,
  supervision_end_date date,
  person_id bigint not null,
  reference varchar(20),
  process_instance_id varchar(64),
  lone_working_cautions varchar(4000),
  reason varchar(4000),
  practitioner_email varchar(255) not null,
  practitioner_name varchar(255) not null,
  practitioner_phone varchar(255),
  registered_with_gp varchar(255),
  risk_to_others varchar(255),
  risk_to_self varchar(255),
  supervision_type varchar(255),
  constraint pk_referral primary key (id),
  constraint uk_referral_reference unique (reference)
);

create table referral_need (
  referral_id bigint not null,
  need varchar(255) not null,
  constraint pk_referral_need primary key (referral_id, need)
);

create table review (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  additional_sessions integer not null,
  reviewed_on date not null,
  sessions_before integer not null,
  note varchar(4000),
  decision varchar(255) not null,
  kind varchar(255) not null,
  constraint pk_review primary key (id)
);

create table safeguarding_action (
  id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  actioned_on date not null,
  practitioner_informed boolean not null,
  concern_id bigint not null,
  details varchar(4000) not null,
  action varchar(255) not null,
  constraint pk_safeguarding_action primary key (id)
);

create table safeguarding_concern (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  immediate_danger boolean not null,
  description varchar(4000) not null,
  at_risk varchar(255) not null,
  source varchar(255) not null,
  constraint pk_safeguarding_concern primary key (id)
);

create table session_goal_progress (
  goal_number integer,
  support_session_id bigint not null,
  note varchar(1000),
  level varchar(255)
);

create table support_session (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  next_session_date date,
  number integer not null,
  review_requested boolean not null,
  session_date date not null,
  not_happened_reason varchar(1000),
  reschedule_reason varchar(1000),
  notes varchar(4000),
  attendance varchar(255) not null,
  delivery varchar(255),
  rescheduled_by varchar(255),
  constraint pk_support_session primary key (id)
);

create table withdrawal (
  id bigint not null,
  referral_id bigint not null,
  recorded_at timestamp(6) with time zone not null,
  recorded_by varchar(64) not null,
  details varchar(4000),
  reason varchar(255) not null,
  constraint pk_withdrawal primary key (id)
);

create index ix_acknowledgement_referral_id on acknowledgement (referral_id);
create index ix_allocation_referral_id on allocation (referral_id);
create index ix_assessment_referral_id on assessment (referral_id);
create index ix_consent_referral_id on consent (referral_id);
create index ix_consent_withdrawal_referral_id on consent_withdrawal (referral_id);
create index ix_contact_attempt_referral_id on contact_attempt (referral_id);
create index ix_eligibility_decision_referral_id on eligibility_decision (referral_id);
create index ix_exit_summary_referral_id on exit_summary (referral_id);
create index ix_follow_up_onward_referral_id on follow_up (onward_referral_id);
create index ix_health_plan_referral_id on health_plan (referral_id);
create index ix_notification_referral_id on notification (referral_id);
create index ix_onward_referral_referral_id on onward_referral (referral_id);
create index ix_pathway_exit_referral_id on pathway_exit (referral_id);
create index ix_priority_suggestion_referral_id on priority_suggestion (referral_id);
create index ix_referral_recorded_at on referral (recorded_at);
create index ix_referral_process_instance_id on referral (process_instance_id);
create index ix_review_referral_id on review (referral_id);
create index ix_safeguarding_concern_referral_id on safeguarding_concern (referral_id);
create index ix_support_session_referral_id on support_session (referral_id);
create index ix_withdrawal_referral_id on withdrawal (referral_id);
create index ix_goal_plan_id on goal (plan_id);
create index ix_safeguarding_action_concern_id on safeguarding_action (concern_id);
create index ix_exit_goal_outcome_exit_id on exit_goal_outcome (exit_id);
create index ix_session_goal_progress_support_session_id on session_goal_progress (support_session_id);

alter table assessment_topic add constraint fk_assessment_topic_assessment foreign key (assessment_id) references assessment (id);
alter table consent add constraint fk_consent_referral foreign key (referral_id) references referral (id);
alter table exit_goal_outcome add constraint fk_exit_goal_outcome_exit foreign key (exit_id) references pathway_exit (id);
alter table exit_measure_not_collected add constraint fk_exit_measure_not_collected_exit foreign key (exit_id) references pathway_exit (id);
alter table goal add constraint fk_goal_plan foreign key (plan_id) references health_plan (id);
alter table referral add constraint fk_referral_person foreign key (person_id) references person (id);
alter table referral_need add constraint fk_referral_need_referral foreign key (referral_id) references referral (id);
alter table session_goal_progress add constraint fk_session_goal_progress_support_session foreign key (support_session_id) references support_session (id);
