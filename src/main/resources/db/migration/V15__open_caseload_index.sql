-- The triage and reallocation forms show every trainer's open caseload: one grouped count of the
-- open cases by trainer. This index holds both columns, so the count reads the open cases' index
-- entries alone and not each case's row (H2 read 45,000 rows for it at 50,000 open referrals).
create index ix_referral_progress_open_trainer on referral_progress (end_state, trainer_id);
