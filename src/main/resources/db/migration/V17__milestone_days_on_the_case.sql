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
-- One row per referral and milestone (uk_reached_milestone): each max is that row's day.
update referral_progress set (eligible_on, not_eligible_on, allocated_on, first_contact_attempted_on,
    contacted_on, declined_at_first_contact_on, assessed_on, plan_agreed_on, exited_on, exit_summary_written_on)
  = (select
    max(case when m.milestone = 'ELIGIBLE' then m.reached_on end),
    max(case when m.milestone = 'NOT_ELIGIBLE' then m.reached_on end),
    max(case when m.milestone = 'ALLOCATED' then m.reached_on end),
    max(case when m.milestone = 'FIRST_CONTACT_ATTEMPTED' then m.reached_on end),
    max(case when m.milestone = 'CONTACTED' then m.reached_on end),
    max(case when m.milestone = 'DECLINED_AT_FIRST_CONTACT' then m.reached_on end),
    max(case when m.milestone = 'ASSESSED' then m.reached_on end),
    max(case when m.milestone = 'PLAN_AGREED' then m.reached_on end),
    max(case when m.milestone = 'EXITED' then m.reached_on end),
    max(case when m.milestone = 'EXIT_SUMMARY_WRITTEN' then m.reached_on end)
  from reached_milestone m where m.referral_id = referral_progress.referral_id);
