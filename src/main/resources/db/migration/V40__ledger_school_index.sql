-- The person ledger by school (issue 23): a figure of a city, county or school selects its rows through the schools
-- of the unit, which without this index meant reading the province's whole ledger partition (1.19 million students)
-- for a city's sixty thousand. Created on the partitioned table, so every batch's partition has it: the existing ones
-- now, a new batch's when its partition is attached (ATTACH PARTITION builds a missing index of the parent).
CREATE INDEX person_ledger_school ON person_ledger (school_key);
