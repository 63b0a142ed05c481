-- Lookups that otherwise read a whole table, and so grow slower with every referral kept:
-- the duplicate-referral check (a person's CRN), a practitioner's referrals, a trainer's
-- caseload at triage, the onward referrals of a session, and a referral's audit trail.
create index ix_person_crn on person (crn);
create index ix_referral_person_id on referral (person_id);
create index ix_referral_recorded_by on referral (recorded_by);
create index ix_allocation_trainer_id on allocation (trainer_id);
create index ix_onward_referral_session_id on onward_referral (session_id);
create index ix_audit_event_referral_reference on audit_event (referral_reference);
