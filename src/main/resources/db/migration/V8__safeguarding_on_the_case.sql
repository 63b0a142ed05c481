-- How many safeguarding concerns a case has had: safeguarding leads open the cases that have
-- one (CaseAuthority), read from the case's progress without a query per case.
alter table referral_progress add column safeguarding_concerns integer default 0 not null;
update referral_progress set safeguarding_concerns =
  (select count(*) from safeguarding_concern c where c.referral_id = referral_progress.referral_id);
