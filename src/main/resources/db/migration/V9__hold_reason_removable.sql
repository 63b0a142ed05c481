-- Why a case was on hold (in custody, in hospital) is an offence or health fact about the
-- person: it is removed with their other details (consent withdrawn, end of retention).
alter table case_hold alter column reason drop not null;
