-- The days of the milestones the service report counts, kept on the case's row beside its stage
-- (org.ohtpathway.progress.ReferralProgress), in the transaction that reaches each: the report
-- reads one row per referral instead of seven milestone rows (700,000 at 100,000 referrals).
-- As in reached_milestone, the earliest day reported stands. Filled here from reached_milestone.
alter table referral_progress add column eligible_on date;
alter table referral_progress add column not_eligible_on date;
alter table referral_progress add column allocated_on date;
alter table referral_progress add column first_contact_attempted_on date;
alter table referral_progress add column contacted_on date;
alter table referral_progress add column declined_at_first_contact_on date;
alter table referral_progress add column assessed_on date;
alter table referral_progress add column plan_agreed_on date;
alter table referral_progress add column exited_on date;
alter table referral_progress add column exit_summary_written_on date;
update referral_progress set
  eligible_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'ELIGIBLE'),
  not_eligible_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'NOT_ELIGIBLE'),
  allocated_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'ALLOCATED'),
  first_contact_attempted_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'FIRST_CONTACT_ATTEMPTED'),
  contacted_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'CONTACTED'),
  declined_at_first_contact_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'DECLINED_AT_FIRST_CONTACT'),
  assessed_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'ASSESSED'),
  plan_agreed_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'PLAN_AGREED'),
  exited_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'EXITED'),
  exit_summary_written_on = (select m.reached_on from reached_milestone m where m.referral_id = referral_progress.referral_id
    and m.milestone = 'EXIT_SUMMARY_WRITTEN');
