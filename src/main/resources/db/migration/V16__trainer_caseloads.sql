-- Each trainer's open cases, kept by the read model (org.ohtpathway.progress.TrainerCaseloads) in
-- the transaction that allocates, reallocates or ends a case. The triage and reallocation forms
-- read one row a trainer instead of counting the open cases (45,000 index entries at 50,000 open
-- referrals). Filled here from the cases as they stand.
create table trainer_caseload (
  trainer_id varchar(64) not null,
  open_cases integer not null,
  constraint pk_trainer_caseload primary key (trainer_id)
);
insert into trainer_caseload (trainer_id, open_cases)
  select trainer_id, count(*) from referral_progress
  where end_state is null and trainer_id is not null group by trainer_id;
